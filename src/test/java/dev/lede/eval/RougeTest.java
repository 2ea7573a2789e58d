package dev.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

  private static final double EPS = 1e-12;

  @Test
  void scoresTheWorkedExampleOnAllThreeMeasures() {
    RougeScores s = Rouge.score("Police killed the gunman.", "The gunman was killed by police");
    assertThat(s.rouge1()).isCloseTo(0.8, within(EPS));
    assertThat(s.rouge2()).isCloseTo(0.25, within(EPS));
    assertThat(s.rougeL()).isCloseTo(0.4, within(EPS));
  }

  @Test
  void rouge1OfAPartialCandidate() {
    assertThat(Rouge.score("testing one two", "testing").rouge1()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void rouge2OfAPartialCandidate() {
    assertThat(Rouge.score("testing one two", "testing one").rouge2())
        .isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void rougeLFollowsTheSubsequenceNotTheBigrams() {
    RougeScores s = Rouge.score("testing one two", "testing two");
    assertThat(s.rougeL()).isCloseTo(0.8, within(EPS));
    assertThat(s.rouge2()).isZero();
  }

  @Test
  void clipsRepeatedUnigramsToTheReferenceCount() {
    assertThat(Rouge.score("the cat the", "the the the cat").rouge1())
        .isCloseTo(6.0 / 7, within(EPS));
  }

  @Test
  void tokenizesAsRougeScoreDoes() {
    assertThat(RougeTokenizer.tokenize("The U.S. economy grew 3.5% -- runs!"))
        .containsExactly("the", "u", "s", "economi", "grew", "3", "5", "run");
    assertThat(RougeTokenizer.tokenize("was")).containsExactly("was");
  }

  @Test
  void splitsSentencesGluedWithoutASpace() {
    assertThat(RougeTokenizer.tokenize("last year.The firm")).containsExactly("last", "year", "the", "firm");
  }

  @Test
  void dropsCharactersOutsideAsciiLettersAndDigits() {
    assertThat(RougeTokenizer.tokenize("a £15.8m café")).containsExactly("a", "15", "8m", "caf");
  }

  @Test
  void ignoresLineBreaksInRougeL() {
    assertThat(Rouge.score("testing one two", "testing\none\ntwo").rougeL()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void anEmptyCandidateScoresZero() {
    RougeScores s = Rouge.score("Police killed the gunman.", "");
    assertThat(s.rouge1()).isZero();
    assertThat(s.rouge2()).isZero();
    assertThat(s.rougeL()).isZero();
  }
}
