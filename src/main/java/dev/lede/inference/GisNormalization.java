package dev.lede.inference;

/**
 * The last step of OpenNLP's {@code GISModel.eval}, for the taggers and detectors that sum a
 * maxent model's weights themselves: each outcome's sum becomes {@code exp(sum) / total}, with
 * the same operations in the same order, so the probabilities are OpenNLP's to the last bit.
 */
public final class GisNormalization {

  private GisNormalization() {}

  /** Turns the outcomes' summed weights into their probabilities, in place. */
  public static void normalize(double[] sums) {
    double normal = 0.0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= normal;
    }
  }
}
