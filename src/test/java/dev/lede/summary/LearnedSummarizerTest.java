package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.AnalyzedArticle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnedSummarizerTest {

  private static final String[] STORY = {
    // a fragment too short to stand in a summary opens the story
    "Good news, finally!"
        + " The town of Kelby opened its first public library on Saturday after ten years of fundraising.",
    "The Kelby library holds twenty thousand books, a reading room and a room for children.",
    "It cost four million pounds, most of it raised by residents of Kelby.",
    "A bakery in the next village sold bread at the opening.",
    "Volunteers in Kelby will run the library on Sundays and on public holidays.",
  };

  /** Prefers early sentences: a model a test can reason about. */
  private static final LearnedSummarizer LEAD_LOVER =
      new LearnedSummarizer(new SalienceModel(Map.of("position", 4.0, "bias", -2.0)));

  private static List<Integer> chosen(Summarizer summarizer, AnalyzedArticle a, SummaryLength length) {
    return summarizer.summarize(a, length).stream().map(RankedSentence::sentence).toList();
  }

  @Test
  void followsTheModelAndKeepsHygieneOnTop() {
    AnalyzedArticle a = Articles.analyze(STORY);
    // the fragment comes first, yet is no candidate while clean sentences remain
    assertThat(chosen(LEAD_LOVER, a, SummaryLength.sentences(3))).containsExactly(1, 2, 3);
    LearnedSummarizer lateLover =
        new LearnedSummarizer(new SalienceModel(Map.of("relative-position", 4.0)));
    assertThat(chosen(lateLover, a, SummaryLength.sentences(1))).containsExactly(5);
  }

  @Test
  void aPronounSentenceComesOnlyAfterItsAntecedent() {
    AnalyzedArticle a = Articles.analyze(STORY);
    assertThat(a.sentences().get(3).text()).startsWith("It cost");
    // the model likes the pronoun sentence best, its antecedent second
    LearnedSummarizer summarizer =
        new LearnedSummarizer(new SalienceModel(Map.of("needs-previous", 5.0, "second", 3.0)));
    assertThat(chosen(summarizer, a, SummaryLength.sentences(1))).containsExactly(2);
    assertThat(chosen(summarizer, a, SummaryLength.sentences(2))).containsExactly(2, 3);
  }

  @Test
  void theLeadPriorSettlesCloseCallsOnly() {
    AnalyzedArticle a = Articles.analyze(STORY);
    // later sentences score a little higher: the first three clean sentences still win
    LearnedSummarizer slightlyLate =
        new LearnedSummarizer(new SalienceModel(Map.of("relative-position", 0.05)), 0);
    List<RankedSentence> summary = slightlyLate.summarize(a, SummaryLength.sentences(3));
    assertThat(summary).extracting(RankedSentence::sentence).containsExactly(1, 2, 3);
    // the output's score is the model's probability, without the prior
    assertThat(summary.get(0).score()).isEqualTo(0.5);
    // a clear preference for the end still wins
    LearnedSummarizer late =
        new LearnedSummarizer(new SalienceModel(Map.of("relative-position", 4.0)), 0);
    assertThat(chosen(late, a, SummaryLength.sentences(3))).contains(4, 5).doesNotContain(1);
  }

  @Test
  void lengthControlsAreUnaffected() {
    AnalyzedArticle a = Articles.analyze(STORY);
    // a ratio is never exceeded: 0.2 of 6 sentences is 1
    assertThat(LEAD_LOVER.summarize(a, new SummaryLength(5, 0.2, null))).hasSize(1);
    assertThat(LEAD_LOVER.summarize(a, new SummaryLength(null, 0.5, null))).hasSize(3);
    int firstWords = a.sentences().get(1).wordCount();
    assertThat(chosen(LEAD_LOVER, a, new SummaryLength(5, null, firstWords))).containsExactly(1);
    assertThat(chosen(LEAD_LOVER, a, new SummaryLength(5, null, 1))).containsExactly(1);
    List<RankedSentence> summary = LEAD_LOVER.summarize(a, SummaryLength.sentences(10));
    assertThat(summary).hasSize(6);
    assertThat(summary).extracting(RankedSentence::sentence).isSorted();
    assertThat(summary).allSatisfy(r -> assertThat(r.score()).isBetween(0.0, 1.0));
  }

  @Test
  void anEmptyArticleHasAnEmptySummary() {
    assertThat(LEAD_LOVER.summarize(Articles.analyze(""), SummaryLength.DEFAULT)).isEmpty();
  }
}
