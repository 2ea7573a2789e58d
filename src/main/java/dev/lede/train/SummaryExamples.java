package dev.lede.train;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.analysis.AnalyzedArticle;
import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.eval.SummaryCorpus;
import dev.lede.eval.SummaryEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Analyzed articles with their reference summaries, ready for training and cross-validation.
 * Analysis is the slow part (the whole OpenNLP pipeline), so the examples can be kept in a
 * gzipped JSON cache and reread in seconds while features and models change.
 */
public final class SummaryExamples {

  /** One article as lede's pipeline analyzed it, its reference and the corpus it came from. */
  public record Example(String corpus, AnalyzedArticle analysis, String reference) {}

  /** What a cache was built from, so a cache of other folders is never reused by mistake. */
  record Cache(List<String> sources, List<Example> examples) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private SummaryExamples() {}

  /** Analyzes every pair with {@code threads} threads, one analyzer each; in pair order. */
  public static List<Example> analyze(
      String corpus, List<SummaryCorpus.Pair> pairs, Supplier<ArticleAnalyzer> analyzers, int threads)
      throws IOException, InterruptedException {
    ThreadLocal<ArticleAnalyzer> analyzer = ThreadLocal.withInitial(analyzers);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Example>> futures = new ArrayList<>(pairs.size());
      for (SummaryCorpus.Pair pair : pairs) {
        futures.add(
            pool.submit(
                () ->
                    new Example(
                        corpus,
                        analyzer.get().analyze(SummaryCorpus.readArticle(pair.article())),
                        SummaryCorpus.readSummary(pair.summary()))));
      }
      List<Example> examples = new ArrayList<>(pairs.size());
      for (Future<Example> future : futures) {
        examples.add(SummaryEvaluation.get(future));
      }
      return examples;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The cached examples if {@code file} holds a cache of exactly {@code sources}, else null. */
  public static List<Example> readCache(Path file, List<String> sources) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      Cache cache = JSON.readValue(in, new TypeReference<Cache>() {});
      return cache.sources().equals(sources) ? cache.examples() : null;
    }
  }

  public static void writeCache(Path file, List<String> sources, List<Example> examples)
      throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      JSON.writeValue(out, new Cache(sources, examples));
    }
  }

}
