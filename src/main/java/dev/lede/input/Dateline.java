package dev.lede.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "KYIV, April 21 (Reuters) -", "LONDON —",
 * "WASHINGTON (AP) —", "(CNN) --". {@code place} is the place as written (null when only the
 * source is given), {@code source} the agency in brackets (or null); {@code start} and
 * {@code end} are its char offsets in the article, the dash and the space after it included.
 */
public record Dateline(String place, String source, int start, int end) {

  /** Datelines are short: only this much of the body's opening is looked at. */
  private static final int MAX_LENGTH = 120;

  // Bounded repetitions only, run on a bounded prefix: no input can make it backtrack for long.
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?<place>\\p{Lu}[\\p{Lu}.'\\-/]+(?: \\p{Lu}[\\p{Lu}.'\\-/]*){0,3}"
              + "(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)?)?"
              + "(?:, (?<date>\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?))?"
              + " ?(?:\\((?<source>\\p{Lu}[\\p{L}&.' ]{0,30})\\))?"
              + " ?(?:--|[-\u2014\u2013]) ");

  /** The dateline at {@code from} in {@code text} (after white space), or null when there is none. */
  public static Dateline find(String text, int from) {
    int start = from;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    Matcher m = DATELINE.matcher(text);
    m.region(start, Math.min(text.length(), start + MAX_LENGTH));
    if (!m.lookingAt()) {
      return null;
    }
    String place = m.group("place");
    String source = m.group("source");
    if (place == null && source == null) {
      return null;
    }
    if (place != null && !isAllCaps(place)) {
      return null;
    }
    return new Dateline(place == null ? null : place.strip(), source, start, m.end());
  }

  /** A place in a dateline is written in capitals ("NEW YORK"), its state or country after a comma may not be. */
  private static boolean isAllCaps(String place) {
    String city = place.contains(",") ? place.substring(0, place.indexOf(',')) : place;
    int letters = 0;
    for (int i = 0; i < city.length(); i++) {
      char c = city.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
