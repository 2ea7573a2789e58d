package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpSentenceSplitterTest {

  private static SentenceSplitter splitter;

  @BeforeAll
  static void load() throws IOException {
    splitter = ApacheModels.sentenceSplitter();
  }

  private static List<String> split(String text) {
    return splitter.split(text, 0, text.length()).stream().map(Sentence::text).toList();
  }

  @Test
  void keepsNewsAbbreviationsInsideTheirSentence() {
    assertThat(split("Gov. Ellen Marsh met Sen. Bob Ray on Feb. 24, 2022, at 11 a.m. in Ohio. They agreed."))
        .containsExactly("Gov. Ellen Marsh met Sen. Bob Ray on Feb. 24, 2022, at 11 a.m. in Ohio.", "They agreed.");
    assertThat(split("U.S. President Alan Pryce spoke. The firm, Calder Corp., rose 5%."))
        .containsExactly("U.S. President Alan Pryce spoke.", "The firm, Calder Corp., rose 5%.");
  }

  @Test
  void aDecimalPointEndsNoSentence() {
    assertThat(split("The firm raised $1.5 billion while a rival raised $1.2bn."))
        .containsExactly("The firm raised $1.5 billion while a rival raised $1.2bn.");
    assertThat(split("Version 2.0 shipped. It was 3.5 times faster."))
        .containsExactly("Version 2.0 shipped.", "It was 3.5 times faster.");
  }

  @Test
  void keepsATimeZoneWithItsClockTime() {
    assertThat(split("Crews arrived at 7:15 a.m. ET on Monday and worked through the night. The fire is out."))
        .containsExactly("Crews arrived at 7:15 a.m. ET on Monday and worked through the night.", "The fire is out.");
    assertThat(split("The vote closes at 8 p.m. GMT. Results follow."))
        .containsExactly("The vote closes at 8 p.m. GMT.", "Results follow.");
  }

  @Test
  void stillEndsSentencesAfterAnAbbreviationThatEndsOne() {
    assertThat(split("She met him at 3 p.m. He left.")).containsExactly("She met him at 3 p.m.", "He left.");
  }

  @Test
  void neverCrossesALineBreakAndIndexesSentencesWithOffsetsIntoTheText() {
    String text = "Title line\nFirst one. Second one.\n\nThird one";
    List<Sentence> sentences = splitter.split(text, 11, text.length());
    assertThat(sentences).extracting(Sentence::text).containsExactly("First one.", "Second one.", "Third one");
    for (Sentence s : sentences) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
  }
}
