package dev.lede.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks, paragraph by paragraph (a line is a paragraph):
 * double marks, straight or curly ("...", “...”), low-high marks („...“, „...”),
 * guillemets («...»), and single marks, curly or straight ('...', ‘...’), as British
 * news quotes speech. A single mark opens only at the start of a word and closes only at the end
 * of one, so the apostrophes of "don't" and "fishermen's" are not marks; inside a double
 * quotation, single marks are a quotation within it and are left alone. News style opens every
 * paragraph of a long quotation with a mark and closes only the last one, so an unclosed
 * quotation continues when the next paragraph opens with a mark of its kind, and is dropped
 * otherwise (an unmatched mark is more often a typo or an inch sign than speech).
 */
final class QuotationMarks {

  /** One quotation: the offsets of its opening and closing marks (the close is exclusive). */
  record Marked(int open, int close, List<int[]> parts) {}

  /** The kinds of quotation, by their opening mark. */
  private enum Kind {
    DOUBLE,
    LOW,
    GUILLEMET,
    SINGLE;

    /** The kind a mark at {@code text[i]} opens, or null. */
    static Kind opened(String text, int i) {
      char c = text.charAt(i);
      return switch (c) {
        case '"', '\u201c' -> isInchMark(text, i) ? null : DOUBLE;
        case '\u201e' -> LOW;
        case '\u00ab' -> GUILLEMET;
        case '\u2018', '\'' -> startsWord(text, i) ? SINGLE : null;
        default -> null;
      };
    }

    /** Whether the mark at {@code text[i]} closes a quotation of this kind. */
    boolean closedBy(String text, int i) {
      char c = text.charAt(i);
      return switch (this) {
        case DOUBLE -> c == '"' || c == '\u201d';
        case LOW -> c == '\u201c' || c == '\u201d' || c == '"';
        case GUILLEMET -> c == '\u00bb';
        case SINGLE -> (c == '\u2019' || c == '\'') && endsWord(text, i);
      };
    }
  }

  private QuotationMarks() {}

  /**
   * The quotations in {@code text[from, to)}. Each has one or more parts (one per paragraph),
   * each part the offsets just inside its marks.
   */
  static List<Marked> find(String text, int from, int to) {
    List<Marked> found = new ArrayList<>();
    List<int[]> parts = new ArrayList<>();
    Kind kind = null;
    int open = -1;
    int partStart = -1;
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > to) {
        lineEnd = to;
      }
      if (partStart >= 0) {
        // an open quotation carries over only into a paragraph that opens with a mark of its kind
        int first = firstNonSpace(text, lineStart, lineEnd);
        if (first == lineEnd) {
          lineStart = lineEnd + 1;
          continue;
        }
        if (Kind.opened(text, first) == kind) {
          parts.add(new int[] {partStart, trimEnd(text, partStart, lineStart)});
          partStart = first + 1;
          lineStart = first + 1;
        } else {
          parts.clear();
          kind = null;
          open = -1;
          partStart = -1;
        }
      }
      for (int i = lineStart; i < lineEnd; i++) {
        if (partStart < 0) {
          kind = Kind.opened(text, i);
          if (kind != null) {
            open = i;
            partStart = i + 1;
          }
        } else if (kind.closedBy(text, i)) {
          parts.add(new int[] {partStart, i});
          found.add(new Marked(open, i + 1, List.copyOf(parts)));
          parts.clear();
          kind = null;
          open = -1;
          partStart = -1;
        } else if (kind != Kind.SINGLE && reopens(text, i)) {
          // a curly opening mark inside an open quotation: the earlier one was never closed
          parts.clear();
          kind = Kind.opened(text, i);
          open = i;
          partStart = i + 1;
        }
      }
      lineStart = lineEnd + 1;
    }
    return found;
  }

  private static boolean reopens(String text, int i) {
    char c = text.charAt(i);
    return c == '\u201c' || c == '\u201e' || c == '\u00ab';
  }

  /** A straight mark right after a digit is a measure (5'10"), not a quotation. */
  private static boolean isInchMark(String text, int i) {
    return text.charAt(i) == '"' && i > 0 && Character.isDigit(text.charAt(i - 1));
  }

  /** A single mark opens a quotation only before a word and not inside one ("don't", "'90s" aside). */
  private static boolean startsWord(String text, int i) {
    boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean beforeWord = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    return !afterWord && beforeWord;
  }

  /** A single mark closes a quotation only after a word or its punctuation, and not before a letter. */
  private static boolean endsWord(String text, int i) {
    boolean afterText = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean beforeLetter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return afterText && !beforeLetter;
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
