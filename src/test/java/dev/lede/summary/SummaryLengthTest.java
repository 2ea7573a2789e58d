package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.pipeline.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryLengthTest {

  /** Ten sentences of ten words each. */
  private final List<Sentence> sentences = Synthetic.article(10, 10, 50, 1).sentences();
  private final List<Integer> ranked = List.of(4, 0, 7, 2, 9, 1, 3, 5, 6, 8);

  @Test
  void takesTheBestRankedSentencesUpToTheCount() {
    assertThat(SummaryLength.sentences(3).take(ranked, sentences)).containsExactly(4, 0, 7);
  }

  @Test
  void aRatioIsNeverExceededButKeepsOneSentence() {
    assertThat(new SummaryLength(5, 0.25, null).take(ranked, sentences)).containsExactly(4, 0);
    assertThat(new SummaryLength(5, 0.3, null).take(ranked, sentences)).containsExactly(4, 0, 7);
    assertThat(new SummaryLength(5, 0.01, null).take(ranked, sentences)).containsExactly(4);
  }

  @Test
  void aRatioGivenAloneDecidesWithoutTheDefaultCount() {
    assertThat(new SummaryLength(null, 0.5, null).take(ranked, sentences)).containsExactly(4, 0, 7, 2, 9);
    assertThat(new SummaryLength(null, 0.1, null).maxSentences(16)).isEqualTo(1);
    assertThat(new SummaryLength(null, 0.5, null).maxSentences(16)).isEqualTo(8);
  }

  @Test
  void aWordBudgetGivenAloneDecidesWithoutTheDefaultCount() {
    assertThat(new SummaryLength(null, null, 65).take(ranked, sentences)).containsExactly(4, 0, 7, 2, 9, 1);
  }

  @Test
  void controlsGivenTogetherAreAllObeyed() {
    assertThat(new SummaryLength(2, null, 65).take(ranked, sentences)).containsExactly(4, 0);
    assertThat(new SummaryLength(null, 0.3, 65).take(ranked, sentences)).containsExactly(4, 0, 7);
    assertThat(new SummaryLength(null, 0.5, 25).take(ranked, sentences)).containsExactly(4, 0);
  }

  @Test
  void noControlMeansTheDefaultThreeSentences() {
    assertThat(new SummaryLength(null, null, null)).isEqualTo(SummaryLength.DEFAULT);
    assertThat(SummaryLength.DEFAULT.take(ranked, sentences)).containsExactly(4, 0, 7);
  }

  @Test
  void aWordBudgetStopsBeforeTheSentenceThatWouldGoOver() {
    assertThat(new SummaryLength(5, null, 25).take(ranked, sentences)).containsExactly(4, 0);
  }

  @Test
  void theBestSentenceIsKeptEvenOverTheWordBudget() {
    assertThat(new SummaryLength(5, null, 3).take(ranked, sentences)).containsExactly(4);
  }

  @Test
  void neverTakesMoreThanTheArticleHas() {
    assertThat(SummaryLength.sentences(50).take(ranked, sentences)).hasSize(10);
  }

  @Test
  void rejectsImpossibleLengths() {
    assertThatThrownBy(() -> SummaryLength.sentences(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SummaryLength(3, 1.5, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SummaryLength(3, null, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summarizersHonourTheLength() {
    var article = Synthetic.article(30, 10, 40, 2);
    for (Summarizer s : List.of(new NewsSummarizer(), new LeadSummarizer(), new TextRankSummarizer())) {
      assertThat(s.summarize(article, SummaryLength.sentences(4))).hasSize(4);
      assertThat(s.summarize(article, new SummaryLength(4, 0.1, null))).hasSize(3);
      assertThat(s.summarize(article, new SummaryLength(4, null, 25))).hasSize(2);
    }
  }
}
