package dev.lede.pipeline;

import java.util.Arrays;

/**
 * The score a beam keeps from: OpenNLP's beam search extends a candidate only with outcomes that
 * score at least the k-th best, so lede's fast taggers (POS and names) need the same threshold.
 */
public final class BeamThreshold {

  private BeamThreshold() {}

  /** The k-th largest score (the smallest when there are fewer than k). */
  public static double kthLargest(double[] scores, int k) {
    if (k >= scores.length) {
      double min = Double.POSITIVE_INFINITY;
      for (double s : scores) {
        min = Math.min(min, s);
      }
      return min;
    }
    double[] top = new double[k];
    Arrays.fill(top, Double.NEGATIVE_INFINITY);
    for (double s : scores) {
      if (s > top[k - 1]) {
        int j = k - 1;
        while (j > 0 && top[j - 1] < s) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = s;
      }
    }
    return top[k - 1];
  }
}
