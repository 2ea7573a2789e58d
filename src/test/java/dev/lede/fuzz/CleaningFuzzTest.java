package dev.lede.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.clean.BoilerplateDetector;
import dev.lede.clean.Removal;
import java.util.List;

/** Boilerplate removal on any text: whole lines, in order, inside the text, never overlapping. */
class CleaningFuzzTest {

  private static final BoilerplateDetector DETECTOR = new BoilerplateDetector();

  @FuzzTest(maxDuration = "5m")
  void detect(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<Removal> removals = DETECTOR.detect(text);
    int previousEnd = 0;
    for (Removal r : removals) {
      assertThat(r.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(r.end());
      assertThat(r.end()).isLessThanOrEqualTo(text.length());
      assertThat(r.start() == 0 || text.charAt(r.start() - 1) == '\n').as("starts a line").isTrue();
      previousEnd = r.end();
    }
    String kept = BoilerplateDetector.remove(text, removals);
    assertThat(kept.length()).isLessThanOrEqualTo(text.length());
  }
}
