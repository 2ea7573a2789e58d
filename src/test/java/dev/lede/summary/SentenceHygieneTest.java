package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.pipeline.AnalyzedArticle;
import dev.lede.summary.SentenceHygiene.Defect;
import org.junit.jupiter.api.Test;

class SentenceHygieneTest {

  private static Defect defectOf(String line) {
    AnalyzedArticle a = Articles.analyze(line);
    assertThat(a.sentences()).hasSize(1);
    return SentenceHygiene.defect(a.sentences().get(0));
  }

  /**
   * The defect of {@code sentence} placed after a news sentence on the same line: a line that
   * is all promotion or caption never reaches the summarizer (the boilerplate detector removes
   * it), so hygiene matters for such sentences inside a paragraph.
   */
  private static Defect defectInParagraph(String sentence) {
    AnalyzedArticle a =
        Articles.analyze(
            "Storms closed the harbour at Millbrook for a third day on Monday, officials said.",
            "The council met on Tuesday to discuss the harbour, the mayor said. Engineers told"
                + " members that the sea wall needed urgent repairs before the winter storms. "
                + sentence,
            "Repairs to the sea wall will begin next month, the council said.");
    assertThat(a.sentences()).hasSize(5);
    return SentenceHygiene.defect(a.sentences().get(3));
  }

  @Test
  void acceptsAPlainNewsSentence() {
    assertThat(defectOf("The city council approved the new budget for schools on Tuesday."))
        .isEqualTo(Defect.NONE);
  }

  @Test
  void rejectsOneWordAndRunOnSentences() {
    assertThat(defectOf("Exclusive.")).isEqualTo(Defect.TOO_SHORT);
    String runOn = "The committee met again and " + "the members talked about the plan and ".repeat(15) + "left.";
    assertThat(defectOf(runOn)).isEqualTo(Defect.TOO_LONG);
  }

  @Test
  void rejectsADatelineWithoutAVerb() {
    assertThat(defectOf("By Staff Reporter, London (Agency) ---")).isIn(Defect.DATELINE, Defect.CAPTION);
    assertThat(defectOf("Updated: 12:38 GMT, 2 May 2013.")).isEqualTo(Defect.DATELINE);
  }

  @Test
  void rejectsPhotoCaptions() {
    assertThat(defectInParagraph("Pictured: the mayor greets volunteers at the harbour on Sunday."))
        .isEqualTo(Defect.CAPTION);
    assertThat(defectInParagraph("The mayor greets volunteers at the harbour on Sunday (pictured)."))
        .isEqualTo(Defect.CAPTION);
    // an inline caption has no full stop of its own
    assertThat(defectOf("The mayor greets volunteers at the harbour on Sunday"))
        .isEqualTo(Defect.CAPTION);
  }

  @Test
  void rejectsPromotionalLines() {
    assertThat(defectInParagraph("Download the app to get breaking news on your phone."))
        .isEqualTo(Defect.PROMOTION);
    assertThat(defectInParagraph("Follow us on Twitter for the latest updates from the match."))
        .isEqualTo(Defect.PROMOTION);
  }

  @Test
  void flagsSentencesThatLeanOnTheirPredecessor() {
    assertThat(defectOf("He said the plan would cost far more than expected.")).isEqualTo(Defect.NEEDS_PREVIOUS);
    assertThat(defectOf("They will vote on the proposal next week.")).isEqualTo(Defect.NEEDS_PREVIOUS);
    assertThat(defectOf("We will not give up on this town,\" the mayor said.")).isEqualTo(Defect.NEEDS_PREVIOUS);
    assertThat(defectOf("and the crowd cheered as the team arrived.")).isEqualTo(Defect.NEEDS_PREVIOUS);
  }

  @Test
  void acceptsAQuotationThatOpensInTheSentence() {
    assertThat(defectOf("\"We will not give up on this town,\" the mayor said.")).isEqualTo(Defect.NONE);
    assertThat(defectOf("\u201cWe will rebuild,\u201d the mayor said after the storm.")).isEqualTo(Defect.NONE);
  }

  @Test
  void aPossessiveApostropheIsNoClosingQuote() {
    assertThat(SentenceHygiene.continuesQuotation("The players\u2019 union met the club\u2019s owners.")).isFalse();
    assertThat(SentenceHygiene.continuesQuotation("It is over.\u2019 said the coach.")).isTrue();
  }
}
