package dev.lede.train;

import dev.lede.ner.WordClusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Learns {@link WordClusters} from unlabeled sentences: skip-gram word vectors, then k-means at
 * several granularities (e.g. 100, 300 and 1000 clusters), one clustering per column; and
 * optionally Brown clusters of the most frequent words, whose bit-string prefixes (lengths 4, 6,
 * 10, 20) are further columns, coarse to fine.
 */
public final class ClusterTrainer {

  /** How to learn the clusters. */
  public record Options(
      int minCount,
      int dimension,
      int window,
      int negatives,
      int epochs,
      double sample,
      List<Integer> clusterCounts,
      int kmeansIterations,
      int brownClusters,
      int brownWords,
      int threads,
      long seed) {

    public Options {
      clusterCounts = List.copyOf(clusterCounts);
    }
  }

  /** Bit-string prefix lengths of Brown clusters used as features (Ratinov and Roth 2009). */
  static final int[] BROWN_PREFIXES = {4, 6, 10, 20};

  private ClusterTrainer() {}

  public static WordClusters train(List<List<String>> sentences, Options options)
      throws InterruptedException {
    return train(sentences, options, stage -> {});
  }

  /** Learns the clusters, telling {@code progress} how long each stage took. */
  public static WordClusters train(List<List<String>> sentences, Options options, Consumer<String> progress)
      throws InterruptedException {
    long start = System.nanoTime();
    Vocabulary vocabulary = Vocabulary.of(sentences, options.minCount());
    if (vocabulary.size() == 0) {
      throw new IllegalArgumentException("no word occurs " + options.minCount() + " times or more");
    }
    int[][] encoded = vocabulary.encode(sentences);
    List<List<String>> ids = new ArrayList<>();
    for (int word = 0; word < vocabulary.size(); word++) {
      ids.add(new ArrayList<>());
    }
    if (!options.clusterCounts().isEmpty()) {
      SkipGramTrainer.Options skipGram =
          new SkipGramTrainer.Options(
              options.dimension(), options.window(), options.negatives(), options.epochs(),
              options.sample(), options.threads(), options.seed());
      float[] vectors = new SkipGramTrainer(vocabulary, skipGram).train(encoded);
      start = lap(progress, "skip-gram word vectors for " + vocabulary.size() + " words", start);
      // k-means gives the same clusters on any number of threads (only the word vectors depend
      // on them), so it always uses every core
      int cores = Runtime.getRuntime().availableProcessors();
      for (int k : options.clusterCounts()) {
        int[] assignment =
            KMeans.cluster(vectors, options.dimension(), k, options.kmeansIterations(), cores);
        start = lap(progress, "k-means, " + k + " clusters", start);
        for (int word = 0; word < assignment.length; word++) {
          ids.get(word).add(Integer.toString(assignment[word]));
        }
      }
    }
    if (options.brownClusters() > 0) {
      String[] bits =
          new BrownClusterer(vocabulary, encoded, options.brownWords(), options.brownClusters()).cluster();
      lap(progress, "Brown clustering, " + options.brownClusters() + " clusters", start);
      for (int word = 0; word < bits.length; word++) {
        for (int length : BROWN_PREFIXES) {
          ids.get(word).add("b" + bits[word].substring(0, Math.min(length, bits[word].length())));
        }
      }
    }
    Map<String, String[]> clusters = new HashMap<>();
    for (int word = 0; word < vocabulary.size(); word++) {
      if (!ids.get(word).isEmpty()) {
        clusters.put(vocabulary.word(word), ids.get(word).toArray(String[]::new));
      }
    }
    return new WordClusters(clusters);
  }

  private static long lap(Consumer<String> progress, String stage, long start) {
    long now = System.nanoTime();
    progress.accept(String.format("%s: %.1f s", stage, (now - start) / 1e9));
    return now;
  }
}
