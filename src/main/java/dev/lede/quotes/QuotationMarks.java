package dev.lede.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between double quotation marks, straight or curly, paragraph by paragraph (a
 * line is a paragraph). News style opens every paragraph of a long quotation with a mark and
 * closes only the last one, so an unclosed quotation continues when the next paragraph opens
 * with a mark, and is dropped otherwise (an unmatched mark is more often a typo or an inch sign
 * than speech).
 */
final class QuotationMarks {

  /** One quotation: the offsets of its opening and closing marks (the close is exclusive). */
  record Marked(int open, int close, List<int[]> parts) {}

  private QuotationMarks() {}

  static boolean isOpening(char c) {
    return c == '"' || c == '\u201c' || c == '\u201e';
  }

  static boolean isClosing(char c) {
    return c == '"' || c == '\u201d';
  }

  /**
   * The quotations in {@code text[from, to)}. Each has one or more parts (one per paragraph),
   * each part the offsets just inside its marks.
   */
  static List<Marked> find(String text, int from, int to) {
    List<Marked> found = new ArrayList<>();
    List<int[]> parts = new ArrayList<>();
    int open = -1;
    int partStart = -1;
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > to) {
        lineEnd = to;
      }
      if (partStart >= 0) {
        // an open quotation carries over only into a paragraph that opens with a mark
        int first = firstNonSpace(text, lineStart, lineEnd);
        if (first == lineEnd) {
          lineStart = lineEnd + 1;
          continue;
        }
        if (isOpening(text.charAt(first))) {
          parts.add(new int[] {partStart, trimEnd(text, partStart, lineStart)});
          partStart = first + 1;
          lineStart = first + 1;
        } else {
          parts.clear();
          open = -1;
          partStart = -1;
        }
      }
      for (int i = lineStart; i < lineEnd; i++) {
        char c = text.charAt(i);
        if (partStart < 0) {
          if (isOpening(c) && !isInchMark(text, i)) {
            open = i;
            partStart = i + 1;
          }
        } else if (c == '\u201c' || c == '\u201e') {
          // a curly opening mark inside an open quotation: the earlier one was never closed
          parts.clear();
          open = i;
          partStart = i + 1;
        } else if (isClosing(c)) {
          parts.add(new int[] {partStart, i});
          found.add(new Marked(open, i + 1, List.copyOf(parts)));
          parts.clear();
          open = -1;
          partStart = -1;
        }
      }
      lineStart = lineEnd + 1;
    }
    return found;
  }

  /** A straight mark right after a digit is a measure (5'10"), not a quotation. */
  private static boolean isInchMark(String text, int i) {
    return text.charAt(i) == '"' && i > 0 && Character.isDigit(text.charAt(i - 1));
  }

  private static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
