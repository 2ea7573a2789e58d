package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import dev.lede.summary.SentenceHygiene.Defect;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void rejectsACaptionGluedToTheSentenceAfterIt() {
    assertThat(defectOf("Firefighters battle the blaze at the Pier Road warehouse on Tuesday morning"
        + " The fire started shortly after six in a storage unit, officials said."))
        .isEqualTo(Defect.CAPTION);
    assertThat(defectOf("Volunteers clear the beach at Kelby on Sunday He said the work would take weeks."))
        .isEqualTo(Defect.CAPTION);
    assertThat(defectOf("Kites of every colour fill the sky above the festival Although the wind dropped,"
        + " the organisers said the day was a success."))
        .isEqualTo(Defect.CAPTION);
    // the same word after a comma, or opening a title, opens no caption
    assertThat(defectOf("The band played its songs Like Velvet Rain and Harbour Lights to a full hall."))
        .isEqualTo(Defect.NONE);
    assertThat(defectOf("The wind dropped on Sunday, Although the organisers had hoped for more, they were pleased."))
        .isEqualTo(Defect.NONE);
    // a title inside a sentence, or a letter after a noun, is no glued caption
    assertThat(defectOf("The mayor told The Harbour Courier that the ferry would return in May."))
        .isEqualTo(Defect.NONE);
    assertThat(defectOf("Plan A was approved by the harbour council on Monday evening."))
        .isEqualTo(Defect.NONE);
  }

  @Test
  void rejectsACaptionThatSaysWhereSomeoneStands() {
    assertThat(defectOf("Harbour master Tom Reed (centre) has said the ferry will sail again in May."))
        .isEqualTo(Defect.CAPTION);
    assertThat(defectOf("The new ferry (second left) arrived at Kelby from the shipyard on Monday."))
        .isEqualTo(Defect.CAPTION);
    assertThat(defectOf("Ana Ruiz, 41, pictured left with her daughter, opened the cafe in 2019."))
        .isEqualTo(Defect.CAPTION);
    assertThat(defectOf("The storm damaged the sea wall (stock image) at Kelby on Sunday night."))
        .isEqualTo(Defect.CAPTION);
    // a bracket that says something else is no caption
    assertThat(defectOf("The council (which meets on Mondays) approved the repairs to the sea wall."))
        .isEqualTo(Defect.NONE);
  }

  @Test
  void rejectsACaptionEndingInAQuotedPhraseGluedToTheNextSentence() {
    assertThat(defectOf("Ana Ruiz said the new cafe was 'a dream come true' The cafe opened on Monday."))
        .isEqualTo(Defect.CAPTION);
    assertThat(defectOf("Ana Ruiz called the cafe 'a dream come true', and it opened on Monday."))
        .isEqualTo(Defect.NONE);
  }

  @Test
  void rejectsBylinesAndWebTimeStamps() {
    assertThat(SentenceHygiene.defect(verbsOnly("By Jane Holloway For The Harbour Courier")))
        .isIn(Defect.DATELINE, Defect.CAPTION);
    assertThat(SentenceHygiene.defect(verbsOnly("By Jane Holloway and Tom Reed for Coastline Online Updated it.")))
        .isEqualTo(Defect.DATELINE);
    assertThat(defectOf("ET March 12, 2024 | Updated 9:02 a.m.")).isEqualTo(Defect.DATELINE);
    assertThat(SentenceHygiene.defect(verbsOnly("Updated 9:02 AM EDT, Tue March 12, 2024.")))
        .isEqualTo(Defect.DATELINE);
    assertThat(defectOf("By Monday most of the snow in the valley had melted away.")).isEqualTo(Defect.NONE);
  }

  @Test
  void rejectsNotesToReaders() {
    assertThat(defectInParagraph("This is a developing story and will be updated as more becomes known."))
        .isEqualTo(Defect.NOTICE);
    assertThat(defectInParagraph("Follow live updates from the harbour on our live blog today."))
        .isEqualTo(Defect.NOTICE);
    assertThat(defectInParagraph("Reporters Ana Ruiz and Tom Reed in Kelby contributed to this report."))
        .isEqualTo(Defect.NOTICE);
    assertThat(SentenceHygiene.defect(verbsOnly("Editor's note: the mayor spoke to reporters on Monday.")))
        .isEqualTo(Defect.NOTICE);
    assertThat(defectInParagraph("Scroll down for video of the storm hitting the harbour wall."))
        .isEqualTo(Defect.PROMOTION);
  }

  @Test
  void rejectsPromotionalLines() {
    assertThat(defectInParagraph("Download the app to get breaking news on your phone."))
        .isEqualTo(Defect.PROMOTION);
    assertThat(defectInParagraph("Follow us on Twitter for the latest updates from the match."))
        .isEqualTo(Defect.PROMOTION);
    assertThat(defectInParagraph("Visit site Shoppers can buy the same striped skirt online today."))
        .isEqualTo(Defect.PROMOTION);
  }

  /**
   * A sentence tokenized at spaces with every token tagged a verb: the patterns alone decide,
   * and the boilerplate detector, which would remove some of these lines, is not involved.
   */
  private static Sentence verbsOnly(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher word = Pattern.compile("\\S+").matcher(text);
    while (word.find()) {
      tokens.add(new Token(word.start(), word.end(), word.group(), "VERB"));
    }
    return new Sentence(0, 0, text.length(), text, tokens);
  }

  /**
   * Every alternative of the promotion, caption and dateline patterns, in upper and mixed case:
   * the literals that screen sentences before the patterns run must let each of them through.
   */
  @Test
  void findsEachFormOfPromotionAndCaptionWhateverItsCase() {
    for (String promotion :
        List.of("Download our app", "FOLLOW US on the radio", "Follow @harbournews on the radio",
            "Click Here for the full list", "Sign up to the daily letter", "SUBSCRIBE for the list",
            "Read More about the harbour", "Scroll down for the list", "Share This with friends",
            "Like Us On the radio", "E-mail to a friend the list", "Email to a friend the list",
            "Watch The Video of the storm", "Visit Site for the list", "All Rights Reserved by the group",
            "COPYRIGHT 2024 by the group")) {
      assertThat(SentenceHygiene.defect(verbsOnly("The council says: " + promotion + " now.")))
          .as(promotion)
          .isEqualTo(Defect.PROMOTION);
    }
    for (String caption :
        List.of("PICTURED: the mayor greets volunteers at the harbour on Sunday.",
            "Photograph : the mayor greets volunteers at the harbour on Sunday.",
            "File Photo: the mayor greets volunteers at the harbour on Sunday.",
            "The mayor greets volunteers at the harbour on Sunday (Photo by the council).",
            "The mayor greets volunteers at the harbour on Sunday, GETTY IMAGES says.",
            "The mayor greets volunteers at the harbour, REUTERS/Jane Doe says.",
            "The mayor greets volunteers at the harbour, AP Photo says.",
            "The mayor (Far Left) greets volunteers at the harbour on Sunday.",
            "The mayor, PICTURED RIGHT, greets volunteers at the harbour on Sunday.",
            "The harbour wall (Stock Image) was damaged on Sunday.")) {
      assertThat(SentenceHygiene.defect(verbsOnly(caption))).as(caption).isEqualTo(Defect.CAPTION);
    }
    assertThat(SentenceHygiene.defect(verbsOnly("The council met again at 9:30 BST and voted on it.")))
        .isEqualTo(Defect.DATELINE);
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
