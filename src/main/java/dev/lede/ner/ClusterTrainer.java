package dev.lede.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns {@link WordClusters} from unlabeled sentences: skip-gram word vectors, then k-means at
 * several granularities (e.g. 100, 300 and 1000 clusters), one clustering per column.
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
      int threads,
      long seed) {

    public Options {
      clusterCounts = List.copyOf(clusterCounts);
    }
  }

  private ClusterTrainer() {}

  public static WordClusters train(List<List<String>> sentences, Options options)
      throws InterruptedException {
    Vocabulary vocabulary = Vocabulary.of(sentences, options.minCount());
    if (vocabulary.size() == 0) {
      throw new IllegalArgumentException("no word occurs " + options.minCount() + " times or more");
    }
    SkipGramTrainer.Options skipGram =
        new SkipGramTrainer.Options(
            options.dimension(), options.window(), options.negatives(), options.epochs(),
            options.sample(), options.threads(), options.seed());
    float[] vectors = new SkipGramTrainer(vocabulary, skipGram).train(vocabulary.encode(sentences));
    String[][] ids = new String[vocabulary.size()][options.clusterCounts().size()];
    for (int column = 0; column < options.clusterCounts().size(); column++) {
      int[] assignment =
          KMeans.cluster(
              vectors, options.dimension(), options.clusterCounts().get(column),
              options.kmeansIterations(), options.threads());
      for (int word = 0; word < assignment.length; word++) {
        ids[word][column] = Integer.toString(assignment[word]);
      }
    }
    Map<String, String[]> clusters = new HashMap<>();
    for (int word = 0; word < vocabulary.size(); word++) {
      clusters.put(vocabulary.word(word), ids[word]);
    }
    return new WordClusters(clusters);
  }
}
