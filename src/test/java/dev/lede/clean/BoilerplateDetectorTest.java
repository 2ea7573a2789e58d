package dev.lede.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Every line here is invented for these tests; no text is taken from any news site or corpus.
class BoilerplateDetectorTest {

  private final BoilerplateDetector detector = new BoilerplateDetector();

  /** A short invented news story: five paragraphs of ordinary reporting. */
  private static final String STORY =
      "Dock workers in Osterby walked out on Tuesday after talks on pay collapsed, their union said.\n"
          + "The strike closed the port's two container terminals and left a dozen ships waiting offshore.\n"
          + "\"We offered a fair deal and they walked away from it,\" the port operator said in a statement.\n"
          + "Union leader Dana Whitlock told reporters the workers had lost a fifth of their pay in three years.\n"
          + "Talks are due to resume on Friday, when a mediator appointed by the labour ministry will join them.\n";

  private List<String> removedLines(String text) {
    return detector.detect(text).stream().map(r -> text.substring(r.start(), r.end()).strip()).toList();
  }

  private String reasonOf(String line) {
    List<Removal> removals = detector.detect(STORY + line + "\n");
    assertThat(removals).as("removals for: %s", line).hasSize(1);
    return removals.get(0).reason();
  }

  @Test
  void pastedPageFurnitureIsRemoved() {
    assertThat(reasonOf("Copy link")).isEqualTo(Removal.NAVIGATION);
    assertThat(reasonOf("Link copied")).isEqualTo(Removal.NAVIGATION);
    assertThat(reasonOf("Contributing: Ana Ruiz, Tom Reed")).isEqualTo(Removal.BYLINE);
    assertThat(reasonOf("\u00a9 2024 Osterby Media. All rights reserved.")).isEqualTo(Removal.CREDIT);
    assertThat(reasonOf("Copyright 2024 Osterby Media")).isEqualTo(Removal.CREDIT);
    // prose that merely starts like one stays
    assertThat(detector.detect(STORY + "Copyright holders in Osterby sued the port in 2024 over its logo.\n")).isEmpty();
  }

  @Test
  void tagListsRatingWidgetsCommentLabelsAndPoliciesAreNavigation() {
    for (String line : List.of("Tags: harbour, ferries, Osterby council", "Filed under: Transport", "Advertisement",
        "ADVERTISING", "Advertisement - story continues below", "Rate this article: 1 2 3 4 5", "4.5 out of 5 stars",
        "4 out of 5 stars (212 ratings)", "Post a comment", "Be the first to comment", "12 comments", "Report this comment",
        "We welcome comments that keep to the subject and are civil to others.",
        "Comments are checked before they appear. Read our comment policy.")) {
      assertThat(reasonOf(line)).as(line).isEqualTo(Removal.NAVIGATION);
    }
  }

  @Test
  void theFinePrintOfASignUpFormIsPromotion() {
    assertThat(reasonOf("By signing up, you agree to receive our offers by text message. Rates may apply."))
        .isEqualTo(Removal.PROMOTION);
    assertThat(reasonOf("By clicking Join Now, you confirm you are 16 or older and accept our Terms of Use."))
        .isEqualTo(Removal.PROMOTION);
    assertThat(detector.detect(STORY + "By signing up early, members of the club agreed to pay the old fee.\n")).isEmpty();
  }

  @Test
  void aReviewersVerdictAndTalkOfAdvertisingStay() {
    assertThat(detector.detect(STORY + "Rating: 3 out of 4 stars\n")).isEmpty();
    assertThat(detector.detect(STORY + "Advertising on the ferries brought the port 2 million crowns last year.\n")).isEmpty();
    assertThat(detector.detect(STORY + "The council said it would publish its tags policy for street art in May.\n")).isEmpty();
  }

  @Test
  void cleanStoryLosesNothing() {
    assertThat(detector.detect(STORY)).isEmpty();
  }

  @Test
  void promotionalFooterIsRemovedLineByLineAndNothingElse() {
    String footer =
        "Get the sharpest market analysis and the latest company updates with our premium plan!\n"
            + "Handpicked long reads, delivered to your inbox every weekend.\n"
            + "Stay ahead of the biggest deals in shipping and trade.\n";
    String text = STORY + footer;
    List<Removal> removals = detector.detect(text);
    assertThat(removedLines(text))
        .containsExactly(
            "Get the sharpest market analysis and the latest company updates with our premium plan!",
            "Handpicked long reads, delivered to your inbox every weekend.",
            "Stay ahead of the biggest deals in shipping and trade.");
    assertThat(removals).extracting(Removal::reason).containsOnly(Removal.PROMOTION);
    assertThat(BoilerplateDetector.remove(text, removals)).isEqualTo(STORY);
  }

