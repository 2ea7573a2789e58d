package dev.lede.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Measures of elements that the cleaning and the scoring share. */
final class Blocks {

  /** Elements that start a new line of text. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2",
          "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
          "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "address", "hr", "br",
          "form", "fieldset", "details", "summary", "center");

  private Blocks() {}

  /** Characters of text in {@code <p>} elements under (or at) {@code element}: prose, not menus. */
  static int paragraphText(Element element) {
    int length = 0;
    for (Element p : element.select("p")) {
      length += p.text().length();
    }
    return length;
  }

  /** The share of {@code element}'s text that is link text: high for menus and link lists. */
  static double linkDensity(Element element) {
    int length = element.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : element.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / length);
  }

  static boolean hasBlockChildren(Element element) {
    return hasBlockChildren(element, true);
  }

  /** Whether {@code element} holds blocks other than line breaks: a table cell that lays out others. */
  static boolean hasBlocksBesidesBreaks(Element element) {
    return hasBlockChildren(element, false);
  }

  private static boolean hasBlockChildren(Element element, boolean breaksCount) {
    for (Element child : element.children()) {
      if (BLOCK_TAGS.contains(child.normalName()) && (breaksCount || !child.normalName().equals("br"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code element} parts its own text with a blank line: two {@code <br>}s in a row. */
  static boolean hasDoubleBreak(Element element) {
    boolean afterBreak = false;
    for (Node child : element.childNodes()) {
      if (child instanceof Element e && e.normalName().equals("br")) {
        if (afterBreak) {
          return true;
        }
        afterBreak = true;
      } else if (!(child instanceof TextNode text && text.isBlank())) {
        afterBreak = false;
      }
    }
    return false;
  }
}
