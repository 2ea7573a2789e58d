package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Extraction from fictional pages written for these tests. */
class HtmlExtractorTest {

  private static final String[] BODY = {
    "The tidal mill at Wexbury Creek opened to visitors on Monday, ten years after volunteers began"
        + " rebuilding its oak wheel and sluice gates.",
    "The Wexbury Mill Trust said more than two hundred people had given their weekends to the work,"
        + " which cost about \u00a31.4 million and was paid for mostly by local donations.",
    "Flour again by summer",
    "\u201cWe wanted the mill to work, not just to stand there,\u201d said Tomas Reyne, who chairs the trust.",
    "The trust expects to grind its first flour in July, when the tides are highest, and to sell it in"
        + " the village shop.",
  };

  private final HtmlExtractor extractor = new HtmlExtractor();

  static String newsPage() throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("news-page.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void keepsExactlyTheArticleParagraphsInOrder() throws IOException {
    ExtractedArticle article = extractor.extract(newsPage());

    assertThat(article.text()).isEqualTo(String.join("\n\n", BODY));
    assertThat(article.title()).isEqualTo("Tidal mill reopens after ten-year restoration");
    assertThat(article.published()).isEqualTo("2024-05-14T09:30:00+01:00");
  }

  @Test
  void twoBlocksScoringTheSameGiveTheSameTextRunAfterRun() {
    String paragraph = "<p>%s walked the tow path from the lock to the old mill, counting herons, and wrote down"
        + " every one of them, as she has done each spring since the canal reopened.</p>";
    // two columns alike in all that scores them, neither a sibling of the other's block
    String page = "<html><body><div id=\"one\"><div class=\"east\">" + paragraph.formatted("Ana") + "</div></div>"
        + "<div id=\"two\"><div class=\"west\">" + paragraph.formatted("Eve") + "</div></div></body></html>";

    // each extraction parses the page anew: a tie decided by identity hash codes came out either way
    for (int i = 0; i < 20; i++) {
      assertThat(extractor.extract(page).text()).startsWith("Ana walked").doesNotContain("Eve");
    }
  }

  @Test
  void leavesOutThePageFurniture() throws IOException {
    String text = extractor.extract(newsPage()).text();
    assertThat(text)
        .doesNotContain("cookies", "Courier", "Sport", "Home", "Ada Pennick", "14 May", "Share", "Photo",
            "Advertisement", "Read more", "footbridge", "newsletter", "Subscribe", "Heritage", "Wonderful",
            "car park", "Related", "Harbour wall", "Council sets", "rights reserved", "Privacy",
            "trackPageView", "dataLayer", "font-family", "ad server", "Tidal mill reopens");
  }

  @Test
  void publishedFallsBackToJsonLdThenToTheArticleTime() throws IOException {
    String withoutMeta = newsPage().replaceFirst("<meta property=\"article:published_time\"[^>]*>", "");
    assertThat(extractor.extract(withoutMeta).published()).isEqualTo("2024-05-14T08:30:00Z");

    String withoutJsonLd = withoutMeta.replace("datePublished", "dateCreated");
    assertThat(extractor.extract(withoutJsonLd).published()).isEqualTo("2024-05-14T10:00:00+01:00");

    String withoutTime = withoutJsonLd.replaceFirst("<time [^>]*>[^<]*</time>", "");
    assertThat(extractor.extract(withoutTime).published()).isNull();
  }

  @Test
  void titleFallsBackToOgTitleWithoutTheSiteNameThenToTitleElement() throws IOException {
    String withoutH1 = newsPage().replaceFirst("<h1>[^<]*</h1>", "");
    assertThat(extractor.extract(withoutH1).title()).isEqualTo("Tidal mill reopens after ten-year restoration");

    String onlyTitleElement =
        "<html><head><title>Ferry timetable changes from June - Northport News</title></head><body>"
            + "<p>The ferry will leave Northport every forty minutes from June, the operator said on Friday.</p>"
            + "<p>Evening sailings will stop at ten, an hour earlier than now, to cut the cost of crews.</p>"
            + "</body></html>";
    assertThat(extractor.extract(onlyTitleElement).title()).isEqualTo("Ferry timetable changes from June");
  }

