package dev.lede.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.output.ArticleRecord.DatelineRecord;
import dev.lede.output.ArticleRecord.EntityRecord;
import dev.lede.output.ArticleRecord.KeywordRecord;
import dev.lede.output.ArticleRecord.LanguageRecord;
import dev.lede.output.ArticleRecord.MentionRecord;
import dev.lede.output.ArticleRecord.QuoteRecord;
import dev.lede.output.ArticleRecord.RemovedRecord;
import dev.lede.output.ArticleRecord.Stats;
import dev.lede.output.ArticleRecord.SummarySentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-ordered writer against Jackson's object mapper, which reads the records' components
 * and {@code @JsonPropertyOrder}: a field added to a record but not to the writer, or written out
 * of order, fails here.
 */
class RecordJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every field set, strings that need escaping, numbers of every kind the records hold. */
  private static final ArticleRecord FULL =
      new ArticleRecord(
          "1.4",
          "dir/a \"quoted\" name.txt",
          "utf16",
          "Ferries \u2014 the \\ line\ttakes\u0001 \uD83D\uDEA2",
          "2026-03-01T09:30:00Z",
          new DatelineRecord("LONDON", "Reuters", 0, 15),
          new LanguageRecord("en", 0.9995),
          new Stats(2_345, 412, 19),
          List.of(
              new SummarySentence("The harbour reopens.", 0, 16, 36, 1.0),
              new SummarySentence("Fares rise by 1e-7 %.", 4, 200, 221, 1.0E-7)),
          List.of(
              new EntityRecord(
                  "Åland Ferries", "ORGANIZATION", 3, 0.4567, List.of("the company", "ÅF"),
                  List.of(new MentionRecord(16, 29, 0), new MentionRecord(300, 313, 7))),
              new EntityRecord("Maria Holm", "PERSON", 1, 0.0, List.of(), List.of(new MentionRecord(1, 2, 3)))),
          List.of(new KeywordRecord("ferry fares", 12.75, 4), new KeywordRecord("winter", -0.5, 1)),
          List.of(
              new QuoteRecord("\"We are ready,\"", 400, 415, 9, "Maria Holm", 420, 430),
              new QuoteRecord("\"Soon.\"", 500, 507, 11, null, null, null)),
          List.of(new RemovedRecord(900, 960, "promotion")),
          List.of("first warning", "second \"warning\""),
          "The text\nof the article.");

  /** Every nullable field null, every list empty, no text. */
  private static final ArticleRecord SPARSE =
      new ArticleRecord(
          "1.4", null, "utf16", null, null, null, null, null,
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);

  /** Lists null too: the mapper writes them as null, and so must the writer. */
  private static final ArticleRecord NULLS =
      new ArticleRecord(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  private static final List<Object> RECORDS =
      List.of(
          FULL,
          SPARSE,
          NULLS,
          new ArticleRecord(
              "1.4", "b.txt", "utf16", "t", null, new DatelineRecord(null, null, 3, 9),
              new LanguageRecord("de", 0.0), new Stats(0, 0, 0), List.of(),
              List.of(new EntityRecord("X", "MISC", 0, 1.0, null, null)), List.of(), List.of(), List.of(),
              null, ""),
          new ErrorRecord("1.4", "bad.txt", new ErrorRecord.Error("unreadable", "cannot read bad.txt: \u00e9")),
          new ErrorRecord(null, null, null));

  @Test
  void writesWhatJacksonsObjectMapperWritesInEitherFormat() throws IOException {
    Map<OutputFormat, ObjectWriter> oracles =
        Map.of(OutputFormat.JSONL, MAPPER.writer(), OutputFormat.JSON, MAPPER.writerWithDefaultPrettyPrinter());
    for (Object record : RECORDS) {
      for (OutputFormat format : java.util.List.of(OutputFormat.JSON, OutputFormat.JSONL)) {
        // as bytes: the mapper's UTF-8 generator, as lede's was, escapes a surrogate pair where
        // its writer-based one, behind writeValueAsString, would write the chars
        assertThat(new String(RecordWriter.toJson(record, format), StandardCharsets.UTF_8))
            .as("%s as %s", record, format)
            .isEqualTo(new String(oracles.get(format).writeValueAsBytes(record), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void theFullRecordHoldsEveryField() throws IOException {
    String json = new String(RecordWriter.toJson(FULL, OutputFormat.JSONL), StandardCharsets.UTF_8);
    for (var component : ArticleRecord.class.getRecordComponents()) {
      assertThat(json).as("field %s", component.getName()).contains("\"" + component.getName() + "\":");
    }
    assertThat(MAPPER.readTree(json).get("quotes").get(1).get("speakerStart").isNull()).isTrue();
  }

  @Test
  void refusesWhatIsNotARecordOfLede() {
    assertThatThrownBy(() -> RecordWriter.toJson(Map.of("n", 1), OutputFormat.JSONL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a record lede writes");
  }
}
