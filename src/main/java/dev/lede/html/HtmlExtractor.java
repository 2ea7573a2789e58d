package dev.lede.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page: its body's paragraphs without the page furniture around
 * them, its headline and its publication time. Thread-safe and stateless; jsoup's parser takes
 * any input, malformed or truncated, so extraction never fails on bad HTML (it may find no text).
 */
public final class HtmlExtractor {

  private static final Pattern TITLE_START = Pattern.compile("(?i)<title\\b[^>]*>\\s*");
  /** A tag or a comment: page markup, which a title's text never holds. */
  private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]");

  public ExtractedArticle extract(String html) {
    Document page = parse(html);
    JsonLd jsonLd = JsonLd.of(page);
    Element marked = ContentRoot.marked(page);
    // the headline and the time sit in the article's header, which cleaning removes
    String title = PageMetadata.title(page, marked, jsonLd);
    String published = PublicationDate.find(page, marked, jsonLd);

    PageCleaner.removeFurniture(page.body(), marked);
    List<Element> roots = ContentRoot.find(page.body(), marked);
    roots.forEach(PageCleaner::removeComments);
    roots.forEach(PageCleaner::removeLinkBlocks);
    String text = String.join("\n\n", BlockText.paragraphs(roots, title));
    return new ExtractedArticle(text, title, published);
  }

  /**
   * The parsed page. A {@code <title>} never closed (its end tag lost or damaged: "{@code
   * </titavaScript}") runs to the end of the page, as the HTML parsing rules say: the whole page
   * becomes the title (or much of it: jsoup may end it at a later chance) and the body is empty
   * or a scrap. A title holding markup is read as one line of plain text, up to its first line
   * break or markup, and the rest as the page.
   */
  static Document parse(String html) {
    Document page = Jsoup.parse(html);
    Element title = page.selectFirst("title");
    if (title == null || !MARKUP.matcher(title.text()).find()) {
      return page;
    }
    Matcher start = TITLE_START.matcher(html);
    if (!start.find()) {
      return page;
    }
    int end = start.end();
    while (end < html.length() && html.charAt(end) != '<' && html.charAt(end) != '\n') {
      end++;
    }
    return Jsoup.parse(html.substring(0, end) + "</title>" + html.substring(end));
  }
}