  @Test
  void removalCoversTheWholeLineAndItsBreak() {
    String text = "Follow us on Chirper and Facegram for live coverage of every match.\n" + STORY;
    List<Removal> removals = detector.detect(text);
    assertThat(removals).singleElement().satisfies(r -> {
      assertThat(r.start()).isZero();
      assertThat(text.charAt(r.end() - 1)).isEqualTo('\n');
      assertThat(text.substring(r.end())).isEqualTo(STORY);
    });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Follow us on Chirper and Facegram for more stories like this one.",
        "Download our free app to get breaking news alerts on your phone.",
        "Sign up for our morning newsletter and get the top stories in your inbox.",
        "Already a subscriber? Sign in to continue reading.",
        "Subscribe now for unlimited access to all our journalism.",
        "Never miss a story: turn on push notifications in the Daily Lantern app."
      })
  void promotionsAtTheEndAreRemoved(String line) {
    assertThat(reasonOf(line)).isIn(Removal.PROMOTION, Removal.NAVIGATION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Also read: Ten things to know about the harbour budget",
        "READ MORE | Why the central bank held rates again",
        "Click here to watch the full interview with the mayor.",
        "Related: Osterby port strike enters second week",
        "Advertisement",
        "Share this article"
      })
  void navigationIsRemoved(String line) {
    assertThat(reasonOf(line)).isEqualTo(Removal.NAVIGATION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Photo: Reuters", "(Getty Images)", "Photograph: Lena Sorvik/AFP", "AP Photo/Jan Novak"})
  void creditsAreRemoved(String line) {
    assertThat(reasonOf(line)).isEqualTo(Removal.CREDIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Firefighters tackle the blaze near the ring road on Sunday. (Photo: AP)",
        "Pictured: The mayor at the opening of the new bridge",
        "Workers leave the terminal at dusk (Reuters)"
      })
  void captionsAreRemoved(String line) {
    assertThat(reasonOf(line)).isEqualTo(Removal.CAPTION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(Reporting by Jan Novak in Osterby; Editing by Petra Lind)",
        "Additional reporting by Tom Reed",
        "By Maria Lopez and Tom Reed",
        "By Maria Lopez For The Harbour Courier",
        "By Maria Lopez for Coastline Online",
        "Associated Press writers Ana Ruiz in Lima and Tom Reed in Kelby contributed to this report."
      })
  void bylinesAreRemoved(String line) {
    assertThat(reasonOf(line)).isEqualTo(Removal.BYLINE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The company said users can download the update from Monday.",
        "Fans who follow the team on social media reacted with anger, the club said.",
        "The app, which has 20 million users, was removed from the store on Tuesday.",
        "Readers who subscribe to the paper will pay 10% more from next month, its publisher announced.",
        "Follow-up talks will be held in Geneva next week, officials said.",
        "\u201cDownload it, try it and tell us what you think,\u201d the chief executive told the audience.",
        "Sign language interpreters joined the briefing for the first time.",
        "Stay-at-home orders were lifted in March after cases fell.",
        "Photographs of the flooded square were shared widely on social media.",
        "Share prices in Kestrel Mining fell 4% in early trading.",
        "The match kicks off at 3pm on Saturday.",
        "You can still vote until 10pm, the electoral commission reminded voters.",
        "By Monday, most of the snow had melted.",
        "By Friday the two teams had contributed to this report on safety, the league said.",
        "Subscribers to the streaming service rose to 12 million in the quarter, the company reported.",
        "Call centre staff at the bank will get a 5% pay rise, the union said."
      })
  void newsLinesWithPromotionalWordsAreKept(String line) {
    String text = STORY + line + "\n";
    assertThat(detector.detect(text)).as(line).isEmpty();
  }

  @Test
  void promotionalWordsInTheMiddleNeedMoreEvidenceThanAtTheEnd() {
    // a mildly promotional line: enough near the end, not in the middle of the story
    String line = "Catch every match of the season on the Lantern Sport app.";
    String[] paragraphs = STORY.split("\n");
    String middle =
        paragraphs[0] + "\n" + paragraphs[1] + "\n" + line + "\n" + paragraphs[2] + "\n"
            + paragraphs[3] + "\n" + paragraphs[4] + "\n"
            + "Inspectors will visit the terminals next month, the ministry said.\n"
            + "Shipping firms have already diverted some cargo to other ports.\n";
    assertThat(detector.detect(middle)).isEmpty();
    assertThat(removedLines(STORY + line + "\n")).containsExactly(line);
  }

  @Test
  void weakLineNextToARemovedOneGoesWithIt() {
    String weak = "Specially selected stories for the weekend.";
    assertThat(detector.detect(STORY + weak + "\n")).isEmpty();
    String text = STORY + "Download the Lantern app and sign up for our daily alerts!\n" + weak + "\n";
    assertThat(removedLines(text)).hasSize(2).contains(weak);
  }

  @Test
  void longParagraphIsNeverRemoved() {
    String line =
        "Download our app and follow us for the latest updates, "
            + "word ".repeat(LineScore.MAX_WORDS)
            + "and subscribe!";
    assertThat(detector.detect(STORY + line + "\n")).isEmpty();
  }

  @Test
  void windowsLineEndingsAndBlankLinesAreHandled() {
    String text = STORY.replace("\n", "\r\n\r\n") + "Photo: Reuters\r\n";
    List<Removal> removals = detector.detect(text);
    assertThat(removals).singleElement().satisfies(r -> {
      assertThat(text.substring(r.start(), r.end())).isEqualTo("Photo: Reuters\r\n");
      assertThat(r.reason()).isEqualTo(Removal.CREDIT);
    });
  }

  @Test
  void emptyTextHasNothingToRemove() {
    assertThat(detector.detect("")).isEmpty();
    assertThat(BoilerplateDetector.remove("", List.of())).isEmpty();
  }
}
