package dev.lede.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's headline, from the page's metadata and its article element. Read before the page
 * is cleaned, since the headline usually sits in the article's header, which is furniture for the
 * text.
 */
final class PageMetadata {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * The separators sites put between a headline and their name in {@code <title>}: a mark between
   * spaces, a hyphen after a word ("Airport- Travel-News"), an underscore before a capital
   * ("typhoon_English_Xinhua").
   */
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|/\u00bb\u2013\u2014\u00b7:-]{1,2}\\s+|(?<=\\w)-\\s+|(?<=\\w)_(?=\\p{Lu})");
  /** A site name is a few words; a longer tail is part of the headline. */
  private static final int SITE_NAME_WORDS = 4;

  private PageMetadata() {}

  /**
   * The headline: the article element's {@code <h1>} (what readers see), else the page's own
   * title checked against the headline it shows before the text ({@link ShownHeadline}): sites
   * put their name or a section in any of these.
   */
  static String title(Document page, Element article, JsonLd jsonLd) {
    String title = article == null ? null : text(article.selectFirst("h1"));
    return title != null ? title : ShownHeadline.over(page, declaredTitle(page, jsonLd, new ShownTexts(page)));
  }

  /**
   * {@code og:title}, twitter:title or the JSON-LD headline, else the page's only {@code <h1>},
   * else {@code <title>} without the site name. A title with separators is cut to its longest run
   * of parts that the page shows as an element's own text: sites add their name and section
   * labels around it.
   */
  private static String declaredTitle(Document page, JsonLd jsonLd, ShownTexts shown) {
    String siteName = meta(page, "og:site_name");
    String title = shownOr(shown, withoutSiteName(meta(page, "og:title"), siteName));
    if (title == null) {
      title = shownOr(shown, withoutSiteName(meta(page, "twitter:title"), siteName));
    }
    if (title == null) {
      title = jsonLd.field("headline");
    }
    if (title == null && page.select("h1").size() == 1) {
      title = text(page.selectFirst("h1"));
    }
    if (title == null) {
      title = fromTitleElement(page, siteName, shown);
    }
    return title;
  }

  /** A meta tag's content, by property (Open Graph) or by name (Twitter and others). */
  private static String meta(Document page, String key) {
    Element meta = page.selectFirst("meta[property=" + key + "][content]");
    if (meta == null) {
      meta = page.selectFirst("meta[name=" + key + "][content]");
    }
    return meta == null ? null : blankToNull(meta.attr("content"));
  }

  private static String withoutSiteName(String title, String siteName) {
    if (title == null || siteName == null) {
      return title;
    }
    List<MatchResult> separators = TITLE_SEPARATOR.matcher(title).results().toList();
    if (separators.isEmpty()) {
      return title;
    }
    MatchResult first = separators.get(0);
    MatchResult last = separators.get(separators.size() - 1);
    if (title.substring(last.end()).equalsIgnoreCase(siteName)) {
      return title.substring(0, last.start());
    }
    if (title.substring(0, first.start()).equalsIgnoreCase(siteName)) {
      return title.substring(first.end());
    }
    return title;
  }

  /**
   * {@code <title>} without the site name and section labels: its longest run of parts (between
   * separators) that the page shows as the whole text of an element, the headline; else without
   * the named site, else without a short last part after a separator.
   */
  private static String fromTitleElement(Document page, String siteName, ShownTexts shown) {
    String title = blankToNull(page.title());
    if (title == null) {
      // a <title> set after some body content, which the parser leaves in the body (not an
      // SVG icon's <title>)
      title = text(page.body().selectFirst("title:not(svg title)"));
    }
    String part = shownPart(shown, title);
    if (part != null) {
      return part;
    }
    if (title == null || siteName != null) {
      return withoutSiteName(title, siteName);
    }
    List<MatchResult> separators = TITLE_SEPARATOR.matcher(title).results().toList();
    if (separators.isEmpty()) {
      return title;
    }
    MatchResult last = separators.get(separators.size() - 1);
    String head = title.substring(0, last.start());
    String tail = title.substring(last.end());
    return words(tail) <= SITE_NAME_WORDS && words(head) > words(tail) ? head : title;
  }

  private static String shownOr(ShownTexts shown, String title) {
    String part = shownPart(shown, title);
    return part != null ? part : title;
  }

  private static String shownPart(ShownTexts shown, String title) {
    if (title == null) {
      return null;
    }
    List<MatchResult> separators = TITLE_SEPARATOR.matcher(title).results().toList();
    if (separators.isEmpty()) {
      return null;
    }
    List<Integer> starts = new ArrayList<>(List.of(0));
    List<Integer> ends = new ArrayList<>();
    for (MatchResult separator : separators) {
      ends.add(separator.start());
      starts.add(separator.end());
    }
    ends.add(title.length());
    String best = null;
    for (int start : starts) {
      for (int end : ends) {
        String part = end > start ? title.substring(start, end) : "";
        if ((best == null || part.length() > best.length()) && shown.shows(part, title.length())
            && words(part) > 1) {
          best = part;
        }
      }
    }
    return best;
  }

  /**
   * The elements' own texts, one space apart and lower-cased, each with the fewest characters it
   * is written with: read from the page once, when a title with separators first asks.
   */
  private static final class ShownTexts {
    private final Document page;
    private Map<String, Integer> shortest;

    ShownTexts(Document page) {
      this.page = page;
    }

    /** Whether an element shows {@code part} as its own text, written in at most {@code limit} characters. */
    boolean shows(String part, int limit) {
      if (shortest == null) {
        shortest = new HashMap<>();
        for (Element element : page.body().getAllElements()) {
          String own = element.ownText();
          if (!own.isBlank()) {
            String text = SPACES.matcher(own.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
            shortest.merge(text, own.length(), Math::min);
          }
        }
      }
      Integer written = shortest.get(part.toLowerCase(Locale.ROOT));
      return written != null && written <= limit;
    }
  }

  private static int words(String text) {
    return SPACES.split(text.strip()).length;
  }

  private static String text(Element element) {
    return element == null ? null : blankToNull(element.text());
  }

  /** The text on one line (attributes may hold line breaks), or null when blank. */
  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : SPACES.matcher(text.strip()).replaceAll(" ");
  }
}
