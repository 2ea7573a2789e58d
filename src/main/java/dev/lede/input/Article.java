package dev.lede.input;

/**
 * One decoded article. {@code title} is its headline line when the text opens with one (else
 * null); {@code bodyStart} is where the body begins in {@code text}: after the headline, or 0.
 * {@code warning} says what decoding had to assume (a fallback charset), or is null.
 * {@code published} is when the article was published, as its page says (ISO-8601), or null.
 * {@code dateline} is the wire-story dateline that opens the body, or null; the body starts
 * after it.
 */
public record Article(
    String source,
    String text,
    String title,
    int bodyStart,
    String warning,
    String published,
    Dateline dateline) {

  /** An article with no dateline, or whose dateline is not known. */
  public Article(
      String source, String text, String title, int bodyStart, String warning, String published) {
    this(source, text, title, bodyStart, warning, published, null);
  }

  /** An article whose headline, if any, is detected from its first line. */
  public static Article of(String source, String text, String warning) {
    int titleEnd = Headlines.headlineEnd(text);
    if (titleEnd < 0) {
      return new Article(source, text, null, 0, warning, null).withDateline();
    }
    return new Article(source, text, text.substring(0, titleEnd).strip(), titleEnd, warning, null)
        .withDateline();
  }

  /**
   * This article with the dateline that opens its body, if any, found: the body then starts
   * after it, so that the dateline is not part of the first sentence.
   */
  public Article withDateline() {
    Dateline found = Dateline.find(text, bodyStart);
    if (found == null) {
      return this;
    }
    return new Article(source, text, title, found.end(), warning, published, found);
  }

  /**
   * An article whose headline is known (from an HTML page): its text is the headline line, a
   * blank line and the body, as a plain-text article would be, and offsets count in that text.
   */
  public static Article titled(String source, String title, String body, String published, String warning) {
    if (title == null) {
      return new Article(source, body, null, 0, warning, published).withDateline();
    }
    return new Article(source, title + "\n\n" + body, title, title.length(), warning, published)
        .withDateline();
  }
}
