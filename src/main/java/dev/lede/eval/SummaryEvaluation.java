package dev.lede.eval;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.input.Article;
import dev.lede.summary.RankedSentence;
import dev.lede.summary.Summarizer;
import dev.lede.summary.SummaryLength;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Mean ROUGE F1 of several summarizers over a corpus. Each article is analyzed once and every
 * summarizer reads the same analysis, so the systems are compared on equal terms in one run.
 */
public final class SummaryEvaluation {

  /** A summarizer under evaluation and the name it is reported under. */
  public record NamedSummarizer(String name, Summarizer summarizer) {}

  /** A system's mean scores over all pairs. */
  public record Result(String name, RougeScores mean) {}

  private SummaryEvaluation() {}

  /**
   * Scores every system on every pair, with {@code threads} threads, each with its own
   * analyzer from {@code analyzers}.
   */
  public static List<Result> run(
      List<SummaryCorpus.Pair> pairs,
      Supplier<ArticleAnalyzer> analyzers,
      List<NamedSummarizer> systems,
      SummaryLength length,
      int threads)
      throws IOException, InterruptedException {
    ThreadLocal<ArticleAnalyzer> analyzer = ThreadLocal.withInitial(analyzers);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<RougeScores[]>> futures = new ArrayList<>(pairs.size());
      for (SummaryCorpus.Pair pair : pairs) {
        futures.add(pool.submit(() -> score(pair, analyzer.get(), systems, length)));
      }
      double[][] sums = new double[systems.size()][3];
      for (Future<RougeScores[]> future : futures) {
        RougeScores[] scores = get(future);
        for (int s = 0; s < scores.length; s++) {
          sums[s][0] += scores[s].rouge1();
          sums[s][1] += scores[s].rouge2();
          sums[s][2] += scores[s].rougeL();
        }
      }
      List<Result> results = new ArrayList<>(systems.size());
      for (int s = 0; s < systems.size(); s++) {
        int n = pairs.size();
        results.add(
            new Result(
                systems.get(s).name(),
                new RougeScores(sums[s][0] / n, sums[s][1] / n, sums[s][2] / n)));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static RougeScores[] score(
      SummaryCorpus.Pair pair, ArticleAnalyzer analyzer, List<NamedSummarizer> systems, SummaryLength length)
      throws IOException {
    Article article = SummaryCorpus.readArticle(pair.article());
    String reference = SummaryCorpus.readSummary(pair.summary());
    AnalyzedArticle analyzed = analyzer.analyze(article);
    RougeScores[] scores = new RougeScores[systems.size()];
    for (int s = 0; s < scores.length; s++) {
      List<RankedSentence> summary = systems.get(s).summarizer().summarize(analyzed, length);
      scores[s] = Rouge.score(reference, text(analyzed, summary));
    }
    return scores;
  }

  public static String text(AnalyzedArticle article, List<RankedSentence> summary) {
    return summary.stream()
        .map(r -> article.sentences().get(r.sentence()).text())
        .collect(Collectors.joining("\n"));
  }

  /** The task's result, with its I/O or runtime failure rethrown as itself. */
  public static <T> T get(Future<T> future) throws IOException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }
}
