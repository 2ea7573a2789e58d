package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Sentence breaks at closing quotation marks, where Apache's English model errs both ways. It
 * breaks before whatever follows them ("'Why now?' | he asked.", "read 'Closed.' | and left"),
 * which leaves a quote without its speaker: such a break is wrong when a lower-case word follows,
 * or, after a question or exclamation mark, a speaker and a speech verb ("'Why now?' Ann Holt
 * asked."). After a period it also misses breaks ("'We will fix it, I promise.' Ann Holt left"),
 * most often in British copy with single quotes: one is made when a capital letter or a digit
 * follows, or an opening mark before one.
 */
final class QuoteBreaks {

  /** The opening of an attribution: up to four capitalized words and a speech verb, or the verb and a name. */
  private static final Pattern ATTRIBUTION;

  static {
    String verb = "(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|shouts|"
        + "cried|wondered|explained|insisted|continued|joked|quipped|exclaimed|demanded|screamed|yelled|"
        + "recalled|tweeted|posted)";
    String word = "\\p{Lu}[\\p{L}'\u2019.\\-]*";
    // what may follow the verb in an attribution: its end, a place or time, or a name ("asked Tom
    // Ray"); not a clause, which opens a sentence of its own ("Holt said he would go ...")
    String rest = "(?:\\s*[.,;]|\\s+(?:(?:in|at|on|during|after|before|when|as|while|to|from|last|yesterday|today|"
        + "earlier|later|again)\\b|\\p{Lu}))";
    ATTRIBUTION = Pattern.compile("(?:" + word + "\\s+){1,4}" + verb + rest + "|" + verb + "\\s+\\p{Lu}");
  }

  private QuoteBreaks() {}

  /** The spans of {@code line} with the breaks made that the model missed after a period. */
  static List<Span> split(String line, List<Span> spans) {
    List<Span> result = new ArrayList<>(spans.size());
    for (Span span : spans) {
      int start = span.getStart();
      // one pass over the span's characters: a search for the next period could run past the span
      for (int dot = start; dot < span.getEnd(); dot++) {
        int end = line.charAt(dot) == '.' ? breakAfter(line, dot, span.getEnd()) : -1;
        if (end > 0) {
          result.add(new Span(start, end));
          start = end;
        }
      }
      result.add(new Span(start, span.getEnd()));
    }
    return result;
  }

  /**
   * Whether the piece {@code after} carries on the sentence that {@code before} ends inside
   * quotation marks (both stripped and not empty): it opens with a lower-case word, or, after a
   * question or exclamation, with an attribution.
   */
  static boolean carriesOn(String before, String after) {
    int marks = before.length();
    while (marks > 0 && isClosingQuote(before.charAt(marks - 1))) {
      marks--;
    }
    if (marks == before.length() || marks == 0 || ".?!".indexOf(before.charAt(marks - 1)) < 0) {
      return false;
    }
    return Character.isLowerCase(after.charAt(0)) || before.charAt(marks - 1) != '.' && ATTRIBUTION.matcher(after).lookingAt();
  }

  /** Where a sentence ends if the period at {@code dot} ends one inside quotes, else -1. */
  private static int breakAfter(String line, int dot, int limit) {
    if (dot == 0 || !Character.isLetterOrDigit(line.charAt(dot - 1)) && line.charAt(dot - 1) != '.') {
      return -1;
    }
    int end = dot + 1;
    while (end < limit && isClosingQuote(line.charAt(end))) {
      end++;
    }
    if (end == dot + 1 || end >= limit || line.charAt(end) != ' ') {
      return -1;
    }
    int next = end;
    while (next < limit && line.charAt(next) == ' ') {
      next++;
    }
    if (next < limit && isOpeningQuote(line.charAt(next))) {
      next++; // a quotation opens the next sentence ("... promise.' 'We ...")
    }
    if (next == limit || !(Character.isUpperCase(line.charAt(next)) || Character.isDigit(line.charAt(next)))) {
      return -1;
    }
    return end;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018';
  }
}
