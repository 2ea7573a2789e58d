package dev.lede.input;

/**
 * One decoded article. {@code title} is its headline line when the text opens with one (else
 * null); {@code bodyStart} is where the body begins in {@code text}: after the headline, or 0.
 * {@code warning} says what decoding had to assume (a fallback charset), or is null.
 */
public record Article(String source, String text, String title, int bodyStart, String warning) {

  /** An article whose headline, if any, is detected from its first line. */
  public static Article of(String source, String text, String warning) {
    int titleEnd = Headlines.headlineEnd(text);
    if (titleEnd < 0) {
      return new Article(source, text, null, 0, warning);
    }
    return new Article(source, text, text.substring(0, titleEnd).strip(), titleEnd, warning);
  }
}
