package dev.lede.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds where an article's text sits in a page: the element the page marks as the article, or
 * else the block its paragraphs score highest for, readability-style (each paragraph credits its
 * parent and grandparent by its length and commas; link-heavy blocks lose), with the siblings
 * that look like more of the same text.
 */
final class ContentRoot {

  /** Below this much text (once cleaned), a marked article is a teaser or a stub: score the page instead. */
  private static final int MIN_MARKED_TEXT = 140;
  /** A block outside the marked article with this many times its text holds the real article. */
  private static final int OUTWEIGHED = 2;
  /** Shorter paragraphs (captions, labels, buttons) say nothing about where the text is. */
  private static final int MIN_PARAGRAPH = 25;

  /** Prose links a few names and sources; a block with more link text is a list of links. */
  private static final double PROSE_LINKS = 0.25;

  private static final Pattern POSITIVE =
      Pattern.compile("article|articlebody|body|content|entry|main|page|post|text|blog|story");
  /** The end of a sentence, maybe closed by a quote. */
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'\u201d]?$");

  private ContentRoot() {}

  /**
   * The element the page marks as its article ({@code itemprop=articleBody}, else an
   * {@code <article>}), the one with the most paragraph text when there are several; or null.
   * A body marked in several parts (each paragraph, say) is the element around all of them.
   */
  static Element marked(Document page) {
    Elements bodies = page.select("[itemprop=articleBody]");
    List<Element> parts = bodyParts(bodies);
    Element marked = parts.size() > 1 ? commonAncestor(parts) : mostText(bodies);
    if (marked == null) {
      marked = mostText(page.select("article"));
    }
    return marked == null || outweighed(page, marked) ? null : marked;
  }

  /** The elements marked {@code itemprop=articleBody} that hold text, when none holds another. */
  private static List<Element> bodyParts(Element root) {
    return bodyParts(root.select("[itemprop=articleBody]"));
  }

  private static List<Element> bodyParts(Elements bodies) {
    List<Element> parts = new ArrayList<>();
    for (Element part : bodies) {
      if (part.hasText()) {
        if (!parts.isEmpty() && PageCleaner.isInside(part, parts.get(parts.size() - 1))) {
          return List.of(); // nested marks: one body marked twice, not a body in parts
        }
        parts.add(part);
      }
    }
    return parts;
  }

  private static Element commonAncestor(List<Element> elements) {
    Element common = elements.get(0).parent();
    for (Element element : elements) {
      while (common != null && !PageCleaner.isInside(element, common)) {
        common = common.parent();
      }
    }
    return common;
  }

  /**
   * Whether a block of paragraphs outside the marked article holds several times its text: the
   * page marked a photo box or a teaser, and its real text sits elsewhere.
   */
  private static boolean outweighed(Document page, Element marked) {
    Map<Element, Integer> blocks = new IdentityHashMap<>();
    for (Element p : page.select("p")) {
      Element parent = p.parent();
      if (parent != null && parent != marked && !PageCleaner.isInside(parent, marked) && !PageCleaner.isInside(marked, parent)) {
        blocks.merge(parent, p.text().length(), Integer::sum);
      }
    }
    int markedText = Blocks.paragraphText(marked);
    return blocks.values().stream().anyMatch(text -> text > OUTWEIGHED * markedText + MIN_MARKED_TEXT);
  }

