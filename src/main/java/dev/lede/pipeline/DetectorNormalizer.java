package dev.lede.pipeline;

import java.util.function.IntUnaryOperator;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The text OpenNLP's language detector scores: the normalizers of {@code
 * LanguageDetectorFactory.getContextGenerator()}, in its order, giving the same string. Their
 * regular expressions were a quarter of identifying a language, so each is skipped where its
 * patterns cannot match, and the replacements that news text does need (spaces, tags, the
 * "faces" that match inside words like "expect", hyphens, which the emoji pattern matches, and
 * numbers) are made by hand. Where a rarer pattern may match (a retweet mark, laughter, a char
 * repeated three times), OpenNLP's normalizer runs.
 */
final class DetectorNormalizer {

  private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();

  private DetectorNormalizer() {}

  static String normalize(CharSequence input) {
    String text = input.toString();
    if (mayHoldEmoji(text)) {
      text = withoutEmoji(text);
    }
    if (text.indexOf('@') >= 0 || text.contains("http")) {
      text = URL.normalize(text).toString();
    }
    text = withoutTags(text);
    text = mayRetweetOrLaugh(text) ? TWITTER.normalize(text).toString() : withoutFaces(text);
    if (containsAsciiDigit(text)) {
      text = withoutNumbers(text);
    }
    return mayRepeat(text) ? SHRINK.normalize(text).toString() : collapseSpaces(text).trim();
  }

  /**
   * Whether OpenNLP's emoji pattern may match: it matches "-" and every char from U+D83C up (its
   * range ends at the code point its surrogates spell); a supplementary code point's low
   * surrogate is above U+D83C too.
   */
  private static boolean mayHoldEmoji(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' || c >= '\uD83C') {
        return true;
      }
    }
    return false;
  }

  /**
   * The emoji normalizer's matches replaced by one space each, by hand: nearly every article has
   * a "-", and the pattern then ran on all of it (0.7 % of a batch). Java reads the pattern's
   * class, written as two surrogate ranges, as a range from U+D83C to U+10FC00 (the code point its
   * middle surrogates spell) and a "-", and matches runs of it code point by code point.
   */
  private static String withoutEmoji(String text) {
    return replacedBySpaces(
        text,
        start -> {
          if (start > 0 && Character.isSurrogatePair(text.charAt(start - 1), text.charAt(start))) {
            return -1; // inside a code point the pattern did not match whole
          }
          int end = start;
          while (end < text.length() && isEmojiClass(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
          }
          return end > start ? end : -1;
        });
  }

  private static boolean isEmojiClass(int codePoint) {
    return codePoint == '-' || (codePoint >= 0xD83C && codePoint <= 0x10FC00);
  }

  /** The number normalizer's {@code \d+} (ASCII digits) replaced by one space a run, by hand. */
  private static String withoutNumbers(String text) {
    return replacedBySpaces(
        text,
        start -> {
          int end = start;
          while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
          }
          return end > start ? end : -1;
        });
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean containsAsciiDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isAsciiDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the Twitter normalizer's retweet mark ({@code \b(rt[ :])+}) or laughter ({@code
   * ([hj])+([aieou])+(\1+\2+)+}) may match, both ignoring ASCII case, once tags are replaced
   * (the space that replaces one may end a retweet mark). Its face replacements come after the
   * retweet marks and cannot make laughter: they leave a space where they take text out. Tags
   * replaced twice are replaced once: a "#" or "@" left is followed by a space or the end.
   */
  private static boolean mayRetweetOrLaugh(String text) {
    int n = text.length();
    for (int i = 0; i + 2 < n; i++) {
      char c = lowerAscii(text.charAt(i));
      if (c == 'r') {
        // \b before the "r": a letter, digit or underscore before it rules it out
        boolean boundary = i == 0 || !isAsciiWordChar(text.charAt(i - 1));
        char after = text.charAt(i + 2);
        if (boundary && lowerAscii(text.charAt(i + 1)) == 't' && (after == ' ' || after == ':')) {
          return true;
        }
      } else if ((c == 'h' || c == 'j') && isVowel(text.charAt(i + 1))) {
        int j = i + 1;
        while (j < n && isVowel(text.charAt(j))) {
          j++;
        }
        if (j < n && lowerAscii(text.charAt(j)) == c) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code [#@]\S+} replaced by a space, as the Twitter normalizer does first. */
  private static String withoutTags(String text) {
    if (text.indexOf('#') < 0 && text.indexOf('@') < 0) {
      return text;
    }
    return replacedBySpaces(text, i -> {
      char c = text.charAt(i);
      if ((c != '#' && c != '@') || i + 1 == text.length() || isRegexSpace(text.charAt(i + 1))) {
        return -1;
      }
      int end = i + 1;
      while (end < text.length() && !isRegexSpace(text.charAt(end))) {
        end++;
      }
      return end;
    });
  }

  /**
   * {@code [:;x]-?[()dop]}, ignoring ASCII case, replaced by a space, as the Twitter normalizer
   * does after its retweet marks: "expect" becomes "e ect".
   */
  private static String withoutFaces(String text) {
    return replacedBySpaces(text, i -> {
      char c = text.charAt(i);
      if ((c != ':' && c != ';' && lowerAscii(c) != 'x') || i + 1 == text.length()) {
        return -1;
      }
      if (text.charAt(i + 1) == '-' && i + 2 < text.length() && isMouth(text.charAt(i + 2))) {
        return i + 3;
      }
      return isMouth(text.charAt(i + 1)) ? i + 2 : -1;
    });
  }

  private static boolean isMouth(char c) {
    char lower = lowerAscii(c);
    return c == '(' || c == ')' || lower == 'd' || lower == 'o' || lower == 'p';
  }

  /**
   * Whether the shrink normalizer's {@code (.)\1{2,}} may match once its spaces are collapsed:
   * a char three times in a row, ignoring ASCII case (runs of regex spaces are collapsed first,
   * so they cannot), or any surrogate (a supplementary char repeated).
   */
  private static boolean mayRepeat(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
      if (i + 2 < text.length()
          && !isRegexSpace(c)
          && lowerAscii(text.charAt(i + 1)) == lowerAscii(c)
          && lowerAscii(text.charAt(i + 2)) == lowerAscii(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s{2,}} replaced by one space, as the shrink normalizer does first. */
  private static String collapseSpaces(String text) {
    return replacedBySpaces(text, i -> {
      int end = i;
      while (end < text.length() && isRegexSpace(text.charAt(end))) {
        end++;
      }
      return end - i >= 2 ? end : -1;
    });
  }

  /**
   * The text with matches replaced by one space each, found left to right as a regular
   * expression's {@code replaceAll} finds them: {@code matchEnd} gives the end of the match that
   * starts at an index, or -1 where none does.
   */
  private static String replacedBySpaces(String text, IntUnaryOperator matchEnd) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      int end = matchEnd.applyAsInt(i);
      if (end < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(' ');
      copied = end;
      i = end - 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** {@code \s} of Java's regular expressions without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** What an ASCII-only case-insensitive pattern compares. */
  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean isVowel(char c) {
    char lower = lowerAscii(c);
    return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u';
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }
}
