package dev.lede.bench;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.input.Article;
import dev.lede.output.OffsetUnit;
import dev.lede.output.RecordBuilder;
import dev.lede.pipeline.Deadline;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.StageClock;
import dev.lede.summary.RankedSentence;
import dev.lede.summary.Summarizer;
import dev.lede.summary.SummaryLength;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times each pipeline stage over a set of articles on one thread, by running the real analyzer
 * with a clock that charges the time since the last lap to the stage that just finished. The
 * first pass warms the JIT and is not counted.
 */
public final class StageTimes implements StageClock {

  /** Entity grouping, keywords and quotes happen as the record is built. */
  private static final RecordBuilder RECORDS = new RecordBuilder(OffsetUnit.CODEPOINT, false);

  /** Stage name to nanoseconds spent in it over the counted passes. */
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long lastLap;
  private long tokens;

  public static StageTimes measure(
      List<Article> sample, ArticleAnalyzer analyzer, Summarizer summarizer, int passes) {
    run(sample, analyzer, summarizer, new StageTimes());
    StageTimes times = new StageTimes();
    for (int pass = 0; pass < passes; pass++) {
      run(sample, analyzer, summarizer, times);
    }
    return times;
  }

  private static void run(
      List<Article> sample, ArticleAnalyzer analyzer, Summarizer summarizer, StageTimes times) {
    for (Article article : sample) {
      times.lastLap = System.nanoTime();
      AnalyzedArticle analyzed = analyzer.analyze(article, Deadline.NONE, times);
      List<RankedSentence> summary = summarizer.summarize(analyzed, SummaryLength.DEFAULT);
      times.lap("summary");
      RECORDS.article(analyzed, summary);
      times.lap("record");
      for (Sentence s : analyzed.sentences()) {
        times.tokens += s.tokens().size();
      }
    }
  }

  @Override
  public void lap(String stage) {
    long now = System.nanoTime();
    nanos.merge(stage, now - lastLap, Long::sum);
    lastLap = now;
  }

  /** Stage name to tokens per second (of the article's tokens, whatever the stage reads). */
  public Map<String, Double> tokensPerSecond() {
    Map<String, Double> rates = new LinkedHashMap<>();
    nanos.forEach((stage, ns) -> rates.put(stage, tokens / (ns / 1e9)));
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    rates.put("all stages", tokens / (total / 1e9));
    return rates;
  }
}