  @Test
  void withoutAnArticleElementTheDensestTextBlockWins() {
    String page =
        "<html><head><title>Quarry plan</title></head><body>"
            + "<div class=\"top\"><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | <a href=\"/about\">About us</a></div>"
            + "<div class=\"wrap\">"
            + "<div class=\"teasers\"><div><p>Cheaper buses: what it means for you in the spring.</p></div>"
            + "<div><p>Five walks to try along the coast this weekend.</p></div></div>"
            + "<div class=\"story\">"
            + "<p>Plans for a new quarry near Hollin Edge were rejected by the county council on Wednesday, after"
            + " more than four hundred objections from residents, walkers and two parish councils.</p>"
            + "<p>The company behind the plan, Greyrock Aggregates, said it would study the decision before"
            + " deciding whether to appeal.</p>"
            + "<p>Councillors said the lorries, the dust and the noise would have changed the valley for good.</p>"
            + "</div></div>"
            + "<div class=\"bottom\"><p>Contact the newsroom: call us or write, we read everything.</p></div>"
            + "</body></html>";

    ExtractedArticle article = extractor.extract(page);

    assertThat(article.text().split("\n\n"))
        .containsExactly(
            "Plans for a new quarry near Hollin Edge were rejected by the county council on Wednesday, after"
                + " more than four hundred objections from residents, walkers and two parish councils.",
            "The company behind the plan, Greyrock Aggregates, said it would study the decision before"
                + " deciding whether to appeal.",
            "Councillors said the lorries, the dust and the noise would have changed the valley for good.");
    assertThat(article.title()).isEqualTo("Quarry plan");
    assertThat(article.published()).isNull();
  }

  @Test
  void aStorySplitByAnAdvertIsJoinedAgain() {
    String page =
        "<html><head><meta name=\"twitter:title\" content=\"Lifeboat crew rescues two kayakers\"></head><body>"
            + "<div class=\"main-col\"><div class=\"story-part\">"
            + "<p>Two kayakers were rescued off Wexbury Point on Saturday, after their boats overturned in a squall.</p>"
            + "<p>The lifeboat reached them within twenty minutes, the coastguard said, and both were unhurt.</p></div>"
            + "<div class=\"ad-wrapper\"><p>Buy a boat today, cheap, fast, delivered to your door.</p></div>"
            + "<div class=\"story-part\">"
            + "<p>The crew, all volunteers, had launched twice already that week, a busy start to the summer.</p>"
            + "<p>The coastguard asked kayakers to check the forecast, and to carry a radio, before setting out.</p>"
            + "</div></div><div class=\"rail\"><p>Weather: sunny, 21 degrees, a light wind from the west.</p></div>"
            + "</body></html>";

    ExtractedArticle article = extractor.extract(page);

    assertThat(article.text().split("\n\n"))
        .hasSize(4)
        .allSatisfy(paragraph -> assertThat(paragraph).doesNotContain("Buy a boat", "Weather"));
    assertThat(article.text()).startsWith("Two kayakers").endsWith("before setting out.");
    assertThat(article.title()).isEqualTo("Lifeboat crew rescues two kayakers");
  }

  @Test
  void aFormWrappingTheWholePageIsNotFurniture() {
    String page =
        "<html><body><form id=\"pageForm\" action=\"/post\">"
            + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/events\">Events</a></div>"
            + "<div id=\"text\">"
            + "<p>The Wexbury regatta will return in August after two years away, its organisers said.</p>"
            + "<p>Rowing clubs from six towns have entered, and the harbour will close to other boats for the day.</p>"
            + "<p>Tickets for the grandstand go on sale at the harbour office next week.</p>"
            + "</div></form></body></html>";

    assertThat(extractor.extract(page).text().split("\n\n"))
        .hasSize(3)
        .allSatisfy(paragraph -> assertThat(paragraph).doesNotContain("Home", "Events"));
  }

