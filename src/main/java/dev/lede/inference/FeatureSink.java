package dev.lede.inference;

import java.util.List;

/**
 * Where a feature generator puts its features: an OpenNLP list of feature strings, or a tagger's
 * sums, which look a feature made of parts up in the {@link CompactWeights} without making its
 * string (a feature is a fixed head and a word, part of one, or a pair of them, and most are
 * asked for once).
 */
public interface FeatureSink {

  void add(String feature);

  /** Adds the feature {@code head + text}. */
  default void add(String head, String text) {
    add(head, text, 0, text.length());
  }

  /** Adds the feature {@code head + text.substring(from, to)}. */
  void add(String head, String text, int from, int to);

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
      public void add(String head, String text, int from, int to) {
        features.add(head + text.substring(from, to));
      }

      @Override
      public void add(String head, String first, String second) {
        features.add(head + first + "," + second);
      }
    };
  }
}
