package dev.lede.input;

/**
 * Tells whether an article opens with a headline line: a short first line, followed by more
 * text, that does not end as prose sentences end.
 */
final class Headlines {

  private static final int MAX_WORDS = 25;

  private Headlines() {}

  /** The end of the headline line in {@code text}, or -1 when the first line is not a headline. */
  static int headlineEnd(String text) {
    int lineEnd = text.indexOf('\n');
    if (lineEnd < 0) {
      return -1;
    }
    String line = text.substring(0, lineEnd).strip();
    if (line.isEmpty() || text.substring(lineEnd).isBlank()) {
      return -1;
    }
    char last = line.charAt(line.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '"' || last == '\u201d') {
      return -1;
    }
    if (line.split("\\s+").length > MAX_WORDS) {
      return -1;
    }
    return lineEnd;
  }
}
