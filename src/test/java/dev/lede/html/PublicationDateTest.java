package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Publication dates on invented pages, from each place a page gives one. */
class PublicationDateTest {

  private static final String BODY =
      "<p>The Wexbury lifeboat was launched twice on Sunday, first to a yacht with a fouled propeller and"
          + " then to two walkers cut off by the tide below the cliffs.</p>"
          + "<p>Both rescues ended well, the station's coxswain said, and nobody needed hospital care.</p>";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private String published(String head, String body) {
    return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>").published();
  }

  @Test
  void valuesAreGivenInRfc3339Form() {
    assertThat(DateText.parseValue("Thu, 20 Feb 2020 13:52:51 +0000")).isEqualTo("2020-02-20T13:52:51+00:00");
    assertThat(DateText.parseValue("20200316T13:00:00Z")).isEqualTo("2020-03-16T13:00:00Z");
    assertThat(DateText.parseValue("2020-03-18T12:22:42-0400")).isEqualTo("2020-03-18T12:22:42-04:00");
    assertThat(DateText.parseValue("2020-03-18 12:22 GMT")).isEqualTo("2020-03-18T12:22:00Z");
    assertThat(DateText.parseValue("2020-03-18T12:22:42.125+02:00")).isEqualTo("2020-03-18T12:22:42.125+02:00");
    assertThat(DateText.parseValue("Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)"))
        .isEqualTo("2020-08-25T00:23:33Z");
    // no zone: the day alone, since a time without one is no RFC 3339 time stamp
    assertThat(DateText.parseValue("2020-03-12T20:19:00")).isEqualTo("2020-03-12");
    assertThat(DateText.parseValue("04:25:06 PM IST Apr 08, 2020")).isEqualTo("2020-04-08");
    assertThat(DateText.parseValue("not a date")).isNull();
    assertThat(DateText.parseValue("1899-01-01")).isNull();
    assertThat(DateText.parseValue("2021-02-30")).isNull();
  }

  @Test
  void daysAreReadAsPagesWriteThemInSeveralLanguages() {
    assertThat(DateText.findDay("Veröffentlicht am 7.11.2023 um 10:00")).isEqualTo("2023-11-07");
    assertThat(DateText.findDay("Stand: 2. März 2022")).isEqualTo("2022-03-02");
    assertThat(DateText.findDay("Publié le 14 février 2019")).isEqualTo("2019-02-14");
    assertThat(DateText.findDay("12 de marzo de 2024")).isEqualTo("2024-03-12");
    assertThat(DateText.findDay("Posted on March 12th, 2024 by Ana")).isEqualTo("2024-03-12");
    assertThat(DateText.findDay("2024/03/12")).isEqualTo("2024-03-12");
    assertThat(DateText.findDay("03/25/2024")).isEqualTo("2024-03-25");
    assertThat(DateText.findDay("\u0661\u0664/\u0660\u0663/\u0662\u0660\u0662\u0664")).isEqualTo("2024-03-14");
    assertThat(DateText.findDay("Konzerte, 30.10.23")).isEqualTo("2023-10-30");
    assertThat(DateText.findDay("von Ana Reyne, 8.5.12")).isEqualTo("2012-05-08");
    assertThat(DateText.findDay("am 3.7.98")).isEqualTo("1998-07-03");
    assertThat(DateText.findDay("Version 2.10.23.1")).isNull();
    assertThat(DateText.findDay("投稿 2021年06月05日 10:00")).isEqualTo("2021-06-05");
    assertThat(DateText.findDay("입력 2021년 6월 5일")).isEqualTo("2021-06-05");
    assertThat(DateText.findDay("Room 12, floor 3")).isNull();
  }

