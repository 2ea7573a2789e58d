package dev.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lede.eval.HtmlEvaluation.DateOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlEvaluationTest {

  @Test
  void shinglesCountSharedRunsOfFourWordsWithRepeats() {
    // truth: 6 tokens, 3 shingles; prediction adds two words at the end: 2 more shingles
    Shingles.Counts counts = Shingles.compare("The ferry left at dawn today, said Ana.", "The ferry left at dawn today");
    assertThat(counts).isEqualTo(new Shingles.Counts(3, 2, 0));
    assertThat(counts.precision()).isCloseTo(0.6, within(1e-9));
    assertThat(counts.recall()).isEqualTo(1.0);
    // punctuation and white space do not count; case does
    assertThat(Shingles.compare("the ferry, left at", "The ferry left at")).isEqualTo(new Shingles.Counts(0, 1, 1));
    // a short text is one shingle of all its tokens
    assertThat(Shingles.compare("Vell island", "Vell  island!")).isEqualTo(new Shingles.Counts(1, 0, 0));
  }

  @Test
  void precisionIsAveragedOverPagesWithTextAndRecallOverAll() {
    HtmlEvaluation.Reading good = new HtmlEvaluation.Reading("a-1", "one two three four five", "t", null, null, 0);
    HtmlEvaluation.Reading empty = new HtmlEvaluation.Reading("a-2", "", null, null, dev.lede.input.InputError.EMPTY, 0);
    List<HtmlEvaluation.TextPage> pages =
        List.of(HtmlEvaluation.scoreText(good, "one two three four five"), HtmlEvaluation.scoreText(empty, "six seven eight nine"));
    HtmlEvaluation.TextScore score = HtmlEvaluation.textScore(pages);
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    assertThat(score.empty()).isEqualTo(1);
    assertThat(score.failed()).isZero();
    assertThat(pages.get(0).source()).isEqualTo("a");
  }

  @Test
  void datesAreJudgedOnTheDayAsHtmldateDoes() {
    assertThat(HtmlEvaluation.judgeDate(null, "2024-03-12")).isEqualTo(DateOutcome.FALSE_NEGATIVE);
    assertThat(HtmlEvaluation.judgeDate("2024-03-12T23:30:00-04:00", "2024-03-12")).isEqualTo(DateOutcome.TRUE_POSITIVE);
    assertThat(HtmlEvaluation.judgeDate("2024-03-13", "2024-03-12")).isEqualTo(DateOutcome.FALSE_POSITIVE);
    assertThat(HtmlEvaluation.judgeDate("2024-03-13", null)).isEqualTo(DateOutcome.FALSE_POSITIVE);
  }

  @Test
  void rfc3339AcceptsADayOrAFullTimeWithOffset() {
    assertThat(List.of("2024-03-12", "2024-03-12T09:02:00-04:00", "2024-03-12T09:02:00.5Z"))
        .allMatch(d -> HtmlEvaluation.RFC_3339.matcher(d).matches());
    assertThat(List.of("Thu, 20 Feb 2020 13:52:51 +0000", "20200316T13:00:00Z", "2020-03-18T12:22:42-0400", "2020-03-18T12:22"))
        .noneMatch(d -> HtmlEvaluation.RFC_3339.matcher(d).matches());
  }
}