  /**
   * The elements holding the article's text, in document order: the marked article when it has
   * text enough, else the best-scoring block and its like siblings, else the whole (cleaned) body.
   */
  static List<Element> find(Element body, Element marked) {
    if (marked != null && marked.text().length() >= MIN_MARKED_TEXT) {
      List<Element> parts = bodyParts(marked); // the marked body, or its parts left after cleaning
      return parts.isEmpty() ? List.of(marked) : parts;
    }
    Map<Element, Double> scores = scores(body);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
      double score = candidate.getValue() * (1 - Blocks.linkDensity(candidate.getKey()));
      candidate.setValue(score);
      if (score > best) {
        best = score;
        top = candidate.getKey();
      }
    }
    if (top == null) {
      return List.of(body); // no paragraph long enough to score: a fragment, or a page of scraps
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> sections = sections(body, top, scores, threshold);
    if (sections.size() > 1) {
      return sections;
    }
    Element parent = top.parent();
    if (parent == null || top == body) {
      return List.of(top);
    }
    List<Element> found = new ArrayList<>();
    boolean beforeTop = true;
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        beforeTop = false;
      }
      if (sibling == top
          || scores.getOrDefault(sibling, 0.0) >= threshold
          || looksLikeProse(sibling, beforeTop)) {
        found.add(sibling);
      }
    }
    return found;
  }

  /**
   * The top block and the other blocks of its kind that score and read as prose, in page order:
   * an article laid out in sections, each in a container of its own with a subheading, a quote or
   * a picture between them. A block's kind is its tag and classes, its parent's and grandparent's:
   * an author's box may share the text's class, not its setting. Teasers of other stories are
   * single paragraphs full of links.
   */
  private static List<Element> sections(Element body, Element top, Map<Element, Double> scores, double threshold) {
    if (top.className().isBlank()) {
      return List.of(top);
    }
    String kind = kind(top);
    List<Element> sections = new ArrayList<>();
    for (Element block : body.getElementsByTag(top.normalName())) {
      boolean section =
          block == top
              || (scores.getOrDefault(block, 0.0) >= threshold
                  && kind(block).equals(kind)
                  && !PageCleaner.isInside(block, top)
                  && !PageCleaner.isInside(top, block)
                  && (sections.isEmpty() || !PageCleaner.isInside(block, sections.get(sections.size() - 1)))
                  && paragraphs(block) >= 2
                  && Blocks.linkDensity(block) < PROSE_LINKS);
      if (section) {
        sections.add(block);
      }
    }
    return sections;
  }

  private static String kind(Element block) {
    StringBuilder kind = new StringBuilder();
    Element element = block;
    for (int level = 0; level < 3 && element != null; level++, element = element.parent()) {
      kind.append(element.normalName()).append('.').append(element.className()).append(" < ");
    }
    return kind.toString();
  }

  private static int paragraphs(Element block) {
    int count = 0;
    for (Element p : block.getElementsByTag("p")) {
      if (p.text().length() >= MIN_PARAGRAPH) {
        count++;
      }
    }
    return count;
  }

  private static Map<Element, Double> scores(Element body) {
    // in the order blocks are first credited (jsoup's elements are equal only to themselves), so
    // that a tie for the top goes to the same block run after run, not by identity hash
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element paragraph : body.select("p, pre, td, div")) {
      boolean container =
          (paragraph.normalName().equals("td")
                  && (Blocks.hasDoubleBreak(paragraph) || Blocks.hasBlocksBesidesBreaks(paragraph)))
              || (paragraph.normalName().equals("div") && Blocks.hasBlockChildren(paragraph));
      if (container) {
        // a container, scored through its paragraphs; lines of text set between its blocks or
        // <br>s are paragraphs of their own, as if wrapped in <p> (Readability does so); a table
        // cell is one paragraph unless blank lines (<br><br>) part its text, as in tables laid
        // out before CSS, or it holds blocks (tables, paragraphs): a layout cell, whose whole
        // text (a story and a column of teasers) would credit the row around both
        for (String line : BlockText.ownLines(paragraph)) {
          score(scores, paragraph, line);
        }
        continue;
      }
      Element parent = paragraph.parent();
      if (parent != null) {
        score(scores, parent, paragraph.text());
      }
    }
    return scores;
  }

  /** Credits a paragraph of {@code text} to {@code parent} and half of it to the grandparent. */
  private static void score(Map<Element, Double> scores, Element parent, String text) {
    if (text.length() < MIN_PARAGRAPH) {
      return;
    }
    double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
    credit(scores, parent, score);
    Element grandparent = parent.parent();
    if (grandparent != null) {
      credit(scores, grandparent, score / 2);
    }
  }

  private static void credit(Map<Element, Double> scores, Element candidate, double score) {
    scores.merge(candidate, initialScore(candidate) + score, (old, ignored) -> old + score);
  }

  /** Readability's prior: what kind of element it is, and what its class and id say. */
  private static double initialScore(Element element) {
    double score =
        switch (element.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String names = element.className() + " " + element.id();
    if (Furniture.hasHint(names)) {
      score -= 25;
    }
    if (hasPositiveHint(names)) {
      score += 25;
    }
    return score;
  }

  private static boolean hasPositiveHint(String names) {
    for (String word : Furniture.classWords(names)) {
      if (POSITIVE.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A paragraph beside the top block that reads as prose: long, or a whole sentence, and few
   * links. Before the top block, a div of text alone, without blocks, is a paragraph too: a
   * story's first paragraph set apart as its abstract (after it, such a div is an author's note).
   */
  private static boolean looksLikeProse(Element element, boolean beforeTop) {
    boolean paragraph =
        element.normalName().equals("p")
            || (beforeTop && element.normalName().equals("div") && !Blocks.hasBlockChildren(element));
    if (!paragraph) {
      return false;
    }
    String text = element.text();
    double links = Blocks.linkDensity(element);
    return (text.length() >= 80 && links < PROSE_LINKS)
        || (links == 0 && text.length() >= MIN_PARAGRAPH && SENTENCE_END.matcher(text).matches());
  }

  private static int commas(String text) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        commas++;
      }
    }
    return commas;
  }

  private static Element mostText(List<Element> elements) {
    Element most = null;
    int mostText = -1;
    for (Element element : elements) {
      int text = Blocks.paragraphText(element);
      if (text > mostText) {
        most = element;
        mostText = text;
      }
    }
    return most;
  }
}