  @Test
  void metaTagsOfManyNamesButNotTheModificationDate() {
    assertThat(published("<meta name=\"dc.date\" content=\"2021-06-02\"><meta property=\"article:modified_time\" content=\"2021-07-01T10:00:00Z\">", BODY))
        .isEqualTo("2021-06-02");
    assertThat(published("<meta name=\"article:modified_time\" content=\"2021-07-01T10:00:00Z\">", BODY)).isNull();
    assertThat(published("<meta name=\"sailthru.date\" content=\"Wed, 02 Jun 2021 08:00:00 GMT\">", BODY))
        .isEqualTo("2021-06-02T08:00:00Z");
  }

  @Test
  void microdataAndJsonLdInsideAnotherObject() {
    assertThat(published("", "<article><span itemprop=\"datePublished\" content=\"2021-06-03T09:15:00+02:00\"></span>" + BODY + "</article>"))
        .isEqualTo("2021-06-03T09:15:00+02:00");
    assertThat(published("<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"mainEntity\":"
        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-06-04T07:00:00Z\"}}</script>", BODY))
        .isEqualTo("2021-06-04T07:00:00Z");
  }

  @Test
  void theCanonicalUrlsDate() {
    assertThat(published("<link rel=\"canonical\" href=\"https://wexbury.example/news/2021/06/05/lifeboat-rescues/\">", BODY))
        .isEqualTo("2021-06-05");
    assertThat(published("<meta property=\"og:url\" content=\"https://wexbury.example/2021-06-06-lifeboat\">", BODY))
        .isEqualTo("2021-06-06");
  }

  @Test
  void aDateLineByItsClassButNotACommentsDate() {
    assertThat(published("", "<h1>Two rescues in a day</h1><div class=\"comment-date\">9 June 2021</div>"
        + "<div class=\"article-date\">Sonntag, 06.06.2021</div>" + BODY))
        .isEqualTo("2021-06-06");
  }

  @Test
  void aDateWrittenUnderTheHeadline() {
    assertThat(published("", "<h1>Two rescues in a day</h1><p><b>By Ana Reyne, June 7, 2021</b></p>" + BODY))
        .isEqualTo("2021-06-07");
    assertThat(published("", "<h1>Two rescues in a day</h1>" + BODY)).isNull();
  }

  @Test
  void aDateWrittenAboveTheHeadlineOrUnderALaterOne() {
    assertThat(published("", "<div><p>04.06.21 18:20 - Coast</p><h1>Two rescues in a day</h1></div>" + BODY))
        .isEqualTo("2021-06-04");
    // the first h1 holds the site's name, a long menu after it; the headline is the second
    assertThat(published("", "<header><h1>Wexbury Gazette</h1><nav>" + "Harbour, Lifeboat, Tides, Weather, ".repeat(20)
        + "</nav></header><main><h1>Two rescues in a day</h1><p>Datum: 05.06.2021</p>" + BODY + "</main>"))
        .isEqualTo("2021-06-05");
  }

  @Test
  void aBlogWithoutH1DatesItsPostUnderTheH2() {
    assertThat(published("", "<div class=\"post\"><h2>Two rescues in a day</h2><small>June 4, 2021 at 08:45 AM</small>"
        + BODY + "</div><ul><li>Archive: 3 May 2020</li><li>Pinned: 3 May 2020</li></ul>"))
        .isEqualTo("2021-06-04");
  }

  @Test
  void aDateInsideTheHeadlineElement() {
    assertThat(published("", "<h1>Two rescues in a day<br><small>04.06.2021 · Coast</small></h1>"
        + "<p>Also: pier repairs, 28.05.2021</p>" + BODY))
        .isEqualTo("2021-06-04");
  }

  @Test
  void aTimeOutsideTheMarkedArticleYieldsToTheArticlesDateLine() {
    String aside = "<div class=\"box\"><a href=\"/older\">Older story <time datetime=\"2018-03-12T19:30:12Z\">12 March</time></a></div>";
    String article = "<article><h1>Two rescues in a day</h1><div class=\"article-date\">Dienstag, 08.06.2021</div>" + BODY + "</article>";
    assertThat(published("", aside + article)).isEqualTo("2021-06-08");
    // with nothing else, it still dates the page
    assertThat(published("", aside + "<article><h1>Two rescues in a day</h1>" + BODY + "</article>"))
        .isEqualTo("2018-03-12T19:30:12Z");
  }

