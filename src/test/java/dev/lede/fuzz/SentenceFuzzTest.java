package dev.lede.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.analysis.Models;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.SentenceSplitter;
import java.util.List;

/** The sentence splitter with its abbreviation repair, on any text: ordered, trimmed, in bounds. */
class SentenceFuzzTest {

  private static final SentenceSplitter SPLITTER = FuzzModels.MODELS.newStages().sentenceSplitter();

  @FuzzTest(maxDuration = "5m")
  void split(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<Sentence> sentences = SPLITTER.split(text, 0, text.length());
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(s.end());
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end())).isEqualTo(s.text().strip());
      previousEnd = s.end();
    }
  }

  /** Loaded once per test JVM: each fuzzing run calls the target many thousand times. */
  static final class FuzzModels {
    static final Models MODELS = Models.load();

    private FuzzModels() {}
  }
}
