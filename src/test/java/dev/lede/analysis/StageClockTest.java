package dev.lede.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.input.Article;
import dev.lede.pipeline.Deadline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageClockTest {

  @Test
  void theAnalyzerReportsEachStageAsItFinishes() {
    List<String> laps = new ArrayList<>();
    String text = "Ferry link approved\n\nThe council voted on Tuesday. The route opens in March.\n";
    AnalyzedArticle analyzed =
        Models.load().newAnalyzer().analyze(Article.of("t", text, null), Deadline.NONE, laps::add);

    assertThat(analyzed.sentences()).hasSize(2);
    assertThat(laps)
        .containsExactly("language", "boilerplate", "sentences", "tokens", "pos", "tokens", "pos", "entities");
  }
}
