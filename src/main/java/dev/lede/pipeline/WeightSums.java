package dev.lede.pipeline;

/**
 * A {@link FeatureSink} that adds each feature's weights to sums by outcome, looking features
 * named in parts up without making their strings ({@link CompactWeights#predicate(String, String,
 * int, int)}). The taggers' sink when they weigh a word or a token. Not thread-safe.
 */
public final class WeightSums implements FeatureSink {

  private final CompactWeights weights;
  private double[] sums;

  public WeightSums(CompactWeights weights) {
    this.weights = weights;
  }

  /**
   * Adds the features from now on to {@code sums}; null: to sums made at the first feature the
   * model knows, so that features it knows none of sum to null (and need no array).
   */
  public void into(double[] sums) {
    this.sums = sums;
  }

  /** The sums added to, or null if none were given and no feature was known. */
  public double[] sums() {
    return sums;
  }

  @Override
  public void add(String feature) {
    add(weights.predicate(feature));
  }

  @Override
  public void add(String head, String text, int from, int to) {
    add(weights.predicate(head, text, from, to));
  }

  @Override
  public void add(String head, String first, String second) {
    add(weights.predicate(head, first, ',', second));
  }

  private void add(int predicate) {
    if (predicate >= 0) {
      if (sums == null) {
        sums = new double[weights.outcomeCount()];
      }
      weights.add(predicate, sums);
    }
  }
}
