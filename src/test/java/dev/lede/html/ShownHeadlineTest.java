package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline a page shows before its text, against titles naming the site: fictional pages. */
class ShownHeadlineTest {

  private static final String TEXT =
      "<p>Volunteers at the Wexbury lifeboat station launched their new inshore boat on Saturday, after"
          + " three years of raising money at fairs, quiz nights and a sponsored swim across the harbour.</p>"
          + "<p>The boat replaces one that served the station for twenty-two years and was retired last"
          + " autumn, when its engines failed twice during the same week of winter storms off the point.</p>"
          + "<p>Crew members said the lifeboat would reach the outer sandbanks in half the time of the old"
          + " one, which mattered most to walkers cut off by the tide on summer evenings at the point.</p>"
          + "<p>The station's chairwoman, Mara Keld, thanked the village for its patience and its money, and"
          + " said the crew would begin night training on the new lifeboat before the end of the month.</p>"
          + "<p>A naming ceremony is planned for June, when the harbour festival returns to the quay and the"
          + " old boat will lead the parade of sail one last time before it goes to the museum at Orme.</p>"
          + "<p>Until then the crew will keep a pager each, as they always have, and meet on Tuesday evenings"
          + " in the boathouse to check the engines and the radio.</p>";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static String page(String head, String beforeText) {
    return page(head, "", beforeText);
  }

  private static String page(String head, String section, String beforeText) {
    return "<html><head>" + head + "</head><body>"
        + "<div class=\"masthead\"><a href=\"/\"><img src=\"/logo.png\" alt=\"Wexbury Gazette\"></a>" + section
        + "</div><div class=\"story\">" + beforeText + TEXT + "</div>"
        + "<div class=\"footer\"><p>Wexbury Gazette, 4 Quay Street.</p></div></body></html>";
  }

  @Test
  void aTitleNamingOnlyTheSiteGivesWayToTheHeadlineShownBeforeTheText() {
    String html = page("<title>Wexbury Gazette Online</title>",
        "<h3>Sports and leisure</h3><h2>Lifeboat station launches its new inshore boat</h2>");

    assertThat(extractor.extract(html).title()).isEqualTo("Lifeboat station launches its new inshore boat");
  }

  @Test
  void aSingleH1NamingTheSectionGivesWayToo() {
    String html = page("<title>Coast News</title>", "<h1>Coast News</h1>",
        "<div class=\"headline\">Lifeboat station launches its new inshore boat</div>");

    assertThat(extractor.extract(html).title()).isEqualTo("Lifeboat station launches its new inshore boat");
  }

  @Test
  void aPageWithoutTitleTakesTheHeadlineShownBeforeTheText() {
    String html = page("", "<h3>Lifeboat station launches its new inshore boat</h3>");
    // two of its five words in the text, the others inflected otherwise
    String inflected = page("", "<h3>Lifeboat crews welcome inshore boats</h3>", "");

    assertThat(extractor.extract(html).title()).isEqualTo("Lifeboat station launches its new inshore boat");
    assertThat(extractor.extract(inflected).title()).isEqualTo("Lifeboat crews welcome inshore boats");
  }

  @Test
  void labelsWrappedAroundTheShownHeadlineInTheTitleGo() {
    String from = page("<title>New Lifeboat Is Launched At Wexbury (from Wexbury Gazette)</title>",
        "<h2>New lifeboat is launched at Wexbury</h2>");
    String sections = page("<title>Wexbury Gazette / Coast / New lifeboat is launched at Wexbury</title>",
        "<h2>New lifeboat is launched at Wexbury</h2>");

    assertThat(extractor.extract(from).title()).isEqualTo("New lifeboat is launched at Wexbury");
    assertThat(extractor.extract(sections).title()).isEqualTo("New lifeboat is launched at Wexbury");
  }

  @Test
  void aTitleElementAgreeingWithTheShownHeadlineOutweighsASiteWideOgTitleOrTheMastheadsH1() {
    String ogTitle = page("<title>Crew trains at night on the new lifeboat - Wexbury Gazette</title>"
            + "<meta property=\"og:title\" content=\"The Wexbury Gazette: news of the coast since 1871\">",
        "<h2>Crew trains at night on the new lifeboat</h2>");
    String masthead = page("<title>Crew trains at night on the new lifeboat | WexburyGazette</title>",
        "<h1>WexburyGazette</h1>", "<h2>Crew trains at night on the new lifeboat</h2>");

    assertThat(extractor.extract(ogTitle).title()).isEqualTo("Crew trains at night on the new lifeboat");
    assertThat(extractor.extract(masthead).title()).isEqualTo("Crew trains at night on the new lifeboat");
  }

  @Test
  void titlesCutAtSlashesAngleQuotesAHyphenAfterAWordAndAnUnderscoreBeforeACapital() {
    String[] titles = {
      "New lifeboat is launched at Wexbury / Online News @ Gazette",
      "Wexbury Gazette - Coast \u00bb New lifeboat is launched at Wexbury",
      "New lifeboat is launched at Wexbury- Coast-News By Region-The Wexbury Gazette",
      "New lifeboat is launched at Wexbury_English_Gazette",
    };
    for (String title : titles) {
      String html = page("<title>" + title + "</title>", "<p><b>New lifeboat is launched at Wexbury</b></p>");

      assertThat(extractor.extract(html).title()).as(title).isEqualTo("New lifeboat is launched at Wexbury");
    }
  }

  @Test
  void aHeadlineTheTextBacksIsKeptOverAShortNameOrLabelBeforeTheText() {
    String name = page("<meta property=\"og:title\" content=\"Mara Keld's lifeboat crew trains at night\">",
        "<h2>Mara Keld</h2>");
    String label = page("<title>Crew trains at night on the new lifeboat off the point</title>",
        "<h3>Related news</h3>");

    assertThat(extractor.extract(name).title()).isEqualTo("Mara Keld's lifeboat crew trains at night");
    assertThat(extractor.extract(label).title()).isEqualTo("Crew trains at night on the new lifeboat off the point");
  }
}
