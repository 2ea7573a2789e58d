package dev.lede.pipeline;

import java.util.Arrays;

/**
 * The pieces of OpenNLP's beam search that lede's fast taggers (POS and names) share, so that they
 * keep the same candidates as OpenNLP's own taggers.
 */
public final class Beam {

  private Beam() {}

  /** A candidate tag sequence: its last outcome, its parent and its summed log probability. */
  public record Candidate(Candidate parent, int outcome, double score, int length)
      implements Comparable<Candidate> {

    /** The outcome names of the sequence, first to last. */
    public String[] outcomes(String[] names) {
      String[] out = new String[length];
      Candidate node = this;
      for (int i = length - 1; i >= 0; i--) {
        out[i] = names[node.outcome];
        node = node.parent;
      }
      return out;
    }

    /** Best first, as the beam's priority queues need. */
    @Override
    public int compareTo(Candidate other) {
      return Double.compare(other.score, score);
    }
  }

  /**
   * The beam's threshold, the k-th largest score (the smallest when there are fewer than k): OpenNLP
   * extends a candidate only with outcomes that score at least that.
   */
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
