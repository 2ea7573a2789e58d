package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The shapes of real pages that lost their text, each on a small invented page. */
class RealPageShapesTest {

  private static final String P1 =
      "The Wexbury lifeboat was launched twice on Sunday, first to a yacht with a fouled propeller and"
          + " then to two walkers cut off by the tide below the cliffs.";
  private static final String P2 =
      "Both rescues ended well, the station's coxswain said, and nobody needed hospital care, though one"
          + " walker was cold and shaken after an hour on a ledge.";
  private static final String P3 =
      "The station has launched forty times this year, more than in any year since it opened, and it is"
          + " looking for six more volunteers to join the crew.";
  private static final String P4 =
      "Training takes a year, the coxswain said, and the crew meets on Tuesday evenings at the boathouse"
          + " on Harbour Road, where anyone can come and ask.";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private String text(String body) {
    return extractor.extract("<html><head><title>Rescues</title></head><body>" + body + "</body></html>").text();
  }

  @Test
  void aTextColumnInsideTheArticleKeepsItsMisleadingClass() {
    String text = text("<article><h1>Two rescues in a day</h1><div class=\"sidebar-layout\">"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><div class=\"paywall\"><p>" + P3 + "</p><p>" + P4 + "</p><p>"
        + P1.replace("Sunday", "Monday") + "</p></div></div>"
        + "<div class=\"share\"><a href=\"#\">Share on the web</a></div></article>");
    assertThat(text).contains(P1, P2, P3, P4).doesNotContain("Share");
  }

  @Test
  void aMarkedArticleThatIsAPhotoBoxOrACommentIsPassedOver() {
    String photoBox = "<article class=\"photo\"><p>A picture of the lifeboat at sea on a grey day, with spray over its bow"
        + " and the cliffs behind it.</p></article>";
    String comment = "<div class=\"comments\"><article><p>Great crew, well done all of you, we are proud of you in Wexbury"
        + " and always will be, whatever the weather.</p></article></div>";
    String body = "<div class=\"story-widget\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div>";
    assertThat(text(photoBox + body + comment)).contains(P1, P4).doesNotContain("picture of the lifeboat", "Great crew");
  }

