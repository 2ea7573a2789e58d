package dev.lede.bench;

import dev.lede.input.Article;
import dev.lede.output.OffsetUnit;
import dev.lede.output.RecordBuilder;
import dev.lede.pipeline.AnalyzedArticle;
import dev.lede.pipeline.ArticleAnalyzer;
import dev.lede.pipeline.Language;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Stages;
import dev.lede.summary.Summarizer;
import dev.lede.summary.SummaryLength;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times each pipeline stage over a set of articles on one thread: the same work the analyzer
 * does, with a clock around each stage. The first pass warms the JIT and is not counted.
 */
public final class StageTimes {

  /** Entity grouping, keywords and quotes happen as the record is built. */
  private static final RecordBuilder RECORDS = new RecordBuilder(OffsetUnit.CODEPOINT, false);

  /** Stage name to nanoseconds spent in it over the counted passes. */
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long tokens;
  private long articles;

  public static StageTimes measure(
      List<Article> sample, Stages stages, Summarizer summarizer, int passes) {
    run(sample, stages, summarizer, new StageTimes());
    StageTimes times = new StageTimes();
    for (int pass = 0; pass < passes; pass++) {
      run(sample, stages, summarizer, times);
    }
    return times;
  }

  private static void run(List<Article> sample, Stages stages, Summarizer summarizer, StageTimes times) {
    for (Article article : sample) {
      String text = article.text();
      long t0 = System.nanoTime();
      Language language = stages.languageIdentifier().identify(ArticleAnalyzer.languageSample(text));
      long t1 = System.nanoTime();
      List<Sentence> split = stages.sentenceSplitter().split(text, article.bodyStart(), text.length());
      long t2 = System.nanoTime();
      List<Sentence> tokenized = new ArrayList<>(split.size());
      for (Sentence s : split) {
        tokenized.add(s.withTokens(stages.tokenizer().tokenize(s)));
      }
      long t3 = System.nanoTime();
      List<Sentence> tagged = new ArrayList<>(split.size());
      for (Sentence s : tokenized) {
        tagged.add(s.withTokens(stages.posTagger().tag(s.tokens())));
      }
      long t4 = System.nanoTime();
      var mentions = stages.entityFinder().find(tagged);
      long t5 = System.nanoTime();
      AnalyzedArticle analyzed = new AnalyzedArticle(article, language, tagged, mentions);
      var summary = summarizer.summarize(analyzed, SummaryLength.DEFAULT);
      long t6 = System.nanoTime();
      RECORDS.article(analyzed, summary);
      long t7 = System.nanoTime();
      times.add("language", t1 - t0);
      times.add("sentences", t2 - t1);
      times.add("tokens", t3 - t2);
      times.add("pos", t4 - t3);
      times.add("entities", t5 - t4);
      times.add("summary", t6 - t5);
      times.add("record", t7 - t6);
      for (Sentence s : tokenized) {
        times.tokens += s.tokens().size();
      }
      times.articles++;
    }
  }

  private void add(String stage, long elapsed) {
    nanos.merge(stage, elapsed, Long::sum);
  }

  /** Stage name to tokens per second (of the article's tokens, whatever the stage reads). */
  public Map<String, Double> tokensPerSecond() {
    Map<String, Double> rates = new LinkedHashMap<>();
    nanos.forEach((stage, ns) -> rates.put(stage, tokens / (ns / 1e9)));
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    rates.put("all stages", tokens / (total / 1e9));
    return rates;
  }

  public double articlesPerSecond() {
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    return articles / (total / 1e9);
  }
}
