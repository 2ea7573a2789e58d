package dev.lede.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page: its body's paragraphs without the page furniture around
 * them, its headline and its publication time. Thread-safe and stateless; jsoup's parser takes
 * any input, malformed or truncated, so extraction never fails on bad HTML (it may find no text).
 */
public final class HtmlExtractor {

  public ExtractedArticle extract(String html) {
    Document page = Jsoup.parse(html);
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
}
