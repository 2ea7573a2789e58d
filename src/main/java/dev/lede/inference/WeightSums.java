package dev.lede.inference;

/**
 * A {@link FeatureSink} that adds each feature's weights to sums by outcome, looking features
 * named in parts up without making their strings ({@link CompactWeights#predicate(String, String,
 * int, int)}). The taggers' sink when they weigh a word or a token. Not thread-safe.
 */
public final class WeightSums implements FeatureSink {

  /** Whole-string features whose lookups are remembered: a power of two. */
  private static final int REMEMBERED = 1024;

  private final CompactWeights weights;
  private double[] sums;
  /**
   * The last feature strings looked up whole, by hash, and their predicates: most are constants
   * asked for at token after token (sentence begin and end, class pairs, document and gazetteer
   * features), and a lookup in the model's table is a miss in the processor's caches or two. The
   * same String object is the same feature, so the check is one comparison of references.
   */
  private final String[] rememberedFeatures = new String[REMEMBERED];
  private final int[] rememberedPredicates = new int[REMEMBERED];

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
    int slot = feature.hashCode() & REMEMBERED - 1;
    if (rememberedFeatures[slot] != feature) {
      rememberedPredicates[slot] = weights.predicate(feature);
      rememberedFeatures[slot] = feature;
    }
    add(rememberedPredicates[slot]);
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
