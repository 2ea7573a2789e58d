package dev.lede.ner;

import java.util.List;

/**
 * Word-cluster features: the cluster ids, in every clustering, of the tokens in a window around
 * the current one. Clusters learned on unlabeled text let the model generalise from a name it
 * saw in training to unseen words used the same way.
 */
final class ClusterFeatureGenerator implements TokenwiseFeatureGenerator {

  private final WordClusters clusters;
  private final String prefix;
  private final int window;

  private String[] sentence;
  private String[][] ids;

  ClusterFeatureGenerator(WordClusters clusters, String prefix, int window) {
    this.clusters = clusters;
    this.prefix = prefix;
    this.window = window;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      sentence = tokens;
      ids = new String[tokens.length][];
      for (int i = 0; i < tokens.length; i++) {
        ids[i] = clusters.lookup(tokens[i]);
      }
    }
    for (int offset = -window; offset <= window; offset++) {
      int i = index + offset;
      if (i >= 0 && i < tokens.length) {
        addTokenFeatures(features, ids[i], offset);
      }
    }
  }

  @Override
  public int window() {
    return window;
  }

  @Override
  public void addTokenFeatures(List<String> features, String token, int offset) {
    addTokenFeatures(features, clusters.lookup(token), offset);
  }

  /** Every feature depends on one token only. */
  @Override
  public void addContextFeatures(FeatureSink features, String[] tokens, int index) {}

  private void addTokenFeatures(List<String> features, String[] tokenIds, int offset) {
    if (tokenIds == null) {
      features.add(prefix + offset + "=?");
      return;
    }
    for (int k = 0; k < tokenIds.length; k++) {
      features.add(prefix + offset + "." + k + "=" + tokenIds[k]);
    }
  }
}
