package dev.lede.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON record of one summarized article: the output contract, documented in README.md.
 * Offsets count in {@code offsetUnit}; {@code text == input[start:end]}, where the input is the
 * article's text: the file's decoded text, or the text extracted from an HTML page, which
 * {@code text} holds when asked for ({@code --include-text}; omitted otherwise).
 * {@code published} is the publication time an HTML page gives (ISO-8601, as given), else null.
 */
@JsonPropertyOrder({
  "schemaVersion", "source", "offsetUnit", "title", "published", "dateline", "language", "stats",
  "summary",
  "entities", "keywords", "quotes", "removed", "warnings", "text"
})
public record ArticleRecord(
    String schemaVersion,
    String source,
    String offsetUnit,
    String title,
    String published,
    DatelineRecord dateline,
    LanguageRecord language,
    Stats stats,
    List<SummarySentence> summary,
    List<EntityRecord> entities,
    List<KeywordRecord> keywords,
    List<QuoteRecord> quotes,
    List<RemovedRecord> removed,
    List<String> warnings,
    @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

  /** A wire-story dateline, kept out of the first sentence; place or source may be null. */
  @JsonPropertyOrder({"place", "source", "start", "end"})
  public record DatelineRecord(String place, String source, int start, int end) {}

  public record LanguageRecord(String code, double confidence) {}

  /** Sizes of the article: characters in code points, words without punctuation. */
  @JsonPropertyOrder({"characters", "words", "sentences"})
  public record Stats(int characters, int words, int sentences) {}

  @JsonPropertyOrder({"text", "sentence", "start", "end", "score"})
  public record SummarySentence(String text, int sentence, int start, int end, double score) {}

  @JsonPropertyOrder({"text", "type", "count", "salience", "aliases", "mentions"})
  public record EntityRecord(
      String text,
      String type,
      int count,
      double salience,
      List<String> aliases,
      List<MentionRecord> mentions) {}

  @JsonPropertyOrder({"start", "end", "sentence"})
  public record MentionRecord(int start, int end, int sentence) {}

  /** A key phrase: lower-cased, its rank score, and how often the article uses it. */
  @JsonPropertyOrder({"text", "score", "count"})
  public record KeywordRecord(String text, double score, int count) {}

  /** A direct quotation; the speaker fields are null when no attribution names one. */
  @JsonPropertyOrder({"text", "start", "end", "sentence", "speaker", "speakerStart", "speakerEnd"})
  public record QuoteRecord(
      String text,
      int start,
      int end,
      int sentence,
      String speaker,
      Integer speakerStart,
      Integer speakerEnd) {}

  /** A boilerplate line kept out of the summary, entities and quotes, and why. */
  @JsonPropertyOrder({"start", "end", "reason"})
  public record RemovedRecord(int start, int end, String reason) {}
}
