package dev.lede.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
      value(json, record);
    }
  }

  /**
   * A value of a record: null, a string, or one of the records as an object. Dispatched by type
   * rather than through writer objects: a lambda is linked at its first call, which costs a
   * one-article run more than writing its record.
   */
  private static void value(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String string) {
      json.writeString(string);
    } else {
      json.writeStartObject();
      fields(json, value);
      json.writeEndObject();
    }
  }

  /** A record's fields, in the contract's order; the most frequent records first. */
  private static void fields(JsonGenerator json, Object record) throws IOException {
    if (record instanceof MentionRecord mention) {
      json.writeNumberField("start", mention.start());
      json.writeNumberField("end", mention.end());
      json.writeNumberField("sentence", mention.sentence());
    } else if (record instanceof EntityRecord entity) {
      json.writeStringField("text", entity.text());
      json.writeStringField("type", entity.type());
      json.writeNumberField("count", entity.count());
      json.writeNumberField("salience", entity.salience());
      list(json, "aliases", entity.aliases());
      list(json, "mentions", entity.mentions());
    } else if (record instanceof KeywordRecord keyword) {
      json.writeStringField("text", keyword.text());
      json.writeNumberField("score", keyword.score());
      json.writeNumberField("count", keyword.count());
    } else if (record instanceof SummarySentence sentence) {
      json.writeStringField("text", sentence.text());
      json.writeNumberField("sentence", sentence.sentence());
      json.writeNumberField("start", sentence.start());
      json.writeNumberField("end", sentence.end());
      json.writeNumberField("score", sentence.score());
    } else if (record instanceof QuoteRecord quote) {
      json.writeStringField("text", quote.text());
      json.writeNumberField("start", quote.start());
      json.writeNumberField("end", quote.end());
      json.writeNumberField("sentence", quote.sentence());
      json.writeStringField("speaker", quote.speaker());
      nullableInt(json, "speakerStart", quote.speakerStart());
      nullableInt(json, "speakerEnd", quote.speakerEnd());
    } else if (record instanceof RemovedRecord removed) {
      json.writeNumberField("start", removed.start());
      json.writeNumberField("end", removed.end());
      json.writeStringField("reason", removed.reason());
    } else if (record instanceof ArticleRecord article) {
      article(json, article);
    } else if (record instanceof DatelineRecord dateline) {
      json.writeStringField("place", dateline.place());
      json.writeStringField("source", dateline.source());
      json.writeNumberField("start", dateline.start());
      json.writeNumberField("end", dateline.end());
    } else if (record instanceof LanguageRecord language) {
      json.writeStringField("code", language.code());
      json.writeNumberField("confidence", language.confidence());
    } else if (record instanceof Stats stats) {
      json.writeNumberField("characters", stats.characters());
      json.writeNumberField("words", stats.words());
      json.writeNumberField("sentences", stats.sentences());
    } else if (record instanceof ErrorRecord error) {
      json.writeStringField("schemaVersion", error.schemaVersion());
      json.writeStringField("source", error.source());
      field(json, "error", error.error());
    } else if (record instanceof ErrorRecord.Error error) {
      json.writeStringField("code", error.code());
      json.writeStringField("message", error.message());
    } else {
      throw new IllegalArgumentException("not a record lede writes: " + record.getClass().getName());
    }
  }

  private static void article(JsonGenerator json, ArticleRecord record) throws IOException {
    json.writeStringField("schemaVersion", record.schemaVersion());
    json.writeStringField("source", record.source());
    json.writeStringField("offsetUnit", record.offsetUnit());
    json.writeStringField("title", record.title());
    json.writeStringField("published", record.published());
    field(json, "dateline", record.dateline());
    field(json, "language", record.language());
    field(json, "stats", record.stats());
    list(json, "summary", record.summary());
    list(json, "entities", record.entities());
    list(json, "keywords", record.keywords());
    list(json, "quotes", record.quotes());
    list(json, "removed", record.removed());
    list(json, "warnings", record.warnings());
    if (record.text() != null) { // @JsonInclude(NON_NULL)
      json.writeStringField("text", record.text());
    }
  }

  private static void field(JsonGenerator json, String name, Object value) throws IOException {
    json.writeFieldName(name);
    value(json, value);
  }

  /** The field {@code name}: null, or an array of the items. */
  private static void list(JsonGenerator json, String name, List<?> items) throws IOException {
    json.writeFieldName(name);
    if (items == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    for (int i = 0; i < items.size(); i++) { // no iterator: C1 would allocate one per list
      value(json, items.get(i));
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
