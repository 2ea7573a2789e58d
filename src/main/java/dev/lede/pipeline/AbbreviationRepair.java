package dev.lede.pipeline;

import java.util.Set;

/**
 * The sentence breaks Apache's English model (trained on web text, UD EWT) makes after the
 * abbreviations of news style: "Gov. | Ellen Marsh", "Feb. | 24, 2022", "U.S. | President".
 * A break is wrong when what precedes cannot end a sentence (a comma), when what follows cannot
 * open one (a lower-case word, a comma), when
 * what precedes is a title that always has a name after it, when a month abbreviation is followed
 * by a day, when "a.m." or "p.m." is followed by a time zone ("7:15 a.m. ET on Monday"), or when
 * the piece before the break is a single abbreviation.
 */
final class AbbreviationRepair {

  /** Titles written before a name; a sentence never ends with one. */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "cpl",
          "adm", "maj", "prof", "rev", "fr", "st", "mt", "ft", "pres", "supt", "insp", "det",
          "hon", "messrs");

  private static final Set<String> MONTHS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Time zones written after a clock time in news ("7:15 a.m. ET"). */
  private static final Set<String> TIME_ZONES =
      Set.of("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT",
          "BST", "UTC", "CET", "CEST", "AEST", "AEDT", "IST", "JST");

  private AbbreviationRepair() {}

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }

  /** Whether the break between two pieces, each stripped and not empty, is wrong. */
  static boolean shouldJoin(String before, String after) {
    char end = before.charAt(before.length() - 1);
    if (end == ',' || end == ';' || end == ':') {
      return true; // no sentence ends with these
    }
    if (end != '.') {
      return false;
    }
    int first = after.codePointAt(0);
    if (Character.isLowerCase(first) || ",;:)%".indexOf(first) >= 0) {
      return true;
    }
    String lastWord = lastWord(before);
    String abbreviation = lastWord.substring(0, lastWord.length() - 1).toLowerCase(java.util.Locale.ROOT);
    if (TITLES.contains(abbreviation)) {
      return true;
    }
    if (MONTHS.contains(abbreviation) && Character.isDigit(first)) {
      return true;
    }
    // "7:15 a.m. | ET on Monday": a time zone after a clock time goes with it
    if ((abbreviation.equals("a.m") || abbreviation.equals("p.m")) && TIME_ZONES.contains(firstWord(after))) {
      return true;
    }
    // a piece that is one abbreviation alone ("U.S.") is no sentence
    return lastWord.equals(before) && lastWord.length() <= 6;
  }

  private static String lastWord(String text) {
    int space = text.length() - 1;
    while (space >= 0 && !Character.isWhitespace(text.charAt(space))) {
      space--;
    }
    String word = text.substring(space + 1);
    // an opening bracket or quote before the abbreviation is not part of it
    int letters = 0;
    while (letters < word.length() - 1 && !Character.isLetterOrDigit(word.charAt(letters))) {
      letters++;
    }
    return word.substring(letters);
  }
}
