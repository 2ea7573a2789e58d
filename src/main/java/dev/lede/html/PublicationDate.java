package dev.lede.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * When an article was published, from the places htmldate looks, in their order of trust: JSON-LD
 * and Open Graph or other meta tags, schema.org microdata, the article's {@code <time>}, the date
 * in the page's own URL (its canonical or {@code og:url}), then a date written in an element whose
 * class says it holds one, a date written near the headline, a {@code <time>} elsewhere, a
 * publication date in the page's script data, the day the page's text writes most often, and last
 * the day in its lead image's path. Always in RFC 3339's form ({@link DateText}); modification
 * dates are never taken for it.
 */
final class PublicationDate {

  /** Meta tags (name, property or itemprop, lower-cased) that give the publication date. */
  private static final List<String> META_KEYS =
      List.of(
          "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
          "article.published", "published_time", "publishdate", "publish-date", "publish_date", "pubdate",
          "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc:date",
          "dc.date.created", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
          "cxenseparse:recs:publishtime", "analyticsattributes.articledate", "citation_publication_date",
          "citation_date", "prism.publicationdate", "bepress_citation_date", "og:release_date",
          "article:post_date", "originalpublicationdate", "datecreated", "created", "displaydate",
          "timestamp", "dc.created", "article_date_original", "pubdate_display");

  /** Class or id words of elements that hold an article's date line. */
  private static final Pattern DATE_CLASS =
      Pattern.compile("(?i)date|datum|time|publish|posted|postmeta|post-meta|entry-meta|article-meta|byline|dateline|meta-info|submitted|fecha|zeit");
  /** Class or id words of date lines that belong to something else than the article. */
  private static final Pattern OTHER_DATE =
      Pattern.compile("(?i)modif|update|comment|related|teaser|footer|copyright|sidebar|widget|event|archive|calendar|weather");

  /** A publication date in a script's data (a site's own JSON, a JavaScript object), its quotes maybe escaped. */
  private static final Pattern SCRIPT_DATE =
      Pattern.compile("\\\\?\"(?:datePublished|published_at|publishedAt|publishDate|publicationDate|firstPublishedAt)\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]{8,40})");

  /** Where a page gives its own URL. */
  private static final List<String> PAGE_URLS =
      List.of("link[rel=canonical][href]", "meta[property=og:url][content]", "meta[name=twitter:url][content]");
  /** A CMS files an article's lead image under the day it was uploaded, often the article's. */
  private static final List<String> IMAGE_URLS =
      List.of("meta[property=og:image][content]", "meta[name=twitter:image][content]", "meta[name=twitter:image:src][content]");

  /** A canonical URL's date: /2024/03/12/, /2024-03-12, /20240312, /2024/03/ with a day after. */
  private static final Pattern URL_DATE =
      Pattern.compile("[/_-](\\d{4})[/_-]?(\\d{2})[/_-]?(\\d{2})(?=[/_.-]|$)");

  /** Text this long after the headline is where a date line sits, before the article's text. */
  private static final int NEAR_HEADLINE = 600;
  /** A date line's length at most, and how far above the headline one may sit. */
  private static final int DATE_LINE = 120;
  /** The headline is among the first few; reading past each of many (a list page's) costs a page each. */
  private static final int HEADLINES = 5;

  private PublicationDate() {}

  static String find(Document page, Element article, JsonLd jsonLd) {
    List<String> stated = new ArrayList<>(4);
    stated.add(meta(page));
    stated.add(DateText.parseValue(jsonLd.field("datePublished")));
    stated.add(microdata(page));
    stated.add(time(article != null ? article : page));
    // a <time> outside the marked article may be another article's: it dates the page only after
    // the shown date line, but may still give a chosen instant its local offset
    String outside = article != null ? time(page) : null;
    stated.removeIf(Objects::isNull);
    if (!stated.isEmpty()) {
      String chosen = stated.get(0);
      if (outside != null) {
        stated.add(outside);
      }
      return local(chosen, stated, page);
    }
    String date = fromUrl(page, PAGE_URLS);
    if (date == null) {
      date = shownDay(page);
    }
    if (date == null) {
      date = outside;
    }
    if (date == null) {
      date = inScripts(page);
    }
    if (date == null && page.body() != null) {
      date = DateText.mostFrequentDay(page.body().text());
    }
    // an image may be filed long before its article (2 in 5 agree on html-dates-dev): the last resort
    return date != null ? date : fromUrl(page, IMAGE_URLS);
  }

  /** The day the page shows its readers: a date line, else a date near the headline. */
  private static String shownDay(Document page) {
    String date = dateLine(page);
    return date != null ? date : nearHeadline(page);
  }

