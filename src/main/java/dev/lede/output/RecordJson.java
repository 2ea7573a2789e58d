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
    if (record.error() == null) {
      json.writeNullField("error");
    } else {
      json.writeObjectFieldStart("error");
      json.writeStringField("code", record.error().code());
      json.writeStringField("message", record.error().message());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void article(JsonGenerator json, ArticleRecord record) throws IOException {
    json.writeStartObject();
    json.writeStringField("schemaVersion", record.schemaVersion());
    json.writeStringField("source", record.source());
    json.writeStringField("offsetUnit", record.offsetUnit());
    json.writeStringField("title", record.title());
    json.writeStringField("published", record.published());
    dateline(json, record.dateline());
    json.writeFieldName("language");
    if (record.language() == null) {
      json.writeNull();
    } else {
      json.writeStartObject();
      json.writeStringField("code", record.language().code());
      json.writeNumberField("confidence", record.language().confidence());
      json.writeEndObject();
    }
    json.writeFieldName("stats");
    if (record.stats() == null) {
      json.writeNull();
    } else {
      json.writeStartObject();
      json.writeNumberField("characters", record.stats().characters());
      json.writeNumberField("words", record.stats().words());
      json.writeNumberField("sentences", record.stats().sentences());
      json.writeEndObject();
    }
    json.writeFieldName("summary");
    if (startList(json, record.summary())) {
      for (SummarySentence sentence : record.summary()) {
        json.writeStartObject();
        json.writeStringField("text", sentence.text());
        json.writeNumberField("sentence", sentence.sentence());
        json.writeNumberField("start", sentence.start());
        json.writeNumberField("end", sentence.end());
        json.writeNumberField("score", sentence.score());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeFieldName("entities");
    if (startList(json, record.entities())) {
      for (EntityRecord entity : record.entities()) {
        entity(json, entity);
      }
      json.writeEndArray();
    }
    json.writeFieldName("keywords");
    if (startList(json, record.keywords())) {
      for (KeywordRecord keyword : record.keywords()) {
        json.writeStartObject();
        json.writeStringField("text", keyword.text());
        json.writeNumberField("score", keyword.score());
        json.writeNumberField("count", keyword.count());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeFieldName("quotes");
    if (startList(json, record.quotes())) {
      for (QuoteRecord quote : record.quotes()) {
        quote(json, quote);
      }
      json.writeEndArray();
    }
    json.writeFieldName("removed");
    if (startList(json, record.removed())) {
      for (RemovedRecord removed : record.removed()) {
        json.writeStartObject();
        json.writeNumberField("start", removed.start());
        json.writeNumberField("end", removed.end());
        json.writeStringField("reason", removed.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeFieldName("warnings");
    strings(json, record.warnings());
    if (record.text() != null) { // @JsonInclude(NON_NULL)
      json.writeStringField("text", record.text());
    }
    json.writeEndObject();
  }

  private static void dateline(JsonGenerator json, DatelineRecord dateline) throws IOException {
    json.writeFieldName("dateline");
    if (dateline == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("place", dateline.place());
    json.writeStringField("source", dateline.source());
    json.writeNumberField("start", dateline.start());
    json.writeNumberField("end", dateline.end());
    json.writeEndObject();
  }

  private static void entity(JsonGenerator json, EntityRecord entity) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", entity.text());
    json.writeStringField("type", entity.type());
    json.writeNumberField("count", entity.count());
    json.writeNumberField("salience", entity.salience());
    json.writeFieldName("aliases");
    strings(json, entity.aliases());
    json.writeFieldName("mentions");
    if (startList(json, entity.mentions())) {
      for (MentionRecord mention : entity.mentions()) {
        json.writeStartObject();
        json.writeNumberField("start", mention.start());
        json.writeNumberField("end", mention.end());
        json.writeNumberField("sentence", mention.sentence());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void quote(JsonGenerator json, QuoteRecord quote) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", quote.text());
    json.writeNumberField("start", quote.start());
    json.writeNumberField("end", quote.end());
    json.writeNumberField("sentence", quote.sentence());
    json.writeStringField("speaker", quote.speaker());
    json.writeFieldName("speakerStart");
    nullableInt(json, quote.speakerStart());
    json.writeFieldName("speakerEnd");
    nullableInt(json, quote.speakerEnd());
    json.writeEndObject();
  }

  /** Writes null for a null list, else opens its array: the caller writes the items and closes it. */
  private static boolean startList(JsonGenerator json, List<?> list) throws IOException {
    if (list == null) {
      json.writeNull();
      return false;
    }
    json.writeStartArray();
    return true;
  }

  private static void strings(JsonGenerator json, List<String> strings) throws IOException {
    if (startList(json, strings)) {
      for (String string : strings) {
        json.writeString(string);
      }
      json.writeEndArray();
    }
  }

  private static void nullableInt(JsonGenerator json, Integer value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value);
    }
  }
}
