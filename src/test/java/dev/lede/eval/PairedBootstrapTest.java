package dev.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.eval.PairedBootstrap.Interval;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

  @Test
  void aSteadyGainHasAnIntervalAboveZero() {
    Random random = new Random(5);
    double[] a = new double[300];
    double[] b = new double[300];
    for (int i = 0; i < a.length; i++) {
      b[i] = random.nextDouble();
      a[i] = b[i] + 0.05 + 0.02 * random.nextGaussian();
    }
    Interval interval = PairedBootstrap.difference(a, b, 1000, 1);
    assertThat(interval.mean()).isBetween(0.045, 0.055);
    assertThat(interval.low()).isGreaterThan(0).isLessThan(interval.mean());
    assertThat(interval.high()).isGreaterThan(interval.mean());
  }

  @Test
  void differencesThatCancelOutHaveAnIntervalAcrossZero() {
    Random random = new Random(9);
    double[] a = new double[200];
    double[] b = new double[200];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextDouble();
      b[i] = a[i] + (i % 2 == 0 ? 0.1 : -0.1);
    }
    Interval interval = PairedBootstrap.difference(a, b, 1000, 1);
    assertThat(interval.low()).isNegative();
    assertThat(interval.high()).isPositive();
    assertThat(PairedBootstrap.difference(a, b, 1000, 1)).isEqualTo(interval);
  }

  @Test
  void unpairedScoresAreRefused() {
    assertThatThrownBy(() -> PairedBootstrap.difference(new double[2], new double[3], 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
