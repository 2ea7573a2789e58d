package dev.lede.numeric;


/**
 * TIME mentions: clock times ("10 a.m.", "3:30 pm", "10:45 GMT", "10 o'clock"), named times
 * ("noon", "midnight", "tonight") and parts of days ("this morning", "last night", "Friday
 * night").
 */
final class TimeRule implements Rule {

  private static final WordSet MERIDIEM = WordSet.of("am", "pm", "a.m", "p.m", "a.m.", "p.m.");
  private static final String[] GLUED_MERIDIEM = {"a.m.", "p.m.", "a.m", "p.m", "am", "pm"};
  /** Zone abbreviations news appends to clock times, as written (upper case). */
  private static final WordSet ZONES =
      WordSet.of(
          "GMT", "BST", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT",
          "PST", "PDT", "CET", "CEST", "EET", "EEST", "IST", "JST", "KST", "AEST", "AEDT", "HKT",
          "SGT", "WIB", "MSK");
  private static final WordSet NAMED_TIMES = WordSet.of("noon", "midnight", "midday", "tonight");
  private static final WordSet DAY_PARTS = WordSet.of("morning", "afternoon", "evening", "night");
  private static final WordSet DAY_PART_ANCHORS =
      WordSet.of("this", "last", "yesterday", "tomorrow");
  private static final WordSet WEEKDAYS =
      WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final WordSet PREFIXES = WordSet.of("early", "late", "earlier", "later");
  private static final WordSet HOUR_WORDS =
      WordSet.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  @Override
  public Match match(Tokens t, int i) {
    int end = core(t, i);
    if (t.in(i, PREFIXES)) {
      end = Math.max(end, core(t, i + 1));
    }
    return end > i ? new Match(NumericType.TIME, end) : null;
  }

  private static int core(Tokens t, int i) {
    int end = clock(t, i);
    if (t.in(i, NAMED_TIMES) && !t.capitalizedInside(i)) { // not "Jamie Noon", "the Tonight Show"
      end = Math.max(end, i + 1);
    }
    boolean anchor = t.in(i, DAY_PART_ANCHORS) || (t.in(i, WEEKDAYS) && t.capitalized(i));
    // a capitalized part is a name: "Monday Night Football"
    if (anchor && t.in(i + 1, DAY_PARTS) && t.text(i + 1).equals(t.lower(i + 1))) {
      end = Math.max(end, i + 2);
    }
    return end;
  }

  /** "10 a.m.", "10am", "3:30 pm", "17:30", "1500 GMT", "10 o'clock", each with a zone if given. */
  private static int clock(Tokens t, int i) {
    String s = t.text(i);
    // every clock opens with a digit; only an hour word ("ten o'clock") does not
    if ((s.isEmpty() || !Character.isDigit(s.charAt(0))) && !t.in(i, HOUR_WORDS)) {
      return -1;
    }
    int j;
    String beforeMeridiem = withoutGluedMeridiem(t.lower(i));
    if (beforeMeridiem != null && isClock(beforeMeridiem, 12)) {
      j = i + 1;
    } else if (isClock(s, 12) && t.in(i + 1, MERIDIEM)) {
      j = meridiemEnd(t, i + 1);
    } else if (s.indexOf(':') > 0 && isClock(s, 23)) {
      if (t.in(i + 1, MERIDIEM)) {
        j = meridiemEnd(t, i + 1);
      } else if (t.pos(i - 1).equals("PROPN") && !isZone(t, i + 1)) {
        return -1; // a verse, "John 3:16", not a time
      } else {
        j = i + 1;
      }
    } else if (s.length() == 4 && isClock(s.substring(0, 2) + ":" + s.substring(2), 23)
        && isZone(t, i + 1)) {
      j = i + 1; // "1500 GMT"
    } else if ((isClock(s, 12) && s.indexOf(':') < 0 || t.in(i, HOUR_WORDS))
        && t.text(i + 1).equals("o'clock")) { // not "the 10 O'clock News"
      j = i + 2;
    } else {
      return -1;
    }
    return zoneEnd(t, j);
  }

  /** The end of a meridiem at {@code m}, taking the tokenizer's split-off "." of "a.m." too. */
  private static int meridiemEnd(Tokens t, int m) {
    String meridiem = t.lower(m);
    boolean dotted = meridiem.equals("a.m") || meridiem.equals("p.m");
    return dotted && t.is(m + 1, ".") && t.attached(m + 1) ? m + 2 : m + 1;
  }

  private static int zoneEnd(Tokens t, int j) {
    if (isZone(t, j)) {
      return t.is(j, "local") ? j + 2 : j + 1;
    }
    return j;
  }

  private static boolean isZone(Tokens t, int j) {
    return ZONES.contains(t.text(j)) || (t.is(j, "local") && t.is(j + 1, "time"));
  }

  private static String withoutGluedMeridiem(String lower) {
    for (String meridiem : GLUED_MERIDIEM) {
      if (lower.length() > meridiem.length() && lower.endsWith(meridiem)) {
        return lower.substring(0, lower.length() - meridiem.length());
      }
    }
    return null;
  }

  /**
   * "10", "10:30" or "10.30" with an hour up to {@code maxHour}; a bare hour only on the
   * 12-hour clock, and "." only there, since "10.30" alone is a decimal.
   */
  private static boolean isClock(String s, int maxHour) {
    int separator = Math.max(s.indexOf(':'), s.indexOf('.'));
    if (separator < 0) {
      int hour = Numbers.digits(s, 2);
      return maxHour == 12 && hour >= 1 && hour <= 12;
    }
    if (s.charAt(separator) == '.' && maxHour != 12) {
      return false;
    }
    int hour = Numbers.digits(s.substring(0, separator), 2);
    String minutes = s.substring(separator + 1);
    int minute = minutes.length() == 2 ? Numbers.digits(minutes, 2) : -1;
    return hour >= 0 && hour <= maxHour && minute >= 0 && minute <= 59;
  }
}
