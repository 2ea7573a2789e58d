package dev.lede.output;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.clean.Removal;
import dev.lede.entity.Entity;
import dev.lede.entity.EntityGrouper;
import dev.lede.input.Dateline;
import dev.lede.keywords.Keyword;
import dev.lede.keywords.KeywordExtractor;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import dev.lede.quotes.Quote;
import dev.lede.quotes.QuoteFinder;
import dev.lede.summary.RankedSentence;
import java.util.ArrayList;
import java.util.List;

/** Builds the JSON records of the output contract, with offsets in the chosen unit. */
public final class RecordBuilder {

  /** The version of the JSON shape: major for breaking changes, minor for added fields. */
  public static final String SCHEMA_VERSION = "1.0";

  private static final EntityGrouper ENTITIES = new EntityGrouper();
  private static final QuoteFinder QUOTES = new QuoteFinder();
  private static final KeywordExtractor KEYWORDS = new KeywordExtractor();
  private static final int MAX_KEYWORDS = 10;

  private final OffsetUnit unit;
  private final boolean includeText;

  public RecordBuilder(OffsetUnit unit) {
    this(unit, false);
  }

  /** With {@code includeText}, records carry the article text their offsets index. */
  public RecordBuilder(OffsetUnit unit, boolean includeText) {
    this.unit = unit;
    this.includeText = includeText;
  }

  public ArticleRecord article(AnalyzedArticle analyzed, List<RankedSentence> summary) {
    return article(analyzed, summary, true);
  }

  /**
   * The record of an article; for one that is not in English ({@code english} false), keywords,
   * which come from English part-of-speech tags, are left out and a warning says so.
   */
  public ArticleRecord article(AnalyzedArticle analyzed, List<RankedSentence> summary, boolean english) {
    String text = analyzed.article().text();
    OffsetMapper offsets = unit.mapperFor(text);
    List<ArticleRecord.SummarySentence> sentences = new ArrayList<>();
    for (RankedSentence ranked : summary) {
      Sentence s = analyzed.sentences().get(ranked.sentence());
      sentences.add(
          new ArticleRecord.SummarySentence(
              s.text(), s.index(), offsets.map(s.start()), offsets.map(s.end()), round(ranked.score())));
    }
    List<Entity> entities = ENTITIES.group(analyzed);
    List<String> warnings = new ArrayList<>();
    if (analyzed.article().warning() != null) {
      warnings.add(analyzed.article().warning());
    }
    if (!english) {
      warnings.add("not English: only language-independent parts ran (no entities, no keywords)");
    } else if (!analyzed.language().code().equals("en")) {
      // a short or repetitive text gives the detector too little to go on: its guess is kept,
      // and said to be one
      warnings.add(
          "language uncertain (the detector's guess is '" + analyzed.language().code()
              + "', on too little to tell): read as English");
    }
    return new ArticleRecord(
        SCHEMA_VERSION,
        analyzed.article().source(),
        unit.label(),
        analyzed.article().title(),
        analyzed.article().published(),
        dateline(analyzed.article().dateline(), offsets),
        new ArticleRecord.LanguageRecord(
            analyzed.language().code(), round(analyzed.language().confidence())),
        new ArticleRecord.Stats(
            text.codePointCount(0, text.length()), analyzed.wordCount(), analyzed.sentences().size()),
        sentences,
        entities(entities, offsets),
        english ? keywords(KEYWORDS.extract(analyzed, MAX_KEYWORDS)) : List.of(),
        quotes(QUOTES.find(analyzed, entities), offsets),
        removed(analyzed, offsets),
        warnings,
        includeText ? text : null);
  }

  private static ArticleRecord.DatelineRecord dateline(Dateline dateline, OffsetMapper offsets) {
    if (dateline == null) {
      return null;
    }
    return new ArticleRecord.DatelineRecord(
        dateline.place(), dateline.source(), offsets.map(dateline.start()), offsets.map(dateline.end()));
  }

  public ErrorRecord error(String source, String code, String message) {
    return new ErrorRecord(SCHEMA_VERSION, source, new ErrorRecord.Error(code, message));
  }

  private static List<ArticleRecord.EntityRecord> entities(List<Entity> entities, OffsetMapper offsets) {
    List<ArticleRecord.EntityRecord> records = new ArrayList<>(entities.size());
    for (Entity entity : entities) {
      List<ArticleRecord.MentionRecord> mentions = new ArrayList<>(entity.mentions().size());
      for (Mention m : entity.mentions()) {
        mentions.add(new ArticleRecord.MentionRecord(offsets.map(m.start()), offsets.map(m.end()), m.sentence()));
      }
      records.add(
          new ArticleRecord.EntityRecord(
              entity.text(), entity.type(), entity.count(), round(entity.salience()), entity.aliases(), mentions));
    }
    return records;
  }

  private static List<ArticleRecord.KeywordRecord> keywords(List<Keyword> keywords) {
    List<ArticleRecord.KeywordRecord> records = new ArrayList<>(keywords.size());
    for (Keyword k : keywords) {
      records.add(new ArticleRecord.KeywordRecord(k.text(), round(k.score()), k.count()));
    }
    return records;
  }

  private static List<ArticleRecord.QuoteRecord> quotes(List<Quote> quotes, OffsetMapper offsets) {
    List<ArticleRecord.QuoteRecord> records = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      boolean attributed = q.speaker() != null;
      records.add(
          new ArticleRecord.QuoteRecord(
              q.text(),
              offsets.map(q.start()),
              offsets.map(q.end()),
              q.sentence(),
              q.speaker(),
              attributed ? offsets.map(q.speakerStart()) : null,
              attributed ? offsets.map(q.speakerEnd()) : null));
    }
    return records;
  }

  /** Removed lines, without their line break, so that the offsets cover the line's text. */
  private static List<ArticleRecord.RemovedRecord> removed(AnalyzedArticle analyzed, OffsetMapper offsets) {
    String text = analyzed.article().text();
    List<ArticleRecord.RemovedRecord> records = new ArrayList<>();
    for (Removal r : analyzed.removed()) {
      int end = r.end();
      while (end > r.start() && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
        end--;
      }
      records.add(new ArticleRecord.RemovedRecord(offsets.map(r.start()), offsets.map(end), r.reason()));
    }
    return records;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
