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
  void endsASentenceAtAPeriodInsideClosingQuotes() {
    // the model missed these breaks where the sentence opens with the quotation
    assertThat(split("\u2018We will fix it, I promise.\u2019 Ann Holt left at noon."))
        .containsExactly("\u2018We will fix it, I promise.\u2019", "Ann Holt left at noon.");
    assertThat(split("\u2018The party of the harbour is us.\u2019 \u2018Nonsense,\u2019 said Tom Ray."))
        .containsExactly("\u2018The party of the harbour is us.\u2019", "\u2018Nonsense,\u2019 said Tom Ray.");
    assertThat(split("\"We will fix it, I promise.\" 2,000 people cheered."))
        .containsExactly("\"We will fix it, I promise.\"", "2,000 people cheered.");
  }

  @Test
  void keepsAQuoteBeforeALowerCaseWordInItsSentence() {
    assertThat(split("The sign read \"Closed.\" and nobody came.")).containsExactly("The sign read \"Closed.\" and nobody came.");
  }

  @Test
  void keepsAQuestionOrExclamationWithTheAttributionAfterIt() {
    assertThat(split("\"Why now?\" he asked. \"Stop!\" the guard shouted at them."))
        .containsExactly("\"Why now?\" he asked.", "\"Stop!\" the guard shouted at them.");
    assertThat(split("\"How will people get to work?\" Ann Holt asked at the meeting. Officials said little."))
        .containsExactly("\"How will people get to work?\" Ann Holt asked at the meeting.", "Officials said little.");
    assertThat(split("\"Is it safe?\" asked Tom Ray, the council leader."))
        .containsExactly("\"Is it safe?\" asked Tom Ray, the council leader.");
  }

  @Test
  void stillBreaksAfterAQuestionWhenANewSentenceFollows() {
    assertThat(split("\"Is it safe?\" Ray said he had asked the same question."))
        .containsExactly("\"Is it safe?\"", "Ray said he had asked the same question.");
    assertThat(split("He asked: \"Why now?\" Nobody answered.")).containsExactly("He asked: \"Why now?\"", "Nobody answered.");
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
