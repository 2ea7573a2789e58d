package dev.lede.html;

import dev.lede.clean.LineShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of cleaned elements as plain-text paragraphs: each block (paragraph, heading, list
 * item, quotation) becomes one line, white space inside it collapsed; {@code <br>} breaks a line.
 * The {@code <h1>} is left out, since it is the title; subheadings stay, each on its line, as
 * readers (and hand-made truth) see them.
 */
final class BlockText {

  private static final Pattern SPACE = Pattern.compile("[\\s\u00a0\u2007\u202f]+");

  private BlockText() {}

  /** The paragraphs of {@code roots} in order, without any that repeats {@code title}. */
  static List<String> paragraphs(List<Element> roots, String title) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeFilter collector =
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              line.append(text.getWholeText());
            } else if (node instanceof Element element) {
              if (element.normalName().equals("h1")) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (Blocks.BLOCK_TAGS.contains(element.normalName())) {
                flush(line, lines);
              } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                line.append(' ');
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && Blocks.BLOCK_TAGS.contains(element.normalName())) {
              flush(line, lines);
            }
            return FilterResult.CONTINUE;
          }
        };
    for (Element root : roots) {
      NodeTraversor.filter(collector, root);
      flush(line, lines);
    }
    lines.removeIf(LineShapes::isFurniture);
    if (title != null) {
      String lowerTitle = title.toLowerCase(Locale.ROOT);
      lines.removeIf(paragraph -> repeatsTitle(paragraph.toLowerCase(Locale.ROOT), lowerTitle));
    }
    return lines;
  }

  /**
   * Whether a line is the headline: the title, or its start or end when the title kept the site's
   * name or section ("Music- Lavigne lawsuit settled", "Aidy recalls big guns (from the Times)"),
   * three words at least.
   */
  private static boolean repeatsTitle(String line, String title) {
    if (line.equals(title)) {
      return true;
    }
    if (line.length() >= title.length() || SPACE.split(line).length < 3) {
      return false;
    }
    return (title.startsWith(line) && !Character.isLetterOrDigit(title.charAt(line.length())))
        || (title.endsWith(line) && !Character.isLetterOrDigit(title.charAt(title.length() - line.length() - 1)));
  }

  /**
   * The lines of text that sit directly in {@code element}, between its block children and
   * {@code <br>}s: text nodes and inline elements (links, emphasis), each run one line.
   */
  static List<String> ownLines(Element element) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        line.append(text.getWholeText());
      } else if (child instanceof Element inline && !Blocks.BLOCK_TAGS.contains(inline.normalName())) {
        line.append(' ').append(inline.text()).append(' ');
      } else if (child instanceof Element) {
        flush(line, lines);
      }
    }
    flush(line, lines);
    return lines;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String paragraph = SPACE.matcher(line).replaceAll(" ").strip();
    if (!paragraph.isEmpty()) {
      lines.add(paragraph);
    }
    line.setLength(0);
  }
}
