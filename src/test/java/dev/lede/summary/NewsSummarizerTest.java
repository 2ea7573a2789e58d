package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.summary.SentenceHygiene.Defect;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsSummarizerTest {

  private static final String[] STORY = {
    "The river Aldon burst its banks on Monday and flooded the centre of Millbrook.",
    "Rescue teams from Millbrook moved two hundred residents out of flooded homes near the river Aldon.",
    "They worked through the night.",
    // the promotion shares a line with news, so the line-level boilerplate detector keeps it
    "The flood in Millbrook is the worst the river Aldon has brought in fifty years, officials said."
        + " Download the app for flood news on the river Aldon and Millbrook.",
    "A local bakery gave free bread to the volunteers.",
    "Officials in Millbrook said the river Aldon would fall slowly over the coming week.",
  };

  private final NewsSummarizer summarizer = new NewsSummarizer();

  @Test
  void returnsSentencesInDocumentOrderWithTheirScores() {
    AnalyzedArticle a = Articles.analyze(STORY);
    List<RankedSentence> summary = summarizer.summarize(a, SummaryLength.sentences(3));
    assertThat(summary).hasSize(3);
    assertThat(summary).extracting(RankedSentence::sentence).isSorted();
    assertThat(summary).allSatisfy(r -> assertThat(r.score()).isPositive());
  }

  @Test
  void keepsThePromotionalLineOutThoughItNamesTheTopic() {
    AnalyzedArticle a = Articles.analyze(STORY);
    assertThat(a.sentences().get(4).text()).startsWith("Download");
    for (int n = 1; n <= 5; n++) {
      assertThat(summarizer.summarize(a, SummaryLength.sentences(n)))
          .extracting(RankedSentence::sentence)
          .doesNotContain(4);
    }
  }

  @Test
  void takesAPronounSentenceOnlyAfterItsAntecedent() {
    AnalyzedArticle a = Articles.analyze(STORY);
    List<Integer> chosen =
        summarizer.summarize(a, SummaryLength.sentences(5)).stream().map(RankedSentence::sentence).toList();
    if (chosen.contains(2)) {
      assertThat(chosen).contains(1);
    }
  }

  @Test
  void theLeadOutranksAnEqualSentenceFurtherDown() {
    AnalyzedArticle a =
        Articles.analyze(
            "The council approved a new budget for the city schools on Tuesday.",
            "A school in the north will get a new roof.",
            "The council approved a new budget for the city schools on Tuesday night.");
    assertThat(summarizer.summarize(a, SummaryLength.sentences(1)))
        .extracting(RankedSentence::sentence)
        .containsExactly(0);
  }

  @Test
  void redundancyKeepsANearCopyOutOfTheSummary() {
    AnalyzedArticle a =
        Articles.analyze(
            "The council approved a new budget for the city schools on Tuesday.",
            "The council approved a new budget for the city schools on Tuesday night.",
            "Teachers said the new budget gives the schools money for books and repairs.",
            "Parents said the schools needed the money for books and repairs.");
    assertThat(summarizer.summarize(a, SummaryLength.sentences(2)))
        .extracting(RankedSentence::sentence)
        .doesNotContain(1);
    NewsSummarizer noRedundancy =
        new NewsSummarizer(new NewsSummarizer.Weights(1, 0.5, 0.25, 0, true));
    assertThat(noRedundancy.summarize(a, SummaryLength.sentences(2)))
        .extracting(RankedSentence::sentence)
        .containsExactly(0, 1);
  }

  @Test
  void positionCountsOnlySentencesFitForASummary() {
    Defect[] defects = {Defect.DATELINE, Defect.NONE, Defect.CAPTION, Defect.NEEDS_PREVIOUS, Defect.NONE};
    assertThat(NewsSummarizer.positions(defects)).containsExactly(1.0, 1.0, 0.5, 0.5, 1.0 / 3);
  }

  @Test
  void centralityIsExactTextRankUpToTheLimitAndFactoredBeyond() {
    int limit = NewsSummarizer.EXACT_GRAPH_LIMIT;
    assertThat(NewsSummarizer.graph(SentenceTerms.of(Synthetic.article(limit, 6, 500, 1).sentences())))
        .isInstanceOf(OverlapGraph.class);
    assertThat(NewsSummarizer.graph(SentenceTerms.of(Synthetic.article(limit + 1, 6, 500, 1).sentences())))
        .isInstanceOf(FactoredOverlapGraph.class);
  }

  @Test
  void anEmptyArticleHasAnEmptySummary() {
    assertThat(summarizer.summarize(Articles.analyze(""), SummaryLength.DEFAULT)).isEmpty();
  }

  @Test
  void aFortyThousandSentenceArticleIsSummarized() {
    // a guard against quadratic work (hours at this size), not a speed measure: the bench times
    // the summary stage, and this bound holds on a machine busy with other work
    AnalyzedArticle huge = Synthetic.article(40_000, 18, 5_000, 3);
    List<RankedSentence> summary =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(120), () -> summarizer.summarize(huge, SummaryLength.sentences(5)));
    assertThat(summary).hasSize(5);
  }
}