  @Test
  void theDayWrittenMostOftenWhenNothingElseDatesThePage() {
    String teasers = "<ul><li>Harbour fees rise (12.05.2021)</li><li>New tide gauge (12.05.2021)</li>"
        + "<li>Pier repairs begin (3 May 2021)</li></ul>";
    assertThat(published("", "<div>" + BODY + "</div><aside>Ana, 12.05.2021</aside>" + teasers)).isEqualTo("2021-05-12");
    // two days as often as each other: no date rather than a guess
    assertThat(published("", "<div>" + BODY + "</div><ul><li>12.05.2021</li><li>3 May 2021</li></ul>")).isNull();
  }

  @Test
  void aPublicationDateInTheSitesOwnScriptData() {
    assertThat(published("<script>window.__STATE__={\"story\":{\"id\":7,\"publishedAt\":\"2021-06-04T08:00:00+02:00\"}};</script>", BODY))
        .isEqualTo("2021-06-04T08:00:00+02:00");
    // JSON inside a JavaScript string, its quotes escaped; a modification date is not taken
    assertThat(published("<script>var s = \"{\\\"updated_at\\\":\\\"2021-07-01\\\",\\\"published_at\\\":\\\"2021-06-05\\\"}\";</script>", BODY))
        .isEqualTo("2021-06-05");
  }

  @Test
  void theLeadImagesFilingDayOnlyWhenNothingElseDatesThePage() {
    String image = "<meta property=\"og:image\" content=\"https://wexbury.example/files/2021/06/04/lifeboat.jpg\">";
    assertThat(published(image, BODY)).isEqualTo("2021-06-04");
    assertThat(published(image, "<h1>Two rescues in a day</h1><p>June 6, 2021</p>" + BODY)).isEqualTo("2021-06-06");
  }

  @Test
  void theLocalDayOfATimeStampGivenInUtc() {
    // the same instant at the publisher's offset, given elsewhere in the page
    assertThat(published("<meta property=\"article:published_time\" content=\"2021-06-09T02:10:00Z\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-06-08T22:10:00-04:00\"}</script>", BODY))
        .isEqualTo("2021-06-08T22:10:00-04:00");
    // the day in the page's URL, which the publisher's CMS wrote by its local clock
    assertThat(published("<meta property=\"article:published_time\" content=\"2021-06-09T02:10:00Z\">"
        + "<link rel=\"canonical\" href=\"https://wexbury.example/2021/06/08/lifeboat-rescues/\">",
        "<h1>Two rescues in a day</h1><div class=\"article-date\">June 9, 2021</div>" + BODY))
        .isEqualTo("2021-06-08");
    assertThat(published("<meta property=\"article:published_time\" content=\"2021-06-08T22:10:00Z\">"
        + "<link rel=\"canonical\" href=\"https://wexbury.example/2021/06/08/lifeboat-rescues/\">",
        "<h1>Two rescues in a day</h1><div class=\"article-date\">June 9, 2021</div>" + BODY))
        .isEqualTo("2021-06-08T22:10:00Z");
    // the day the page shows, when a clock in the Americas was still on the day before
    assertThat(published("<meta property=\"article:published_time\" content=\"2021-06-09T02:10:00Z\">",
        "<h1>Two rescues in a day</h1><div class=\"article-date\">June 8, 2021</div>" + BODY))
        .isEqualTo("2021-06-08");
    // at midday UTC no clock shows another day: the shown date is some other date
    assertThat(published("<meta property=\"article:published_time\" content=\"2021-06-09T12:10:00Z\">",
        "<h1>Two rescues in a day</h1><div class=\"article-date\">June 8, 2021</div>" + BODY))
        .isEqualTo("2021-06-09T12:10:00Z");
  }
}
