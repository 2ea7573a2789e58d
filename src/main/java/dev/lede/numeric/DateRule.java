package dev.lede.numeric;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DATE mentions: calendar dates in the forms news uses, weekdays, years used as years, decades,
 * quarters, seasons and dates relative to the article ("last week", "two years ago"). See {@link
 * NumericEntityFinder} for the list.
 */
final class DateRule implements Rule {

  private static final List<String> MONTH_NAMES =
      List.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");
  private static final WordSet FULL_MONTHS = WordSet.of(MONTH_NAMES);
  /** Full names and abbreviations ("feb", "sept"), lower case, to month numbers. */
  private static final Map<String, Integer> MONTHS = months();
  /** Month names that are also verbs, modals or first names: bare, they need a date context. */
  private static final WordSet AMBIGUOUS_MONTHS =
      WordSet.of("may", "march", "april", "june", "august");
  private static final WordSet WEEKDAYS =
      WordSet.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
          "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays");
  private static final WordSet DAYS_AROUND_TODAY = WordSet.of("yesterday", "today", "tomorrow");
  /** Units a deictic word can point at: "last week", "this summer". */
  private static final WordSet UNITS =
      WordSet.of(
          "week", "weekend", "month", "year", "quarter", "decade", "century", "season", "summer",
          "winter", "spring", "autumn", "fall", "fortnight");
  /** Units that are counted: "the past three years", "two days ago". */
  private static final WordSet COUNTED_UNITS =
      WordSet.of(
          "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years",
          "decade", "decades", "century", "centuries", "quarter", "quarters", "season", "seasons",
          "fortnight", "fortnights");
  private static final WordSet PLURAL_UNITS =
      WordSet.of("days", "weeks", "months", "years", "decades", "centuries", "quarters", "seasons");
  private static final WordSet SEASONS = WordSet.of("summer", "winter", "spring", "autumn", "fall");
  private static final WordSet DEICTIC = WordSet.of("last", "this", "next", "coming", "past");
  /** What follows "the" in "the past week", "the following day". */
  private static final WordSet DEICTIC_AFTER_THE =
      WordSet.of("last", "next", "coming", "past", "previous", "following", "same");
  private static final WordSet YEAR_POINTERS = WordSet.of("this", "last", "next");
  private static final WordSet AGO = WordSet.of("ago", "earlier", "later");
  /** Counts that are not numbers: "a few weeks ago", "several years ago". */
  private static final WordSet VAGUE_COUNTS =
      WordSet.of("a", "an", "several", "few", "many", "some");
  private static final WordSet ONE_WORD_PREFIXES =
      WordSet.of("early", "late", "mid", "earlier", "later", "fiscal", "fy");
  /** "the end of" and its kin, before a date: "the end of March". */
  private static final WordSet BOUNDARIES =
      WordSet.of("end", "start", "beginning", "middle", "turn", "close");
  private static final WordSet YEAR_CONTEXT =
      WordSet.of(
          "in", "since", "by", "until", "till", "from", "through", "before", "after", "during",
          "between", "circa", "year");
  /** Heads that make "of 2021" a year: "the summer of 2021", "the class of 2010". */
  private static final WordSet OF_YEAR_HEADS =
      WordSet.of("summer", "winter", "spring", "autumn", "fall", "class", "half", "quarter", "end",
          "start", "beginning", "middle");
  private static final WordSet YEAR_DETERMINERS =
      WordSet.of("the", "a", "an", "its", "his", "her", "their", "our", "this", "that");
  /** Verbs that make a sentence-opening number a year: "2022 was a hard year". */
  private static final WordSet YEAR_SUBJECT_VERBS =
      WordSet.of("was", "is", "will", "has", "had", "saw", "brought", "marked");
  /** Nouns that make a four-digit number a count: "2022 people", "in 1500 cases". */
  private static final WordSet COUNT_NOUNS =
      WordSet.of(
          "people", "persons", "men", "women", "children", "kids", "workers", "employees", "staff",
          "residents", "voters", "troops", "soldiers", "police", "officers", "students", "members",
          "jobs", "homes", "houses", "households", "cases", "deaths", "votes", "units", "cars",
          "vehicles", "tonnes", "tons", "miles", "metres", "meters", "feet", "yards", "km",
          "kilometres", "kilometers", "words", "pages", "points", "shares", "barrels", "copies",
          "times", "patients", "fans", "refugees", "migrants", "protesters", "visitors",
          "passengers", "customers", "users", "signatures", "calories", "acres", "hectares",
          "games", "matches", "goals", "runs");
  private static final WordSet NOMINAL_TAGS = WordSet.of("NOUN", "PROPN", "ADJ");
  private static final WordSet MONTH_CONTEXT =
      WordSet.of(
          "in", "since", "by", "until", "till", "from", "through", "before", "after", "during",
          "of", "between", "last", "next", "this", "early", "late", "mid", "every", "each",
          "throughout");
  private static final WordSet MONTH_JOINERS = WordSet.of("and", "or", "to", ",", "-", "–");
  private static final WordSet LEADER_NOUNS =
      WordSet.of("government", "administration", "cabinet", "ministry", "era", "years", "camp");
  private static final WordSet PERIODS = WordSet.of("year", "months", "quarter", "weeks", "period");
  private static final WordSet RANGE_WORDS =
      WordSet.of("-", "–", "to", "and", "through", "until");
  private static final WordSet DECADE_WORDS =
      WordSet.of(
          "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
          "nineties");
  private static final WordSet DECADE_PARTS = WordSet.of("early", "mid", "late");
  private static final WordSet ORDINAL_WORDS =
      WordSet.of("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th");

  @Override
  public Match match(Tokens t, int i) {
    int end = core(t, i, false);
    int prefix = prefixLength(t, i);
    if (prefix > 0) {
      end = Math.max(end, core(t, i + prefix, true));
    }
    return end > i ? new Match(NumericType.DATE, end) : null;
  }

  /**
   * The end of the longest date starting at token {@code i}, or -1. {@code anchored}: a modifier
   * before it ("early", "the end of") already says a date follows.
   */
  private static int core(Tokens t, int i, boolean anchored) {
    int end = monthDate(t, i, anchored);
    end = Math.max(end, dayMonth(t, i));
    end = Math.max(end, weekday(t, i));
    end = Math.max(end, relative(t, i));
    end = Math.max(end, decade(t, i));
    end = Math.max(end, numericDate(t, i));
    end = Math.max(end, year(t, i, anchored));
    end = Math.max(end, quarter(t, i));
    end = Math.max(end, season(t, i));
    end = Math.max(end, glued(t, i));
    return end;
  }

  /** Words before a date that belong to it: "early", "late", "fiscal", "the end of". */
  private static int prefixLength(Tokens t, int i) {
    if (t.in(i, ONE_WORD_PREFIXES)) {
      return 1;
    }
    if (t.is(i, "the") && t.in(i + 1, BOUNDARIES) && t.is(i + 2, "of")) {
      return 3;
    }
    return 0;
  }

  /**
   * "Feb. 24, 2022", "April 21", "February 2022", "January" (bare, when it must be a month), each
   * with a year pointed at after it: "March this year", "May 3 last year".
   */
  private static int monthDate(Tokens t, int i, boolean anchored) {
    int end = calendarMonth(t, i, anchored);
    if (end > i && t.in(end, YEAR_POINTERS) && t.is(end + 1, "year")) {
      return end + 2;
    }
    return end;
  }

  private static int calendarMonth(Tokens t, int i, boolean anchored) {
    int month = month(t, i);
    if (month < 0) {
      return -1;
    }
    int j = i + 1;
    if (Numbers.dayOfMonth(t.text(j)) > 0 && !t.is(j + 1, "-")) {
      j++;
      if (t.is(j, ",") && Numbers.year(t.text(j + 1)) > 0) {
        return j + 2;
      }
      return Numbers.year(t.text(j)) > 0 ? j + 1 : j;
    }
    if (Numbers.year(t.text(j)) > 0) {
      return j + 1;
    }
    String name = t.lower(i);
    if (!isFullMonthName(name)) {
      return -1; // abbreviations stand only beside a number
    }
    if (AMBIGUOUS_MONTHS.contains(name) && !anchored && !monthContext(t, i)) {
      return -1;
    }
    return i + 1;
  }

  /** "24 February 2022", "24th February", "the 24th of February", "24-26 June". */
  private static int dayMonth(Tokens t, int i) {
    boolean the = t.is(i, "the");
    int j = the ? i + 1 : i;
    boolean ordinal = Numbers.ordinal(t.text(j)) > 0;
    if (the && !ordinal) {
      return -1;
    }
    j = daysEnd(t, j);
    if (j < 0) {
      return -1;
    }
    if (t.is(j, "of")) {
      if (!ordinal) {
        return -1;
      }
      j++;
    }
    if (month(t, j) < 0) {
      return -1;
    }
    j++;
    return Numbers.year(t.text(j)) > 0 ? j + 1 : j;
  }

  /** The end of a day or a range of days at {@code j}: "24", "24th", "12-13", "24" "-26". */
  private static int daysEnd(Tokens t, int j) {
    String s = t.text(j);
    int dash = s.indexOf('-');
    if (dash > 0) {
      boolean range = Numbers.dayOfMonth(s.substring(0, dash)) > 0
          && Numbers.dayOfMonth(s.substring(dash + 1)) > 0;
      return range ? j + 1 : -1;
    }
    if (Numbers.dayOfMonth(s) < 0) {
      return -1;
    }
    String next = t.text(j + 1);
    if (next.length() > 1 && next.charAt(0) == '-' && t.attached(j + 1)
        && Numbers.dayOfMonth(next.substring(1)) > 0) {
      return j + 2;
    }
    return j + 1;
  }

  /** "Sunday", "Mondays", "Monday, Feb. 24", "Tuesday 4 March 2025". */
  private static int weekday(Tokens t, int i) {
    if (!isWeekday(t, i)) {
      return -1;
    }
    // "the Sunday Times": a weekday inside a name
    if (t.is(i - 1, "the") && t.capitalized(i + 1) && t.pos(i + 1).equals("PROPN")
        && month(t, i + 1) < 0) {
      return -1;
    }
    int j = t.is(i + 1, ",") ? i + 2 : i + 1;
    int date = Math.max(monthDate(t, j, true), dayMonth(t, j));
    return date >= j + 2 ? date : i + 1;
  }

  /**
   * "yesterday", "last week", "this summer", "next March", "the past three years", "the
   * following day", "two years ago", "the weekend", "the day before yesterday".
   */
  private static int relative(Tokens t, int i) {
    if (t.in(i, DAYS_AROUND_TODAY)) {
      // "USA Today", "the Today programme": capitalized inside a name
      return t.capitalizedInside(i) ? -1 : i + 1;
    }
    boolean the = t.is(i, "the");
    if (the) {
      if (t.is(i + 1, "day")
          && ((t.is(i + 2, "before") && t.is(i + 3, "yesterday"))
              || (t.is(i + 2, "after") && t.is(i + 3, "tomorrow")))) {
        return i + 4;
      }
      if (t.is(i + 1, "weekend")) {
        return i + 2;
      }
    }
    int j = the ? i + 1 : i;
    if (the ? t.in(j, DEICTIC_AFTER_THE) : t.in(j, DEICTIC)) {
      int k = j + 1;
      if (!the && (isWeekday(t, k) || (month(t, k) >= 0 && isFullMonthName(t.lower(k))))) {
        return k + 1;
      }
      if (t.in(k, UNITS) && (!t.is(k, "fall") || t.pos(k).equals("NOUN"))) {
        return k + 1;
      }
      if (the && t.is(k, "day")) {
        return k + 1;
      }
      int count = countEnd(t, k);
      if (count > k && t.in(count, PLURAL_UNITS)) {
        return count + 1;
      }
    }
    int count = countEnd(t, i);
    if (count > i && t.in(count, COUNTED_UNITS) && t.in(count + 1, AGO)) {
      return count + 2;
    }
    if (t.in(i, PLURAL_UNITS) && t.is(i + 1, "ago")) {
      return i + 2;
    }
    return -1;
  }

  /** A number or vague count at {@code i}: "three", "12", "a few", "several". */
  private static int countEnd(Tokens t, int i) {
    if (t.is(i, "a") && t.is(i + 1, "few")) {
      return i + 2;
    }
    if (t.is(i, "a") && t.is(i + 1, "couple") && t.is(i + 2, "of")) {
      return i + 3;
    }
    if (t.in(i, VAGUE_COUNTS)) {
      return i + 1;
    }
    int end = t.numberPhraseEnd(i);
    return end > i && !t.is(end, "-") ? end : -1;
  }

  /** "the 1990s", "the '80s", "the early 2000s", "the mid-1990s", "1990s", "the nineties". */
  private static int decade(Tokens t, int i) {
    boolean the = t.is(i, "the");
    int j = the ? i + 1 : i;
    if (the && t.in(j, DECADE_PARTS)) {
      j++;
    }
    String s = t.text(j);
    boolean midDecade = the && t.lower(j).startsWith("mid-") && isCenturyDecade(s.substring(4));
    if (isCenturyDecade(s) || midDecade) {
      return j + 1;
    }
    if (the) {
      if (t.is(j, "'") && t.attached(j + 1) && isShortDecade(t.text(j + 1))) {
        return j + 2;
      }
      if (isShortDecade(s) || (s.startsWith("'") && isShortDecade(s.substring(1)))
          || t.in(j, DECADE_WORDS)) {
        return j + 1;
      }
    }
    return -1;
  }

  /** "2024-03-05", "2024/03/05", "5/3/2024", "05.03.2024", and seasons "2022-23", "2019-2021". */
  private static int numericDate(Tokens t, int i) {
    String s = t.text(i);
    if (s.length() < 6 || s.length() > 10) {
      return -1;
    }
    for (char separator : new char[] {'-', '/', '.'}) {
      int[] parts = split(s, separator);
      if (parts == null) {
        continue;
      }
      if (parts.length == 3 && isCalendarDate(s, separator, parts)) {
        return i + 1;
      }
      if (parts.length == 2 && separator != '.' && isYearSpan(s, parts)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isCalendarDate(String s, char separator, int[] parts) {
    if (s.indexOf(separator) == 4) { // year first: ISO 8601 and its slashed form
      return Numbers.year(s.substring(0, 4)) > 0 && isMonthDay(parts[1], parts[2]);
    }
    int lastSeparator = s.lastIndexOf(separator);
    if (s.length() - lastSeparator - 1 != 4 || Numbers.year(s.substring(lastSeparator + 1)) < 0) {
      return false;
    }
    // day first or month first: either reading must be a real date
    return isMonthDay(parts[0], parts[1]) || isMonthDay(parts[1], parts[0]);
  }

  private static boolean isYearSpan(String s, int[] parts) {
    if (s.indexOf('-') != 4 && s.indexOf('/') != 4 || Numbers.year(s.substring(0, 4)) < 0) {
      return false;
    }
    int second = s.length() - 5;
    if (second == 2) {
      return parts[1] == (parts[0] + 1) % 100;
    }
    return second == 4 && parts[1] > parts[0] && parts[1] <= Numbers.LAST_YEAR;
  }

  private static boolean isMonthDay(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  /** The all-digit parts of {@code s} split at {@code separator}, or null if it is not so made. */
  private static int[] split(String s, char separator) {
    int count = 1;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == separator) {
        count++;
      }
    }
    if (count < 2 || count > 3) {
      return null;
    }
    int[] parts = new int[count];
    int part = 0;
    int start = 0;
    for (int k = 0; k <= s.length(); k++) {
      if (k == s.length() || s.charAt(k) == separator) {
        int value = Numbers.digits(s.substring(start, k), 4);
        if (value < 0) {
          return null;
        }
        parts[part++] = value;
        start = k + 1;
      }
    }
    return parts;
  }

  /**
   * A four-digit number used as a year: after "in", "since", "by" and kin, before "'s", as in
   * "the 2022 election", "2022 was", or with a modifier ("early 2022"); with a range after it
   * ("2010 to 2015"). Never before a counted noun ("2022 people").
   */
  private static int year(Tokens t, int i, boolean anchored) {
    String s = t.text(i);
    int value = Numbers.year(s);
    if (value < 0 && (s.endsWith("'s") || s.endsWith("’s"))) {
      // the tokenizer keeps "2022's" whole
      return Numbers.year(s.substring(0, s.length() - 2)) > 0 ? i + 1 : -1;
    }
    if (value < 0 || t.in(i + 1, COUNT_NOUNS)) {
      return -1;
    }
    boolean usedAsYear =
        anchored
            || t.in(i - 1, YEAR_CONTEXT)
            || (t.is(i - 1, "of") && t.in(i - 2, OF_YEAR_HEADS))
            || t.is(i + 1, "'s")
            || t.is(i + 1, "’s")
            || (t.in(i - 1, YEAR_DETERMINERS)
                && value >= 1900
                && NOMINAL_TAGS.contains(t.pos(i + 1)))
            || (t.startsSentence(i) && t.in(i + 1, YEAR_SUBJECT_VERBS));
    if (!usedAsYear) {
      return -1;
    }
    if (t.in(i + 1, RANGE_WORDS) && Numbers.year(t.text(i + 2)) > value
        && !t.in(i + 3, COUNT_NOUNS)) {
      return i + 3;
    }
    return i + 1;
  }

  /** "Q3", "Q3 2022", "the first quarter of 2022", "the second half of next year". */
  private static int quarter(Tokens t, int i) {
    String s = t.text(i);
    if (s.length() == 2 && s.charAt(0) == 'Q' && s.charAt(1) >= '1' && s.charAt(1) <= '4') {
      return Numbers.year(t.text(i + 1)) > 0 ? i + 2 : i + 1;
    }
    if (t.is(i, "the") && t.in(i + 1, ORDINAL_WORDS)
        && (t.is(i + 2, "quarter") || t.is(i + 2, "half")) && t.is(i + 3, "of")) {
      if (Numbers.year(t.text(i + 4)) > 0) {
        return i + 5;
      }
      int relative = relative(t, i + 4);
      return relative > 0 ? relative : -1;
    }
    return -1;
  }

  /** "summer 2021", "the summer of 2021". */
  private static int season(Tokens t, int i) {
    boolean the = t.is(i, "the");
    int j = the ? i + 1 : i;
    if (!t.in(j, SEASONS)) {
      return -1;
    }
    if (t.is(j + 1, "of") && Numbers.year(t.text(j + 2)) > 0) {
      return j + 3;
    }
    return !the && Numbers.year(t.text(j + 1)) > 0 ? j + 2 : -1;
  }

  /** One-token forms the tokenizer keeps whole: "mid-2022", "mid-February", "FY2022". */
  private static int glued(Tokens t, int i) {
    String s = t.text(i);
    String lower = t.lower(i);
    String rest;
    if (lower.startsWith("mid-")) {
      rest = s.substring(4);
    } else if (s.startsWith("FY")) {
      rest = s.substring(2);
    } else {
      return -1;
    }
    boolean date = Numbers.year(rest) > 0
        || isCenturyDecade(rest)
        || (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0))
            && isFullMonthName(rest.toLowerCase(Locale.ROOT)));
    return date ? i + 1 : -1;
  }

  /** The month number of a capitalized month name or abbreviation ("Feb.", "Sept"), else -1. */
  private static int month(Tokens t, int i) {
    if (!t.capitalized(i)) {
      return -1;
    }
    String lower = t.lower(i);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return MONTHS.getOrDefault(lower, -1);
  }

  private static boolean isFullMonthName(String lower) {
    return FULL_MONTHS.contains(lower);
  }

  private static boolean isWeekday(Tokens t, int i) {
    return t.capitalized(i) && t.in(i, WEEKDAYS);
  }

  /** Whether the words before a bare month name say it is one: "in May", "March and May". */
  private static boolean monthContext(Tokens t, int i) {
    if (t.in(i - 1, MONTH_CONTEXT)) {
      return true;
    }
    if (t.in(i - 1, MONTH_JOINERS) && month(t, i - 2) >= 0) {
      return true; // "June, August and September", "March to May"
    }
    if (t.is(i - 1, "to") && t.in(i - 2, PERIODS)) {
      return true; // "the year to March"
    }
    // "a June summit", "his March budget"; not "the May government", named after a person
    return t.in(i - 1, YEAR_DETERMINERS) && t.pos(i + 1).equals("NOUN") && !t.capitalized(i + 1)
        && !t.in(i + 1, LEADER_NOUNS);
  }

  /** "1990s", "2010s", "1800s". */
  private static boolean isCenturyDecade(String s) {
    return s.length() == 5 && s.charAt(4) == 's' && s.charAt(3) == '0'
        && Numbers.year(s.substring(0, 4)) > 0;
  }

  /** "90s", "60s" (after "the" or an apostrophe). */
  private static boolean isShortDecade(String s) {
    return s.length() == 3 && s.charAt(2) == 's' && s.charAt(1) == '0'
        && Numbers.digits(s.substring(0, 2), 2) >= 0;
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new HashMap<>();
    int number = 1;
    for (String name : MONTH_NAMES) {
      months.put(name, number);
      months.put(name.substring(0, 3), number);
      number++;
    }
    months.put("sept", 9);
    return Map.copyOf(months);
  }
}