  /**
   * The publisher's own day for a time stamp given in UTC: the same instant at the page's local
   * offset when another place gives it so, else the day in the page's URL, else the day the page
   * shows its readers, when that is the day before or after. Pages date their articles, and their
   * CMS their URLs, by the local day.
   */
  private static String local(String chosen, List<String> stated, Document page) {
    Instant instant = instant(chosen);
    if (instant == null || !(chosen.endsWith("Z") || chosen.endsWith("+00:00"))) {
      return chosen;
    }
    for (String other : stated) {
      if (!other.endsWith("Z") && !other.endsWith("+00:00") && instant.equals(instant(other))) {
        return other;
      }
    }
    LocalDate day = LocalDate.parse(chosen.substring(0, 10));
    int hour = Integer.parseInt(chosen.substring(11, 13));
    String inUrl = fromUrl(page, PAGE_URLS);
    if (inUrl != null) {
      // any clock on earth (UTC-12 to UTC+14) may show the day before or after
      long days = ChronoUnit.DAYS.between(day, LocalDate.parse(inUrl));
      return (days == -1 && hour < 12) || (days == 1 && hour >= 10) ? inUrl : chosen;
    }
    String shown = shownDay(page);
    if (shown == null) {
      return chosen;
    }
    // the shown day may be another article's: only where a likely clock shows it, the day before
    // in the Americas (UTC-10 to UTC-1) before 10:00 UTC, the day after in Europe and Africa (up
    // to UTC+3) from 21:00 UTC
    long days = ChronoUnit.DAYS.between(day, LocalDate.parse(shown));
    return (days == -1 && hour < 10) || (days == 1 && hour >= 21) ? shown : chosen;
  }

  private static Instant instant(String timestamp) {
    try {
      return timestamp.length() > 10 ? OffsetDateTime.parse(timestamp).toInstant() : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String meta(Document page) {
    Map<String, String> dates = new HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      String name = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
      String key = name.toLowerCase(Locale.ROOT).strip();
      if (META_KEYS.contains(key) && !dates.containsKey(key)) {
        String date = DateText.parseValue(meta.attr("content"));
        if (date != null) {
          dates.put(key, date);
        }
      }
    }
    for (String key : META_KEYS) {
      if (dates.containsKey(key)) {
        return dates.get(key);
      }
    }
    return null;
  }

  private static String microdata(Document page) {
    for (Element element : page.select("[itemprop=datePublished]")) {
      for (String attribute : List.of("datetime", "content", "title")) {
        String date = DateText.parseValue(element.attr(attribute));
        if (date != null) {
          return date;
        }
      }
      String date = DateText.parseValue(element.text());
      if (date != null) {
        return date;
      }
    }
    for (Element abbr : page.select("abbr.published[title], abbr.dtstart[title]")) {
      String date = DateText.parseValue(abbr.attr("title"));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The {@code <time>} marked as the publication's, else the first that is not a modification's. */
  private static String time(Element root) {
    for (String query : List.of("time[pubdate]", "time[datetime]")) {
      for (Element time : root.select(query)) {
        if (isOther(time) || isOther(time.parent())) {
          continue;
        }
        String date = DateText.parseValue(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static String fromUrl(Document page, List<String> queries) {
    for (String query : queries) {
      Element link = page.selectFirst(query);
      if (link == null) {
        continue;
      }
      String url = link.hasAttr("href") ? link.attr("href") : link.attr("content");
      Matcher date = URL_DATE.matcher(url);
      if (date.find()) {
        String day = DateText.parseValue(date.group(1) + "-" + date.group(2) + "-" + date.group(3));
        if (day != null) {
          return day;
        }
      }
    }
    return null;
  }

  /** The first publication date that the page's scripts give, in JSON's way of writing a field. */
  private static String inScripts(Document page) {
    for (Element script : page.select("script")) {
      Matcher field = SCRIPT_DATE.matcher(script.data());
      while (field.find()) {
        String date = DateText.parseValue(field.group(1));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** A short element whose class or id says it holds the article's date. */
  private static String dateLine(Document page) {
    for (Element element : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
      String names = element.className() + " " + element.id();
      if (names.isBlank() || !DATE_CLASS.matcher(names).find() || OTHER_DATE.matcher(names).find()) {
        continue;
      }
      String text = element.text();
      if (text.isEmpty() || text.length() > DATE_LINE) {
        continue;
      }
      String date = DateText.findDay(text);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /**
   * A date written in the headline element (a date line set inside the {@code <h1>}), else the first
   * just after it, where date lines sit, else one just before it (a kicker above the headline). The
   * first of the {@code <h1>}s with one, as a site's name or a hidden heading may come first; a page
   * without {@code <h1>} (older blog themes) titles its articles with {@code <h2>}.
   */
  private static String nearHeadline(Document page) {
    Elements headlines = page.select("h1");
    if (headlines.isEmpty()) {
      headlines = page.select("h2");
    }
    for (Element headline : headlines.subList(0, Math.min(HEADLINES, headlines.size()))) {
      String date = DateText.findDay(headline.text());
      if (date == null) {
        date = DateText.findDay(near(headline, true, NEAR_HEADLINE));
      }
      if (date == null) {
        date = DateText.findDay(near(headline, false, DATE_LINE));
      }
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** Up to {@code length} characters of text after (or before) {@code headline}, nearest first. */
  private static String near(Element headline, boolean after, int length) {
    StringBuilder text = new StringBuilder();
    for (Element at = headline; at != null && text.length() < length; at = at.parent()) {
      for (Element sibling = next(at, after); sibling != null && text.length() < length; sibling = next(sibling, after)) {
        if (!Furniture.CODE_TAGS.contains(sibling.normalName())) {
          text.append(sibling.text()).append(' ');
        }
      }
    }
    return text.length() > length ? text.substring(0, length) : text.toString();
  }

  private static Element next(Element element, boolean after) {
    return after ? element.nextElementSibling() : element.previousElementSibling();
  }

  private static boolean isOther(Element element) {
    return element != null && OTHER_DATE.matcher(element.className() + " " + element.id() + " " + element.attr("itemprop")).find();
  }

}
