package dev.lede.ner;

import java.util.List;

/**
 * Where a {@link TokenwiseFeatureGenerator} puts a token's context features: an OpenNLP list of
 * feature strings, or the name finder's sums, which look a feature made of parts up without
 * making its string (most context features pair two words, and are asked for once).
 */
interface FeatureSink {

  void add(String feature);

  /** Adds the feature {@code head + text}. */
  void add(String head, String text);

  /** Adds the feature {@code head + first + "," + second}. */
  void add(String head, String first, String second);

  /** A sink that adds each feature's string to {@code features}. */
  static FeatureSink of(List<String> features) {
    return new FeatureSink() {
      @Override
      public void add(String feature) {
        features.add(feature);
      }

      @Override
      public void add(String head, String text) {
        features.add(head + text);
      }

      @Override
      public void add(String head, String first, String second) {
        features.add(head + first + "," + second);
      }
    };
  }
}
