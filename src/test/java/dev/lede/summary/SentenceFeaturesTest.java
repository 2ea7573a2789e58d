package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

  private static final String[] STORY = {
    // a fragment too short to stand in a summary opens the story
    "Good news, finally!"
        + " The town of Kelby opened its first public library on Saturday after ten years of fundraising.",
    "The Kelby library holds twenty thousand books and a room for children.",
    "\"We waited a long time for this,\" said the mayor of Kelby.",
    "It cost 4 million pounds.",
    "Volunteers in Kelby will run the library on Sundays.",
  };

  private static double value(SentenceFeatures features, int sentence, String name) {
    return features.values()[sentence][SentenceFeatures.NAMES.indexOf(name)];
  }

  @Test
  void everySentenceGetsOneValueInTheUnitIntervalPerFeature() {
    SentenceFeatures features = SentenceFeatures.of(Articles.analyze(STORY));
    assertThat(features.size()).isEqualTo(6);
    for (double[] row : features.values()) {
      assertThat(row).hasSize(SentenceFeatures.NAMES.size());
      for (double v : row) {
        assertThat(v).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void positionIsCountedOverCleanSentencesSoAFragmentDoesNotPushTheLeadDown() {
    AnalyzedArticle a = Articles.analyze(STORY);
    assertThat(a.sentences().get(0).text()).startsWith("Good news");
    SentenceFeatures features = SentenceFeatures.of(a);
    assertThat(value(features, 0, "defective")).isEqualTo(1);
    assertThat(value(features, 1, "defective")).isZero();
    assertThat(value(features, 1, "first")).isEqualTo(1);
    assertThat(value(features, 1, "position")).isEqualTo(1);
    assertThat(value(features, 2, "second")).isEqualTo(1);
    assertThat(value(features, 2, "position")).isEqualTo(0.5);
    assertThat(value(features, 5, "relative-position")).isEqualTo(1);
  }

  @Test
  void flagsQuotesNumbersAndPronounOpenings() {
    SentenceFeatures features = SentenceFeatures.of(Articles.analyze(STORY));
    assertThat(value(features, 3, "quote")).isEqualTo(1);
    assertThat(value(features, 2, "quote")).isZero();
    assertThat(value(features, 4, "numbers")).isPositive();
    assertThat(value(features, 4, "needs-previous")).isEqualTo(1);
    assertThat(value(features, 1, "proper-nouns")).isPositive();
  }

  @Test
  void theMostCentralSentenceHasFullCentralityAndTheTopRank() {
    SentenceFeatures features = SentenceFeatures.of(Articles.analyze(STORY));
    int top = -1;
    for (int i = 0; i < features.size(); i++) {
      if (value(features, i, "centrality") == 1) {
        top = i;
      }
    }
    assertThat(top).isNotNegative();
    assertThat(value(features, top, "centrality-rank")).isEqualTo(1);
    assertThat(value(features, top, "centrality-top3")).isEqualTo(1);
    long inTopThree = java.util.stream.IntStream.range(0, features.size())
        .filter(i -> value(features, i, "centrality-top3") == 1).count();
    assertThat(inTopThree).isEqualTo(3);
  }

  @Test
  void leadSimilarityIsZeroForTheLeadItselfAndPositiveForASentenceSharingItsWords() {
    SentenceFeatures features = SentenceFeatures.of(Articles.analyze(STORY));
    assertThat(value(features, 1, "lead-similarity")).isZero();
    assertThat(value(features, 2, "lead-similarity")).isPositive();
  }

  @Test
  void interactionsScaleWithTheArticlesLength() {
    String sentence = "The river Aldon flooded the town of Millbrook on Monday.";
    SentenceFeatures shortOne = SentenceFeatures.of(Articles.analyze(sentence, sentence));
    SentenceFeatures longOne =
        SentenceFeatures.of(Articles.analyze(List.of(sentence).stream()
            .flatMap(s -> java.util.stream.Stream.generate(() -> s).limit(30)).toArray(String[]::new)));
    String x = SentenceFeatures.INTERACTION + "position";
    assertThat(value(shortOne, 0, "position")).isEqualTo(value(longOne, 0, "position"));
    assertThat(value(longOne, 0, x)).isGreaterThan(value(shortOne, 0, x));
  }

  @Test
  void anEmptyArticleHasNoRows() {
    assertThat(SentenceFeatures.of(Articles.analyze("")).size()).isZero();
  }
}