  @Test
  void articleBodyMarkupIsPreferredAndItsTimeIsRead() {
    String page =
        "<html><body><div itemscope itemtype=\"https://schema.org/NewsArticle\">"
            + "<h1 itemprop=\"headline\">Library opens on Sundays</h1>"
            + "<time itemprop=\"dateModified\" datetime=\"2023-11-03\">3 Nov</time>"
            + "<time itemprop=\"datePublished\" datetime=\"2023-11-02\">2 Nov</time>"
            + "<div itemprop=\"articleBody\">"
            + "<p>Wexbury library will open on Sunday afternoons from next month, the council said.</p>"
            + "<p>Opening for four hours will cost about nine thousand pounds a year, paid from the arts budget.</p>"
            + "</div></div>"
            + "<div class=\"more\"><p>Other news from the county, updated every hour of the day and night,"
            + " with the weather, the roads and the trains, and everything else you need to know.</p></div>"
            + "</body></html>";

    ExtractedArticle article = extractor.extract(page);

    assertThat(article.text())
        .isEqualTo(
            "Wexbury library will open on Sunday afternoons from next month, the council said.\n\n"
                + "Opening for four hours will cost about nine thousand pounds a year, paid from the arts budget.");
    assertThat(article.title()).isEqualTo("Library opens on Sundays");
  }

  @Test
  void theArticleTimeIsTheOneMarkedAsPublished() {
    String page =
        "<html><body><article><h1>Pier lights return</h1>"
            + "<p>Updated <time datetime=\"2022-02-02T12:00\">2 Feb</time>, first published"
            + " <time itemprop=\"datePublished\" datetime=\"2022-02-01T08:00\">1 Feb</time></p>"
            + "<p>The coloured lights along Wexbury pier were switched on again on Tuesday evening, after a"
            + " winter of repairs to their cables.</p></article></body></html>";
    // a time without a zone is no RFC 3339 time stamp: the day alone is certain
    assertThat(extractor.extract(page).published()).isEqualTo("2022-02-01");
  }

  @Test
  void truncatedOrMalformedHtmlDoesNotFail() throws IOException {
    String page = newsPage();
    String truncated = page.substring(0, page.indexOf("who chairs the trust") + 10);

    ExtractedArticle article = extractor.extract(truncated);

    assertThat(article.text()).startsWith(BODY[0] + "\n\n" + BODY[1]);
    assertThat(article.title()).isEqualTo("Tidal mill reopens after ten-year restoration");
    assertThat(extractor.extract("<div><p>Unclosed <b>bold <i>and <p>more</div></span>< <<>> &bogus; <").text())
        .contains("Unclosed bold and");
    assertThat(extractor.extract("").text()).isEmpty();
  }

  @Test
  void aTitleWhoseEndTagWasDamagedEndsAtTheFirstMarkup() {
    String article =
        "<div class=\"story\">"
            + "<p>The swing bridge at Wexbury will close for three weeks in March while its gears are replaced,"
            + " the harbour board said.</p>"
            + "<p>Foot passengers will cross on a ferry, which will run every ten minutes from seven until ten.</p>"
            + "</div>";
    // bytes lost in a capture: "</title><script type=\"text/j" became "</tit"
    String damaged =
        "<html><head><title>Swing bridge to close in March</titavaScript\" src=\"/menu.js\"></script>"
            + "<link rel=\"stylesheet\" href=\"/site.css\"></head><body>"
            + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
            + article
            + "</body></html>";
    // and here "</title>\n<script>" with the start of the script
    String cut =
        "<html><head><title>\n  Swing bridge to close in March ment.write(\"x\");\n}\n</script></head><body>"
            + article
            + "</body></html>";

    for (String page : new String[] {damaged, cut}) {
      ExtractedArticle extracted = extractor.extract(page);
      assertThat(extracted.text()).startsWith("The swing bridge at Wexbury").endsWith("from seven until ten.");
      assertThat(extracted.title()).startsWith("Swing bridge to close in March").doesNotContain("<", "\n");
    }
  }

