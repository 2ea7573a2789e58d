package dev.lede.eval;

/**
 * Entity-level counts as conlleval keeps them: gold entities, predicted entities, and predicted
 * entities whose span and type both match a gold one.
 */
public record EntityCounts(int gold, int predicted, int correct) {

  public static final EntityCounts NONE = new EntityCounts(0, 0, 0);

  public EntityCounts plus(EntityCounts other) {
    return new EntityCounts(gold + other.gold, predicted + other.predicted, correct + other.correct);
  }

  /** Correct over predicted, in [0, 1]; 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** Correct over gold, in [0, 1]; 0 when there is no gold entity. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