  @Test
  void linesSeparatedByBreaksWithoutParagraphs() {
    String text = text("<div class=\"nav\"><a href=\"/\">Home</a></div><div id=\"main\"><div class=\"post\">"
        + "<strong>" + P1 + "</strong><br><br>" + P2 + "<br><br>" + P3 + "<br><br>" + P4 + "</div></div>"
        + "<div class=\"address\">Wexbury Gazette<br>1 Quay Street<br>Wexbury</div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void aBodyMarkedParagraphByParagraphIsReadWhole() {
    String text = text("<div id=\"story\"><h1>Two rescues in a day</h1><div class=\"body-text\">"
        + "<p itemprop=\"articleBody\">" + P1 + "</p><p itemprop=\"articleBody\">" + P2 + "</p></div>"
        + "<div class=\"inline-box\"><p>More stories from the coast, every day, from our reporters along the shore.</p></div>"
        + "<div class=\"body-text\"><p itemprop=\"articleBody\">" + P3 + "</p><p itemprop=\"articleBody\">" + P4
        + "</p></div></div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void anArticleInSectionsOfTheSameKindIsReadWhole() {
    String section = "<div class=\"block\"><div class=\"text\"><div class=\"rich\"><h2>%s</h2><p>%s</p><p>%s</p></div></div></div>";
    String teaser = "<div class=\"block\"><div class=\"text\"><div class=\"rich\"><p><a href=\"/%d\">Harbour news: the ferry"
        + " timetable changes</a>, and so do the fares, the car deck, the cafe, the winter sailings, the summer"
        + " sailings and the new pier.</p></div></div></div>";
    String text = text("<div class=\"page\">"
        + String.format(section, "Sunday", P1, P2)
        + "<div class=\"quote\"><blockquote>We are proud of them.</blockquote></div>"
        + String.format(section, "A busy year", P3, P4)
        + "<div class=\"author\"><div class=\"text\"><p>Mara Pennick writes about the coast and its people for the"
        + " Gazette.</p><p>She lives in Wexbury, where she sails a small boat on summer evenings.</p></div></div>"
        + String.format(teaser, 1) + String.format(teaser, 2) + "</div>");
    assertThat(text.split("\n\n")).containsExactly("Sunday", P1, P2, "A busy year", P3, P4);
  }

  @Test
  void classWordsEndingInDigitsStillCount() {
    String text = text("<div class=\"top\"><div class=\"box_content_small\"><p>Wexbury Gazette, the county's paper since 1881</p></div></div>"
        + "<div class=\"story_content01\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div>"
        + "<div class=\"sidebar2\"><p>Tide times, high and low water, at Wexbury, Quay Point, Saltings and the bar, for the week.</p></div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3, P4);
  }

  @Test
  void theRegionASitePrintsIsItsText() {
    String menu = "<p><a href=\"/county\">Regional news from the towns and villages of the county, every hour</a></p>";
    String text = text("<table><tr><td class=\"left\">" + menu.repeat(12) + "</td>"
        + "<td id=\"mainContentPrint\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p class=\"print\"><a href=\"?print=1\">Print this story</a></p></td></tr></table>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3);
  }

  @Test
  void aPageBuiltOfWidgetsKeepsTheWidgetsOfItsText() {
    String text = text("<div class=\"WidgetArea\"><div class=\"WidgetWrapper\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
        + "<div class=\"WidgetWrapper\"><h2>A busy year</h2><p>" + P3 + "</p><p>" + P4 + "</p></div>"
        + "<div class=\"ShareBar\"><p>Share this story with your friends, by mail, by message, or on the web.</p></div></div>"
        + "<div class=\"widget\"><p>Tide times, high and low water, at Wexbury, Quay Point, Saltings and the bar.</p></div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, "A busy year", P3, P4);
  }

  @Test
  void theTitleIsThePartOfTitleThatThePageShows() {
    String body = "<table><tr><td class=\"hl\">Lifeboat crew rescues two walkers</td></tr><tr><td><p>" + P1 + "</p><p>"
        + P2 + "</p><p>" + P3 + "</p></td></tr></table>";
    String sectionFirst = "<html><head><title>Wexbury Gazette Online - Coast - Lifeboat crew rescues two walkers</title></head>"
        + "<body>" + body + "</body></html>";
    String labelled = "<html><head><meta property=\"og:title\" content=\"Lifeboat crew rescues two walkers | Coast news |"
        + " Gazette\"></head><body>" + body + "</body></html>";
    assertThat(extractor.extract(sectionFirst).title()).isEqualTo("Lifeboat crew rescues two walkers");
    assertThat(extractor.extract(labelled).title()).isEqualTo("Lifeboat crew rescues two walkers");
    assertThat(extractor.extract(labelled).text()).doesNotContain("Lifeboat crew");
  }

  @Test
  void readersCommentsAfterACommentsAnchorAreNotText() {
    String comment = "<p class=\"story\">Well done to the crew, they were out in all weathers again this year and deserve"
        + " every penny we give them.<br><b>Posted by Ann on Sunday</b></p>";
    String text = text("<div id=\"content\"><p class=\"story\">" + P1 + "</p><p class=\"story\">" + P2 + "</p>"
        + "<p class=\"story\">" + P3 + "</p><a name=\"comments\"></a><div>Comments</div>" + comment.repeat(4) + "</div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3);
  }

  @Test
  void labelsTagListsAndWidgetsInsideTheTextAreDropped() {
    String text = text("<div class=\"story\"><p>" + P1 + "</p><p>Advertisement</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>Tags: lifeboat, Wexbury, coast</p><p>Rate this article: 1 2 3 4 5</p><p>Post a comment</p>"
        + "<p>\u00a9 2008 Wexbury Gazette. All rights reserved.</p>"
        + "<p>By signing up, you agree to receive the Gazette's offers by text message.</p></div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3);
  }

  @Test
  void theButtonsOfAPhotoOrVideoPlayerAreDropped() {
    String text = text("<div class=\"story\"><p>" + P1 + "</p><div class=\"player\"><p>Play Video</p></div>"
        + "<p>" + P2 + "</p><div class=\"photo\"><p>Enlarge this image</p><p>Show Caption</p></div>"
        + "<p>" + P3 + "</p><p>Click photo to enlarge</p></div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3);
  }

  @Test
  void theHeadlineIsLeftOutWhenTheTitleAddsTheSiteToIt() {
    for (String title : new String[] {"Two rescues in a day (from the Wexbury Gazette)", "Gazette.com - Coast- Two rescues in a day"}) {
      String page = "<html><head><title>" + title + "</title></head><body><div class=\"story\">"
          + "<h2>Two rescues in a day</h2><p>" + P1 + "</p><h3>A day</h3><p>" + P2 + "</p></div></body></html>";
      assertThat(extractor.extract(page).text().split("\n\n")).containsExactly(P1, "A day", P2);
    }
  }

  @Test
  void linksToTheNextAndPreviousStoryAreDropped() {
    String text = text("<div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>Previous story: <a href=\"/a\">Tide times for the week</a> and a look at the weather</p>"
        + "<p>Next story: <a href=\"/b\">Harbour fees</a> to rise, the board says</p><p>Next article</p></div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3);
  }

  @Test
  void aPostsCategoryLineIsATagList() {
    String text = text("<div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<p>Posted in: <a href=\"/coast\">Coast</a> | <a href=\"/rescues\">Rescues</a> | 4 comments</p></div>");
    assertThat(text.split("\n\n")).containsExactly(P1, P2, P3);
  }

  @Test
  void aParagraphWithSeveralInlineLinksIsTextNotALinkList() {
    String linked = "The <a href=\"/rnli\">Royal National Lifeboat Institution</a> runs the <a href=\"/wexbury\">Wexbury"
        + " station</a>, and the <a href=\"/coastguard\">coastguard at Quay Point</a> sent the"
        + " <a href=\"/helicopter\">rescue helicopter</a> as well.";
    String text = text("<div class=\"story\"><p>" + P1 + "</p><p>" + linked + "</p><p>" + P2 + "</p>"
        + "<ul><li><a href=\"/a\">More coast news</a></li><li><a href=\"/b\">Tide times</a></li></ul></div>");
    assertThat(text.split("\n\n")).containsExactly(P1, Jsoup.parse(linked).text(), P2);
  }
}
