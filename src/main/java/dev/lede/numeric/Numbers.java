package dev.lede.numeric;

import java.util.Locale;

/**
 * Reading numbers from tokens: numerals ("1,250.5"), number words ("twenty-five"), scale words
 * ("3.5 billion", "£15.8m"), years, days of the month. Hand-written scanners rather than regular
 * expressions: each looks at every character once.
 */
final class Numbers {

  static final int FIRST_YEAR = 1000;
  static final int LAST_YEAR = 2099;

  private static final WordSet WORDS =
      WordSet.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
          "ninety");
  /** Scale words that may stand apart from their number: "3.5 billion", "Rs 500 crore". */
  private static final WordSet SCALES =
      WordSet.of(
          "hundred", "thousand", "million", "billion", "trillion", "bn", "tn", "trn", "mn", "crore",
          "crores", "lakh", "lakhs");
  /** Short scales that only count when glued to the number ("5m", "£15.8m"): "5 m" is metres. */
  private static final String[] GLUED_SCALES = {"bn", "tn", "trn", "mn", "m", "k", "b"};
  /** Words that stand for a number only before a scale: "a billion", "half a million". */
  private static final WordSet BEFORE_SCALE = WordSet.of("a", "an", "half");
  private static final WordSet ORDINAL_SUFFIXES = WordSet.of("st", "nd", "rd", "th");
  /** Cap on a number phrase, so that a scan from each token stays bounded. */
  private static final int MAX_PHRASE = 8;

  private Numbers() {}

  /** Digits with optional thousands commas and decimals: "7", "1,250", "12.5", "0.25". */
  static boolean isNumeral(String s) {
    int n = s.length();
    if (n == 0 || !isDigit(s.charAt(0)) || !isDigit(s.charAt(n - 1))) {
      return false;
    }
    boolean decimal = false;
    int sinceComma = -1; // digits since the last comma, -1 before any comma
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (isDigit(c)) {
        if (sinceComma >= 0 && !decimal) {
          sinceComma++;
        }
      } else if (c == ',' && !decimal && (sinceComma < 0 || sinceComma == 3)) {
        sinceComma = 0;
      } else if (c == '.' && !decimal && (sinceComma < 0 || sinceComma == 3)) {
        decimal = true;
      } else {
        return false;
      }
    }
    return sinceComma < 0 || sinceComma == 3 || decimal;
  }

  /** A range the tokenizer keeps whole: "6-6.5", "40-40.25". */
  static boolean isNumeralRange(String s) {
    int dash = s.indexOf('-');
    return dash > 0 && isNumeral(s.substring(0, dash)) && isNumeral(s.substring(dash + 1));
  }

  /** The second half of a range the tokenizer splits as "0.7" "-0.8": "-0.8". */
  static boolean isRangeEnd(String s) {
    return s.length() > 1 && s.charAt(0) == '-' && isNumeral(s.substring(1));
  }

  /** A numeral, possibly with a short scale glued on: "5", "5m", "3.5bn". */
  static boolean isNumeralWithScale(String s) {
    // both forms open with a digit: most tokens are words, and leave here
    if (s.isEmpty() || !isDigit(s.charAt(0))) {
      return false;
    }
    if (isNumeral(s)) {
      return true;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String scale : GLUED_SCALES) {
      if (lower.endsWith(scale) && isNumeral(s.substring(0, s.length() - scale.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The value of an all-digit token of at most {@code maxDigits} digits, else -1. */
  static int digits(String s, int maxDigits) {
    if (s.isEmpty() || s.length() > maxDigits) {
      return -1;
    }
    int value = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A year as news writes one: four digits from 1000 to 2099, else -1. */
  static int year(String s) {
    int value = s.length() == 4 ? digits(s, 4) : -1;
    return value >= FIRST_YEAR && value <= LAST_YEAR ? value : -1;
  }

  /** A day of the month, "24" or "24th", else -1. */
  static int dayOfMonth(String s) {
    int value = digits(s, 2);
    if (value < 0) {
      value = ordinal(s);
    }
    return value >= 1 && value <= 31 ? value : -1;
  }

  /** The value of a digit ordinal, "1st", "22nd", "24th", else -1. */
  static int ordinal(String s) {
    if (s.length() < 3 || !isDigit(s.charAt(0))) {
      return -1;
    }
    String suffix = s.substring(s.length() - 2).toLowerCase(Locale.ROOT);
    if (!ORDINAL_SUFFIXES.contains(suffix)) {
      return -1;
    }
    return digits(s.substring(0, s.length() - 2), 3);
  }

  /** Whether the token is a number word, "seven" or "twenty-five" written as one token. */
  static boolean isNumberWord(String lower) {
    if (WORDS.contains(lower)) {
      return true;
    }
    int dash = lower.indexOf('-');
    return dash > 0
        && WORDS.contains(lower.substring(0, dash))
        && WORDS.contains(lower.substring(dash + 1));
  }

  static boolean isScale(String lower) {
    return SCALES.contains(lower);
  }

  /**
   * The end of the number phrase that starts at token {@code i} ("3.5 billion", "twenty - five
   * million", "a billion", "one hundred and fifty"), or -1 if none starts there.
   */
  static int phraseEnd(Tokens t, int i) {
    int j = i;
    String first = t.lower(i);
    if (isNumeralWithScale(first) || isNumberWord(first)) {
      j++;
    } else if (isNumeralRange(first)) {
      return i + 1;
    } else if (BEFORE_SCALE.contains(first) && isBigScale(t.lower(i + 1))) {
      j++;
    } else {
      return -1;
    }
    return scalesEnd(t, j, i + MAX_PHRASE);
  }

  /** The end of the scale and number words that continue a number at token {@code j}. */
  static int scalesEnd(Tokens t, int j, int limit) {
    while (j < limit && j < t.size()) {
      String w = t.lower(j);
      if (isScale(w)) {
        j++;
      } else if (isRangeEnd(w) && t.attached(j) && isNumeral(t.lower(j - 1))) {
        j++;
      } else if (isGluedScale(w) && t.attached(j)) {
        j++;
      } else if (w.equals("-") && t.attached(j) && isNumberWord(t.lower(j - 1))
          && isNumberWord(t.lower(j + 1)) && t.attached(j + 1)) {
        j += 2; // "twenty - five" as the tokenizer splits it
      } else if (isNumberWord(w) && isNumberOrScaleWord(t.lower(j - 1))) {
        j++;
      } else if (w.equals("and") && isScale(t.lower(j - 1)) && isNumberWord(t.lower(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isBigScale(String lower) {
    return lower.equals("hundred") || lower.equals("thousand") || lower.equals("million")
        || lower.equals("billion") || lower.equals("trillion");
  }

  private static boolean isGluedScale(String lower) {
    for (String scale : GLUED_SCALES) {
      if (scale.equals(lower)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumberOrScaleWord(String lower) {
    return isNumberWord(lower) || isScale(lower);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
