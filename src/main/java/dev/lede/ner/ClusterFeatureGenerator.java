package dev.lede.ner;

import java.util.List;

/**
 * Word-cluster features: the cluster ids, in every clustering, of the tokens in a window around
 * the current one. Clusters learned on unlabeled text let the model generalise from a name it
 * saw in training to unseen words used the same way. Optionally tokens a little further out, up
 * to {@code outerWindow} places away, add the ids of a few (coarse) clusterings only.
 */
final class ClusterFeatureGenerator implements TokenwiseFeatureGenerator {

  private final WordClusters clusters;
  private final String prefix;
  private final int window;
  private final int outerWindow;
  private final int[] outerColumns;

  private String[] sentence;
  private String[][] ids;

  ClusterFeatureGenerator(WordClusters clusters, String prefix, int window) {
    this(clusters, prefix, window, window, new int[0]);
  }

  /** {@code outerColumns}: the clusterings (column indexes) tokens beyond {@code window} add. */
  ClusterFeatureGenerator(WordClusters clusters, String prefix, int window, int outerWindow, int[] outerColumns) {
    this.clusters = clusters;
    this.prefix = prefix;
    this.window = window;
    this.outerWindow = Math.max(window, outerWindow);
    this.outerColumns = outerColumns.clone();
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
    for (int offset = -outerWindow; offset <= outerWindow; offset++) {
      int i = index + offset;
      if (i >= 0 && i < tokens.length) {
        addTokenFeatures(features, ids[i], offset);
      }
    }
  }

  @Override
  public int window() {
    return outerWindow;
  }

  @Override
  public void addTokenFeatures(List<String> features, String token, int offset) {
    addTokenFeatures(features, clusters.lookup(token), offset);
  }

  /** Every feature depends on one token only. */
  @Override
  public void addContextFeatures(List<String> features, String[] tokens, int index) {}

  private void addTokenFeatures(List<String> features, String[] tokenIds, int offset) {
    if (tokenIds == null) {
      features.add(prefix + offset + "=?");
    } else if (Math.abs(offset) <= window) {
      for (int k = 0; k < tokenIds.length; k++) {
        features.add(prefix + offset + "." + k + "=" + tokenIds[k]);
      }
    } else {
      for (int k : outerColumns) {
        if (k < tokenIds.length) {
          features.add(prefix + offset + "." + k + "=" + tokenIds[k]);
        }
      }
    }
  }
}
