package dev.lede.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits raw text into tokens the way CoNLL-2003 has them, so that word clusters learned on raw
 * text match the tagger's tokens: punctuation off the ends of words, "'s" and "n't" apart, while
 * "U.S.", "3.5", "Allied-Signal" and "J." stay whole, as in CoNLL's tokens.
 */
public final class ConllStyleTokenizer {

  private static final String LEADING = "\"'`([{<";
  private static final String TRAILING = "\"'`)]}>,;:!?";

  private ConllStyleTokenizer() {}

  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    for (String word : text.trim().split("\\s+")) {
      if (!word.isEmpty()) {
        split(word, tokens);
      }
    }
    return tokens;
  }

  private static void split(String word, List<String> tokens) {
    int start = 0;
    int end = word.length();
    while (start < end && LEADING.indexOf(word.charAt(start)) >= 0) {
      tokens.add(String.valueOf(word.charAt(start)));
      start++;
    }
    List<String> tail = new ArrayList<>();
    while (end > start) {
      char last = word.charAt(end - 1);
      if (TRAILING.indexOf(last) >= 0) {
        tail.add(0, String.valueOf(last));
        end--;
      } else if (last == '.' && !keepsPeriod(word.substring(start, end))) {
        tail.add(0, ".");
        end--;
      } else {
        break;
      }
    }
    String core = word.substring(start, end);
    if (!core.isEmpty()) {
      splitClitic(core, tokens);
    }
    tokens.addAll(tail);
  }

  /** Abbreviations keep their period: "U.S.", "Corp." is split, "J." (an initial) is kept. */
  private static boolean keepsPeriod(String core) {
    if (core.length() == 1) {
      return false;
    }
    String body = core.substring(0, core.length() - 1);
    return body.indexOf('.') >= 0 || (body.length() == 1 && Character.isUpperCase(body.charAt(0)));
  }

  private static void splitClitic(String core, List<String> tokens) {
    String lower = core.toLowerCase(Locale.ROOT);
    if (lower.endsWith("n't") && core.length() > 3) {
      tokens.add(core.substring(0, core.length() - 3));
      tokens.add(core.substring(core.length() - 3));
    } else if ((lower.endsWith("'s") || lower.endsWith("'m") || lower.endsWith("'d")) && core.length() > 2) {
      tokens.add(core.substring(0, core.length() - 2));
      tokens.add(core.substring(core.length() - 2));
    } else if ((lower.endsWith("'re") || lower.endsWith("'ve") || lower.endsWith("'ll")) && core.length() > 3) {
      tokens.add(core.substring(0, core.length() - 3));
      tokens.add(core.substring(core.length() - 3));
    } else {
      tokens.add(core);
    }
  }
}
