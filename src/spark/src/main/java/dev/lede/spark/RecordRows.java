package dev.lede.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.lede.Outcome;
import dev.lede.output.ArticleRecord;
import dev.lede.output.ErrorRecord;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The records as rows of a typed schema, for Parquet: the JSON contract's fields under the same
 * names (README.md), plus {@code error}, which is null for a summarized article and the only
 * field set beside {@code schemaVersion} and {@code source} for an input that failed.
 */
final class RecordRows {

  private RecordRows() {}

  private static final StructType MENTION =
      struct(field("start", IntegerType), field("end", IntegerType), field("sentence", IntegerType));

  static final StructType SCHEMA =
      struct(
          field("schemaVersion", StringType),
          field("source", StringType),
          field("error", struct(field("code", StringType), field("message", StringType))),
          field("offsetUnit", StringType),
          field("title", StringType),
          field("published", StringType),
          field(
              "dateline",
              struct(
                  field("place", StringType),
                  field("source", StringType),
                  field("start", IntegerType),
                  field("end", IntegerType))),
          field("language", struct(field("code", StringType), field("confidence", DoubleType))),
          field(
              "stats",
              struct(
                  field("characters", IntegerType),
                  field("words", IntegerType),
                  field("sentences", IntegerType))),
          field(
              "summary",
              array(struct(
                  field("text", StringType),
                  field("sentence", IntegerType),
                  field("start", IntegerType),
                  field("end", IntegerType),
                  field("score", DoubleType)))),
          field(
              "entities",
              array(struct(
                  field("text", StringType),
                  field("type", StringType),
                  field("count", IntegerType),
                  field("salience", DoubleType),
                  field("aliases", createArrayType(StringType, false)),
                  field("mentions", array(MENTION))))),
          field(
              "keywords",
              array(struct(field("text", StringType), field("score", DoubleType), field("count", IntegerType)))),
          field(
              "quotes",
              array(struct(
                  field("text", StringType),
                  field("start", IntegerType),
                  field("end", IntegerType),
                  field("sentence", IntegerType),
                  field("speaker", StringType),
                  field("speakerStart", IntegerType),
                  field("speakerEnd", IntegerType)))),
          field(
              "removed",
              array(struct(field("start", IntegerType), field("end", IntegerType), field("reason", StringType)))),
          field("warnings", createArrayType(StringType, false)),
          field("text", StringType));

  /** The row of an outcome's record, in {@link #SCHEMA}'s field order. */
  static Row of(Outcome outcome) {
    return outcome instanceof Outcome.Summarized summarized
        ? article(summarized.record())
        : error(((Outcome.Failed) outcome).record());
  }

  private static Row error(ErrorRecord record) {
    return RowFactory.create(
        record.schemaVersion(),
        record.source(),
        RowFactory.create(record.error().code(), record.error().message()),
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static Row article(ArticleRecord r) {
    ArticleRecord.DatelineRecord dateline = r.dateline();
    return RowFactory.create(
        r.schemaVersion(),
        r.source(),
        null,
        r.offsetUnit(),
        r.title(),
        r.published(),
        dateline == null ? null : RowFactory.create(dateline.place(), dateline.source(), dateline.start(), dateline.end()),
        RowFactory.create(r.language().code(), r.language().confidence()),
        RowFactory.create(r.stats().characters(), r.stats().words(), r.stats().sentences()),
        rows(r.summary(), s -> RowFactory.create(s.text(), s.sentence(), s.start(), s.end(), s.score())),
        rows(r.entities(), e -> RowFactory.create(
            e.text(),
            e.type(),
            e.count(),
            e.salience(),
            e.aliases().toArray(String[]::new),
            rows(e.mentions(), m -> RowFactory.create(m.start(), m.end(), m.sentence())))),
        rows(r.keywords(), k -> RowFactory.create(k.text(), k.score(), k.count())),
        rows(r.quotes(), q -> RowFactory.create(
            q.text(), q.start(), q.end(), q.sentence(), q.speaker(), q.speakerStart(), q.speakerEnd())),
        rows(r.removed(), m -> RowFactory.create(m.start(), m.end(), m.reason())),
        r.warnings().toArray(String[]::new),
        r.text());
  }

  /** An array column's value: Spark's row encoder takes arrays, not Java lists. */
  private static <T> Row[] rows(List<T> items, Function<T, Row> row) {
    return items.stream().map(row).toArray(Row[]::new);
  }

  private static StructType struct(StructField... fields) {
    return createStructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }

  private static DataType array(StructType element) {
    return createArrayType(element, false);
  }
}
