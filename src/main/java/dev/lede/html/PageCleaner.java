package dev.lede.html;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Removes a page's code, comments and furniture, and the link lists left inside its text. */
final class PageCleaner {

  /** Lists and blocks mostly made of links are menus, tag lists and "read more" links. */
  private static final double LINK_LIST_DENSITY = 0.5;
  /** A paragraph is a link line only when nearly all of it is links: prose links names and sources. */
  private static final double LINK_LINE_DENSITY = 0.8;

  /** A wrapper around a page's text holds several paragraphs; a newsletter box holds one or two. */
  private static final int WRAPPER_PARAGRAPHS = 3;

  private static final Pattern COMMENTS_ANCHOR = Pattern.compile("(?i)comments?");

  private PageCleaner() {}

  /**
   * Removes furniture under {@code body}, except the marked article and the elements around it.
   * An element that holds several paragraphs and most of the article's paragraph text (the marked
   * article's, else the page's) stays too: some pages wrap the text in a form or a div with a
   * misleading class ("sidebar" on a text column, "paywall" on the rest of the body). Inside it,
   * the class words it showed to be the site's own ("widget" on every block of a page built of
   * widgets) no longer mark furniture.
   */
  static void removeFurniture(Element body, Element marked) {
    Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    if (marked != null) {
      keep.add(marked);
      keep.addAll(marked.parents());
    }
    Map<Element, Set<String>> ownWords = new IdentityHashMap<>();
    // inside a marked article, a wrapper with a misleading class holds most of the article's text
    int pageText = Blocks.paragraphText(marked != null ? marked : body);
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
              return FilterResult.REMOVE;
            }
            if (!(node instanceof Element element) || element == body) {
              return FilterResult.CONTINUE;
            }
            if (Furniture.CODE_TAGS.contains(element.normalName())) {
              return FilterResult.REMOVE;
            }
            if (keep.contains(element)) {
              return FilterResult.CONTINUE;
            }
            if (Furniture.notPrinted(element)) {
              return FilterResult.REMOVE;
            }
            Set<String> hints = Furniture.hints(element);
            if (!ownWords.isEmpty() && !hints.isEmpty()) {
              hints = new HashSet<>(hints);
              for (Element parent : element.parents()) {
                hints.removeAll(ownWords.getOrDefault(parent, Set.of()));
              }
            }
            if (hints.isEmpty() && !Furniture.byMarkup(element)) {
              return FilterResult.CONTINUE;
            }
            boolean holdsThePage =
                (marked == null || isInside(element, marked))
                    && element.select("p").size() >= WRAPPER_PARAGRAPHS
                    && 2 * Blocks.paragraphText(element) > pageText;
            if (holdsThePage) {
              ownWords.put(element, hints);
              return FilterResult.CONTINUE;
            }
            return FilterResult.REMOVE;
          }
        },
        body);
  }

  static boolean isInside(Element element, Element ancestor) {
    for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
      if (parent == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes what follows a comments anchor ({@code <a name="comments">}) under {@code root}:
   * pages link to their readers' comments by that name, and the comments run from there on, in
   * plain paragraphs with no class to tell them from the article's.
   */
  static void removeComments(Element root) {
    for (Element anchor : root.select("a[name]")) {
      if (COMMENTS_ANCHOR.matcher(anchor.attr("name")).matches()) {
        for (Element at = anchor; at != null && at != root; at = at.parent()) {
          while (at.nextSibling() != null) {
            at.nextSibling().remove();
          }
        }
        anchor.remove();
        return;
      }
    }
  }

  /** Removes link lists and link lines under {@code root} (not {@code root} itself). */
  static void removeLinkBlocks(Element root) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element) || element == root) {
              return FilterResult.CONTINUE;
            }
            double limit =
                switch (element.normalName()) {
                  case "ul", "ol", "dl", "div", "section", "table" -> LINK_LIST_DENSITY;
                  case "p", "li" -> LINK_LINE_DENSITY;
                  default -> 1; // inline elements are judged with their block
                };
            return limit < 1 && Blocks.linkDensity(element) > limit
                ? FilterResult.REMOVE
                : FilterResult.CONTINUE;
          }
        },
        root);
  }
}
