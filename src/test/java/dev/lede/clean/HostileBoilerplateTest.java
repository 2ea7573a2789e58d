package dev.lede.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lines no article has; the timeouts only guard against a hang (these took minutes before). */
class HostileBoilerplateTest {

  private final BoilerplateDetector detector = new BoilerplateDetector();

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aLineOfOneHugeWordIsScoredInLinearTime() {
    String line = "a".repeat(200_000) + "@" + "b".repeat(200_000);
    assertThat(detector.detect("The council met on Monday.\n" + line + "\n")).isEmpty();
    assertThat(LineScore.of(line).value()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void anAddressInAShortLineStillCountsAsALink() {
    assertThat(LineScore.of("Write to us at desk@example.org").value())
        .isGreaterThanOrEqualTo(LineScore.LINK);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aRunOfPromotionalLinesIsRemovedWholeFromItsEnd() {
    // each "Get the app" line scores below the threshold alone and above it beside a removed line;
    // only the last lines start removed, and the removal spreads back through all 50,000 lines
    StringBuilder text = new StringBuilder("The council met on Monday.\nIt said the budget was approved.\n");
    int run = 50_000;
    text.append("Get the app\n".repeat(run));

    List<Removal> removals = detector.detect(text.toString());

    assertThat(removals).hasSize(run);
  }
}
