package dev.lede.html;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline a page shows right before its article text, to check a {@code <title>} against:
 * old sites title every page with their name or a section ("Winona Daily News", "Local Sports
 * Wire") or wrap the headline in labels ("(from Harrow Times)", "_English_Xinhua"), while the
 * page shows the headline as the last heading before the first paragraph of its text.
 */
final class ShownHeadline {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HEADLINE_NAME = Pattern.compile("(?i)headline|title|heading|\\bhed\\b");
  /** Shorter paragraphs are captions and labels, not the article's first paragraph. */
  private static final int MIN_PARAGRAPH = 40;
  /** A headline is a short line; a longer one is a teaser or a paragraph. */
  private static final int MAX_HEADLINE = 250;
  /** Below this much text the densest block may be a notice or a teaser, not the article. */
  private static final int MIN_ARTICLE_TEXT = 1000;
  /** A headline names what its article is about: most of its words recur in the text. */
  private static final double SUPPORTED = 0.6;
  /** With no title to weigh it against, a third of its words in the text will do (crews, crew). */
  private static final double SUPPORTED_ALONE = 0.34;
  /** A title with fewer of its words in the text names the site, not the article. */
  private static final double UNSUPPORTED = 0.34;

  private ShownHeadline() {}

  /**
   * The title, or the shown headline instead when the title is missing, holds it among labels,
   * or has few words in common with the article text while the headline has many.
   */
  static String over(Document page, String title) {
    Element block = densestBlock(page);
    Element first = block == null ? null : firstParagraph(block);
    if (first == null) {
      return title;
    }
    String headline = null;
    for (Element element : page.body().getAllElements()) {
      if (element == first) {
        break;
      }
      String heading = headingText(element);
      if (heading != null) {
        headline = heading;
      }
    }
    if (headline == null) {
      return title;
    }
    String text = block.text();
    Set<String> textWords = words(text);
    double headlineSupport = support(headline, textWords);
    if (title == null) {
      return headlineSupport >= SUPPORTED_ALONE ? headline : null;
    }
    if (joined(title).equals(joined(headline))) {
      return title;
    }
    // the title holds the headline among labels, or the page's <title> does when the title
    // came from elsewhere (a site-wide og:title, the masthead's h1)
    if (holds(title, headline) || holds(page.title(), headline)) {
      return headline;
    }
    // a site's or section's name is short; a long title the text lacks says the block is not
    // the article
    boolean site = text.length() >= MIN_ARTICLE_TEXT && count(title) <= count(headline)
        && support(title, textWords) < UNSUPPORTED;
    return site && headlineSupport >= SUPPORTED ? headline : title;
  }

  /**
   * Whether the line holds the headline among shorter labels: a name or a kicker shown alone
   * (under half the line's words) is not the headline of a line that holds it.
   */
  private static boolean holds(String line, String headline) {
    int headlineLength = count(headline);
    return headlineLength >= 3 && 2 * headlineLength >= count(line)
        && (" " + joined(line) + " ").contains(" " + joined(headline) + " ");
  }

  /** The element whose {@code <p>} children hold the most text: where the article sits. */
  private static Element densestBlock(Document page) {
    Map<Element, Integer> blocks = new IdentityHashMap<>();
    Element densest = null;
    int most = 0;
    for (Element p : page.body().select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        int text = blocks.merge(parent, p.text().length(), Integer::sum);
        if (text > most) {
          most = text;
          densest = parent;
        }
      }
    }
    return densest;
  }

  private static Element firstParagraph(Element block) {
    for (Element child : block.children()) {
      if (child.nameIs("p") && child.text().length() >= MIN_PARAGRAPH) {
        return child;
      }
    }
    return null;
  }

  /**
   * The text of an h1-h3, or of an element its class or id calls a headline or title, when it is
   * a line of 2+ words; else null.
   */
  private static String headingText(Element element) {
    String tag = element.normalName();
    if (!tag.equals("h1") && !tag.equals("h2") && !tag.equals("h3")
        && !HEADLINE_NAME.matcher(element.className() + " " + element.id()).find()) {
      return null;
    }
    String text = element.text().strip();
    return !text.isEmpty() && text.length() <= MAX_HEADLINE && text.indexOf(' ') > 0 ? text : null;
  }

  /** The share of a line's words (of 3+ letters) that the text holds. */
  private static double support(String line, Set<String> textWords) {
    int words = 0;
    int found = 0;
    for (String word : words(line)) {
      if (word.length() >= 3) {
        words++;
        found += textWords.contains(word) ? 1 : 0;
      }
    }
    return words == 0 ? 0 : (double) found / words;
  }

  /** The line's words, as a reader counts them: runs without spaces that hold a letter or digit. */
  private static int count(String line) {
    int words = 0;
    for (String token : SPACES.split(line.strip())) {
      words += WORD.matcher(token).find() ? 1 : 0;
    }
    return words;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (word.find()) {
      words.add(word.group());
    }
    return words;
  }

  /** The line's words, lower-cased, one space apart: titles compared without punctuation. */
  private static String joined(String line) {
    StringBuilder joined = new StringBuilder();
    Matcher word = WORD.matcher(line.toLowerCase(Locale.ROOT));
    while (word.find()) {
      joined.append(joined.isEmpty() ? "" : " ").append(word.group());
    }
    return joined.toString();
  }
}
