package dev.lede.ner;

import dev.lede.inference.FeatureSink;
import java.util.Arrays;
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

  /** {@code prefix + offset + "=?"}, by offset + window. */
  private final String[] unknownFeatures;
  /** {@code prefix + offset + "." + k + "="}, by offset + window and clustering k, made as needed. */
  private final String[][] heads;

  private String[] sentence;
  private String[][] ids;
  // the fast finder asks for one token's features at each offset in a row: look it up once
  private String lastToken;
  private String[] lastIds;

  ClusterFeatureGenerator(WordClusters clusters, String prefix, int window) {
    this.clusters = clusters;
    this.prefix = prefix;
    this.window = window;
    this.unknownFeatures = new String[2 * window + 1];
    this.heads = new String[2 * window + 1][0];
    for (int offset = -window; offset <= window; offset++) {
      unknownFeatures[offset + window] = prefix + offset + "=?";
    }
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
    FeatureSink sink = FeatureSink.of(features);
    for (int offset = -window; offset <= window; offset++) {
      int i = index + offset;
      if (i >= 0 && i < tokens.length) {
        addTokenFeatures(sink, ids[i], offset);
      }
    }
  }

  @Override
  public int window() {
    return window;
  }

  @Override
  public void addTokenFeatures(FeatureSink features, String token, int offset) {
    if (!token.equals(lastToken)) {
      lastIds = clusters.lookup(token);
      lastToken = token;
    }
    addTokenFeatures(features, lastIds, offset);
  }

  /** Every feature depends on one token only. */
  @Override
  public void addContextFeatures(FeatureSink features, String[] tokens, int index) {}

  private void addTokenFeatures(FeatureSink features, String[] tokenIds, int offset) {
    if (tokenIds == null) {
      features.add(unknownFeatures[offset + window]);
      return;
    }
    for (int k = 0; k < tokenIds.length; k++) {
      features.add(head(offset, k), tokenIds[k]);
    }
  }

  private String head(int offset, int k) {
    String[] byClustering = heads[offset + window];
    if (k >= byClustering.length) {
      byClustering = Arrays.copyOf(byClustering, k + 1);
      heads[offset + window] = byClustering;
    }
    if (byClustering[k] == null) {
      byClustering[k] = prefix + offset + "." + k + "=";
    }
    return byClustering[k];
  }
}
