package dev.lede.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.lede.output.ArticleRecord.DatelineRecord;
import dev.lede.output.ArticleRecord.EntityRecord;
import dev.lede.output.ArticleRecord.KeywordRecord;
import dev.lede.output.ArticleRecord.MentionRecord;
import dev.lede.output.ArticleRecord.QuoteRecord;
import dev.lede.output.ArticleRecord.RemovedRecord;
import dev.lede.output.ArticleRecord.SummarySentence;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the records through Jackson's streaming generator, field by field, in the order their
 * {@code @JsonPropertyOrder} gives: the bytes Jackson's object mapper writes for them, which a
 * test checks for every field. Why not the mapper itself: it builds its serializers by reflection
 * and its class set-up parses date formats, 80 ms of a one-article run's critical path that
 * this does in 5 (a cold JVM with the class-data archive).
 */
final class RecordJson {

  // thread-safe once configured; a generator per record
  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {}

  /** Writes an {@link ArticleRecord} or an {@link ErrorRecord} as {@code format}. */
  static void write(Object record, OutputFormat format, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (format == OutputFormat.JSON) {
        json.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      if (record instanceof ArticleRecord article) {
        article(json, article);
      } else if (record instanceof ErrorRecord error) {
        error(json, error);
      } else {
        throw new IllegalArgumentException("not a record lede writes: " + record.getClass().getName());
      }
    }
  }

  private static void error(JsonGenerator json, ErrorRecord record) throws IOException {
    json.writeStartObject();
    json.writeStringField("schemaVersion", record.schemaVersion());
    json.writeStringField("source", record.source());
    object(json, "error", record.error(), (out, error) -> {
      out.writeStringField("code", error.code());
      out.writeStringField("message", error.message());
    });
    json.writeEndObject();
  }

  private static void article(JsonGenerator json, ArticleRecord record) throws IOException {
    json.writeStartObject();
    json.writeStringField("schemaVersion", record.schemaVersion());
    json.writeStringField("source", record.source());
    json.writeStringField("offsetUnit", record.offsetUnit());
    json.writeStringField("title", record.title());
    json.writeStringField("published", record.published());
    object(json, "dateline", record.dateline(), RecordJson::dateline);
    object(json, "language", record.language(), (out, language) -> {
      out.writeStringField("code", language.code());
      out.writeNumberField("confidence", language.confidence());
    });
    object(json, "stats", record.stats(), (out, stats) -> {
      out.writeNumberField("characters", stats.characters());
      out.writeNumberField("words", stats.words());
      out.writeNumberField("sentences", stats.sentences());
    });
    list(json, "summary", record.summary(), (out, sentence) -> object(out, sentence, RecordJson::summarySentence));
    list(json, "entities", record.entities(), (out, entity) -> object(out, entity, RecordJson::entity));
    list(json, "keywords", record.keywords(), (out, keyword) -> object(out, keyword, RecordJson::keyword));
    list(json, "quotes", record.quotes(), (out, quote) -> object(out, quote, RecordJson::quote));
    list(json, "removed", record.removed(), (out, removed) -> object(out, removed, RecordJson::removed));
    list(json, "warnings", record.warnings(), JsonGenerator::writeString);
    if (record.text() != null) { // @JsonInclude(NON_NULL)
      json.writeStringField("text", record.text());
    }
    json.writeEndObject();
  }

  private static void dateline(JsonGenerator json, DatelineRecord dateline) throws IOException {
    json.writeStringField("place", dateline.place());
    json.writeStringField("source", dateline.source());
    json.writeNumberField("start", dateline.start());
    json.writeNumberField("end", dateline.end());
  }

  private static void summarySentence(JsonGenerator json, SummarySentence sentence) throws IOException {
    json.writeStringField("text", sentence.text());
    json.writeNumberField("sentence", sentence.sentence());
    json.writeNumberField("start", sentence.start());
    json.writeNumberField("end", sentence.end());
    json.writeNumberField("score", sentence.score());
  }

  private static void entity(JsonGenerator json, EntityRecord entity) throws IOException {
    json.writeStringField("text", entity.text());
    json.writeStringField("type", entity.type());
    json.writeNumberField("count", entity.count());
    json.writeNumberField("salience", entity.salience());
    list(json, "aliases", entity.aliases(), JsonGenerator::writeString);
    list(json, "mentions", entity.mentions(), (out, mention) -> object(out, mention, RecordJson::mention));
  }

  private static void mention(JsonGenerator json, MentionRecord mention) throws IOException {
    json.writeNumberField("start", mention.start());
    json.writeNumberField("end", mention.end());
    json.writeNumberField("sentence", mention.sentence());
  }

  private static void keyword(JsonGenerator json, KeywordRecord keyword) throws IOException {
    json.writeStringField("text", keyword.text());
    json.writeNumberField("score", keyword.score());
    json.writeNumberField("count", keyword.count());
  }

  private static void quote(JsonGenerator json, QuoteRecord quote) throws IOException {
    json.writeStringField("text", quote.text());
    json.writeNumberField("start", quote.start());
    json.writeNumberField("end", quote.end());
    json.writeNumberField("sentence", quote.sentence());
    json.writeStringField("speaker", quote.speaker());
    nullableInt(json, "speakerStart", quote.speakerStart());
    nullableInt(json, "speakerEnd", quote.speakerEnd());
  }

  private static void removed(JsonGenerator json, RemovedRecord removed) throws IOException {
    json.writeNumberField("start", removed.start());
    json.writeNumberField("end", removed.end());
    json.writeStringField("reason", removed.reason());
  }

  /** Writes a value's fields, or of its items; the generator's methods throw IOException. */
  private interface Fields<T> {
    void write(JsonGenerator json, T value) throws IOException;
  }

  /** The field {@code name}: null, or an object of the value's fields. */
  private static <T> void object(JsonGenerator json, String name, T value, Fields<T> fields) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      object(json, value, fields);
    }
  }

  private static <T> void object(JsonGenerator json, T value, Fields<T> fields) throws IOException {
    json.writeStartObject();
    fields.write(json, value);
    json.writeEndObject();
  }

  /** The field {@code name}: null, or an array of the items, each written by {@code item}. */
  private static <T> void list(JsonGenerator json, String name, List<T> items, Fields<T> item) throws IOException {
    json.writeFieldName(name);
    if (items == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (int i = 0; i < items.size(); i++) { // no iterator: C1 would allocate one per list
      item.write(json, items.get(i));
    }
    json.writeEndArray();
  }

  private static void nullableInt(JsonGenerator json, String name, Integer value) throws IOException {
    json.writeFieldName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }
}