  @Test
  void aTitleThatShowsMarkupAsTextStaysWhole() {
    String page =
        "<html><head><title>Why &lt;blink&gt; was dropped from the web</title></head><body>"
            + "<p>The blinking text of the early web is gone from every browser, and few miss it, a survey found.</p>"
            + "</body></html>";
    assertThat(extractor.extract(page).title()).isEqualTo("Why <blink> was dropped from the web");
  }

  @Test
  void aTableCellWhoseTextBlankLinesPartIsScoredByItsParagraphs() {
    String[] story = {
      "The old grain store on Wexbury quay will become a market hall by next summer, the town council"
          + " decided on Tuesday evening.",
      "Builders will start in April on the roof, which lets in rain at both ends and has lost most of its"
          + " slates over the last ten winters.",
      "Stallholders will pay a small rent for a pitch on market days, which the council hopes will cover"
          + " the cost of heating and cleaning the hall.",
      "The first market is planned for the weekend of the regatta in August, when the quay is at its busiest.",
    };
    String page =
        "<html><head><title>Grain store to be market hall</title></head><body><table><tr>"
            + "<td class=\"nav\"><a href=\"/\">Home</a><br><a href=\"/town\">Town</a></td>"
            + "<td>" + String.join("<br>\n<br>", story) + "</td>"
            + "<td><div class=\"talk\"><b>Your say</b>"
            + "<p>About time too, the building has been empty for years.</p>"
            + "<p>Will there be parking for the market, or not?</p>"
            + "<p>I hope the rent stays low, for small traders, or nobody comes.</p>"
            + "</div></td></tr></table></body></html>";

    assertThat(extractor.extract(page).text()).isEqualTo(String.join("\n\n", story));
  }

  @Test
  void aLayoutCellIsNotOneParagraphOfItsRow() {
    String[] story = {
      "Wexbury's lifeboat station will get a new boat in May, the first since 1998, the charity said.",
      "The boat, faster and larger than the old one, was paid for by a legacy left by a retired fisherman.",
      "The crew will train on it, at sea and in the harbour, for six weeks before it goes on service.",
    };
    String teasers =
        "<table>"
            + "<tr><td>March 2: <a href=\"/a\">Pier</a> repairs, delayed again, will now cost more, say councillors</td></tr>"
            + "<tr><td>March 1: <a href=\"/b\">Bus</a> fares rise, for adults, children and pensioners, in April</td></tr>"
            + "<tr><td>Feb 28: <a href=\"/c\">School</a> gets a new head, a new hall and, at last, a new roof</td></tr>"
            + "</table>";
    String page =
        "<html><body><table><tr>"
            + "<td><table><tr><td><b>New lifeboat for Wexbury</b></td></tr>"
            + "<tr><td>" + String.join("<br><br>", story) + "</td></tr></table></td>"
            + "<td>" + teasers + "</td>"
            + "</tr></table></body></html>";

    assertThat(extractor.extract(page).text()).isEqualTo(String.join("\n\n", story));
  }

