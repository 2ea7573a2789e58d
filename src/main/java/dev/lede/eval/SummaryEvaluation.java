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
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * ROUGE F1 of several summarizers over a corpus, against one or more references per article
 * (CNN-Corpus has two: journalists' highlights and a person's extract). Each article is analyzed
 * once and every summarizer reads the same analysis, so the systems are compared on equal terms
 * in one run; the scores are kept article by article, for paired comparisons.
 */
public final class SummaryEvaluation {

  /** A summarizer under evaluation and the name it is reported under. */
  public record NamedSummarizer(String name, Summarizer summarizer) {}

  /** A system's scores against one reference, article by article (in pair order), and their mean. */
  public record Result(String name, int reference, List<RougeScores> perArticle) {

    public RougeScores mean() {
      return RougeScores.mean(perArticle);
    }
  }

  private SummaryEvaluation() {}

  /**
   * Scores every system on every pair against each of its references, with {@code threads}
   * threads, each with its own analyzer from {@code analyzers}. {@code prepare} may change an
   * article before it is analyzed (e.g. take its opening away). Results: for each reference,
   * each system in order.
   */
  public static List<Result> run(
      List<SummaryCorpus.Pair> pairs,
      Supplier<ArticleAnalyzer> analyzers,
      List<NamedSummarizer> systems,
      SummaryLength length,
      int threads,
      UnaryOperator<Article> prepare)
      throws IOException, InterruptedException {
    ThreadLocal<ArticleAnalyzer> analyzer = ThreadLocal.withInitial(analyzers);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<RougeScores[][]>> futures = new ArrayList<>(pairs.size());
      for (SummaryCorpus.Pair pair : pairs) {
        futures.add(pool.submit(() -> score(pair, analyzer.get(), systems, length, prepare)));
      }
      int references = pairs.isEmpty() ? 0 : pairs.get(0).references().size();
      List<List<List<RougeScores>>> scores = new ArrayList<>();
      for (int r = 0; r < references; r++) {
        List<List<RougeScores>> bySystem = new ArrayList<>();
        for (int s = 0; s < systems.size(); s++) {
          bySystem.add(new ArrayList<>(pairs.size()));
        }
        scores.add(bySystem);
      }
      for (Future<RougeScores[][]> future : futures) {
        RougeScores[][] article = get(future);
        for (int r = 0; r < references; r++) {
          for (int s = 0; s < systems.size(); s++) {
            scores.get(r).get(s).add(article[r][s]);
          }
        }
      }
      List<Result> results = new ArrayList<>();
      for (int r = 0; r < references; r++) {
        for (int s = 0; s < systems.size(); s++) {
          results.add(new Result(systems.get(s).name(), r, scores.get(r).get(s)));
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static RougeScores[][] score(
      SummaryCorpus.Pair pair,
      ArticleAnalyzer analyzer,
      List<NamedSummarizer> systems,
      SummaryLength length,
      UnaryOperator<Article> prepare)
      throws IOException {
    Article article = prepare.apply(SummaryCorpus.readArticle(pair.article()));
    AnalyzedArticle analyzed = analyzer.analyze(article);
    String[] summaries = new String[systems.size()];
    for (int s = 0; s < summaries.length; s++) {
      summaries[s] = text(analyzed, systems.get(s).summarizer().summarize(analyzed, length));
    }
    RougeScores[][] scores = new RougeScores[pair.references().size()][summaries.length];
    for (int r = 0; r < scores.length; r++) {
      String reference = SummaryCorpus.readSummary(pair.references().get(r));
      for (int s = 0; s < summaries.length; s++) {
        scores[r][s] = Rouge.score(reference, summaries[s]);
      }
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
