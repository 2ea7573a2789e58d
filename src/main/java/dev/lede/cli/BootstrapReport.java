package dev.lede.cli;

import dev.lede.eval.PairedBootstrap;
import dev.lede.eval.PairedBootstrap.Interval;
import dev.lede.eval.RougeScores;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** One line of figures: a system's mean difference from another, with 95 % intervals. */
final class BootstrapReport {

  private BootstrapReport() {}

  static String line(String system, String other, List<RougeScores> a, List<RougeScores> b, long seed) {
    Interval r1 = interval(a, b, RougeScores::rouge1, seed);
    Interval r2 = interval(a, b, RougeScores::rouge2, seed);
    return String.format(Locale.ROOT,
        "%s - %s: R-1 %+.2f [%+.2f, %+.2f], R-2 %+.2f [%+.2f, %+.2f] (paired bootstrap, %d resamples, 95 %%)",
        system, other, 100 * r1.mean(), 100 * r1.low(), 100 * r1.high(),
        100 * r2.mean(), 100 * r2.low(), 100 * r2.high(), PairedBootstrap.RESAMPLES);
  }

  private static Interval interval(
      List<RougeScores> a, List<RougeScores> b, ToDoubleFunction<RougeScores> metric, long seed) {
    double[] x = a.stream().mapToDouble(metric).toArray();
    double[] y = b.stream().mapToDouble(metric).toArray();
    return PairedBootstrap.difference(x, y, PairedBootstrap.RESAMPLES, seed);
  }
}