  @Test
  void aBlockHiddenByItsClassIsLeftOutUnlessSomeScreenShowsIt() {
    String[] story = {
      "Wexbury's market will move to the quay for the summer while the square is paved again, the council said.",
      "Traders were told on Thursday, and most welcomed the move, which brings them nearer the ferry crowds.",
      "The square should reopen in October, a month before the Christmas lights go up.",
    };
    String paragraphs = "<p>" + String.join("</p><p>", story) + "</p>";
    String page =
        "<html><body><div class=\"main\">"
            + "<div class=\"story variant-b hidden\">" + paragraphs + "</div>"
            + "<div class=\"story variant-a\">" + paragraphs
            + "<p class=\"hidden md:block\">The paving will use granite from the old harbour wall, cut again.</p>"
            + "</div></div></body></html>";

    assertThat(extractor.extract(page).text())
        .isEqualTo(String.join("\n\n", story) + "\n\nThe paving will use granite from the old harbour wall, cut again.");
  }

  @Test
  void whatTheSiteLeavesOutOfItsPrintedPageIsFurniture() {
    String[] story = {
      "Wexbury Rovers beat Northport 3-2 on Saturday, with two goals in the last five minutes.",
      "Northport led 2-1 at half time, and held on until Kit Marsh, who came on late, scored twice.",
    };
    String page =
        "<html><body><table>"
            + "<tr><td>" + String.join("<br><br>", story) + "</td></tr>"
            + "<tr><td class=\"noprint\">"
            + "<p>The Wexbury Courier, a division of Coastal Media, Harbour Street, Wexbury, WX1 2AB.</p>"
            + "<p>The Courier covers Wexbury, Northport and the valley, with news, sport, weather, and events.</p>"
            + "<p>Contents copyright, all rights reserved, reproduction, in any form, forbidden.</p>"
            + "</td></tr></table></body></html>";

    assertThat(extractor.extract(page).text()).isEqualTo(String.join("\n\n", story));
  }

  @Test
  void aStorysFirstParagraphSetApartInADivBeforeItIsText() {
    String abstractText =
        "WEXBURY -- The county will spend two million pounds on the coast road this year, its highways"
            + " chief said on Friday.";
    String[] story = {
      "The money will go on resurfacing, on new barriers at the cliff bends, and on drains where the road floods.",
      "Work starts in March at the north end, near the lifeboat station, and will move south through the summer.",
      "Drivers should expect a single lane and traffic lights, at times, but the road will not close.",
    };
    String page =
        "<html><body><div class=\"wrap\">"
            + "<div class=\"abstract\">" + abstractText + "</div>"
            + "<div class=\"story\"><p>" + String.join("</p><p>", story) + "</p></div>"
            + "<div class=\"note\">Ann Pell writes about roads, rail and buses for the Courier, and has done so for years.</div>"
            + "</div></body></html>";

    assertThat(extractor.extract(page).text().split("\n\n")).containsExactly(abstractText, story[0], story[1], story[2]);
  }

  @Test
  void aTitleSetAfterBodyContentIsStillTheTitle() {
    // an ad script's <br> before <title> opens the body: the parser leaves the title there
    String page =
        "<html><head><script src=\"/ads.js\"></script><br><svg><title>Search</title></svg>"
            + "<title>Harbour wall repaired before winter</title>"
            + "<h3>Harbour wall repaired before winter</h3>"
            + "<p>The harbour wall at Wexbury, breached in two places by the February storms, has been"
            + " repaired a month ahead of the winter tides, the harbour board said on Monday.</p>"
            + "</body></html>";

    ExtractedArticle article = extractor.extract(page);

    assertThat(article.title()).isEqualTo("Harbour wall repaired before winter");
    assertThat(article.text()).startsWith("The harbour wall at Wexbury");
  }

  @Test
  void aPageWithoutArticleTextGivesNoText() {
    String page =
        "<!doctype html><html><head><title>Wexbury Courier</title></head><body>"
            + "<nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav>"
            + "<div class=\"newsletter\"><p>Sign up for the morning briefing, every weekday at seven.</p></div>"
            + "<footer><p>All rights reserved. Registered in England.</p></footer>"
            + "<script>boot();</script></body></html>";

    ExtractedArticle article = extractor.extract(page);

    assertThat(article.text()).isEmpty();
    assertThat(article.title()).isEqualTo("Wexbury Courier");
  }
}
