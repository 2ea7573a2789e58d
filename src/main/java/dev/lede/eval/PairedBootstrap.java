package dev.lede.eval;

import java.util.Arrays;
import java.util.Random;

/**
 * The paired bootstrap (Efron and Tibshirani; Koehn 2004 for system comparison): how sure a mean
 * difference between two systems scored on the same articles is. Articles are resampled with
 * replacement; each resample's mean difference is kept, and the 2.5th and 97.5th percentiles of
 * those means bound the 95 % interval. An interval that excludes 0 is a difference beyond noise.
 */
public final class PairedBootstrap {

  /** The mean difference {@code a - b} and its 95 % interval. */
  public record Interval(double mean, double low, double high) {}

  public static final int RESAMPLES = 1000;

  private PairedBootstrap() {}

  /** {@code a[i]} and {@code b[i]} are the two systems' scores on the same article. */
  public static Interval difference(double[] a, double[] b, int resamples, long seed) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("need paired scores, got " + a.length + " and " + b.length);
    }
    int n = a.length;
    double[] diff = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      diff[i] = a[i] - b[i];
      total += diff[i];
    }
    Random random = new Random(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += diff[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Arrays.sort(means);
    int low = (int) Math.floor(0.025 * (resamples - 1));
    int high = (int) Math.ceil(0.975 * (resamples - 1));
    return new Interval(total / n, means[low], means[high]);
  }
}
