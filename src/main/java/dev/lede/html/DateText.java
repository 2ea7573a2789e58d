package dev.lede.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates as pages write them, turned into ISO-8601's extended form as RFC 3339 profiles it: a
 * time stamp with its offset ({@code 2024-03-12T09:02:00-04:00}, {@code ...Z}) when the value
 * gives a time and a zone, else the day alone ({@code 2024-03-12}). Reads ISO-8601 in extended
 * and basic form, RFC 822 and JavaScript's date strings, and days written out in text: numeric
 * (2024/03/12, 12.03.2024, 12/03/2024, 12.03.24, 2024年3月12日) or with a month name in English,
 * German, French, Spanish, Italian or Dutch. Days before 1990 or after next year are refused as
 * implausible.
 */
final class DateText {

  private static final int FIRST_YEAR = 1990;

  /** A time stamp: ISO-8601 extended or basic form, with or without seconds, fraction, zone. */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d{4})-?(\\d{2})-?(\\d{2})[T ](\\d{2}):?(\\d{2})(?::?(\\d{2})(\\.\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?(?![\\d:])");

  /** A time of day with a zone, after a day written out (RFC 822, JavaScript's Date string). */
  private static final Pattern TIME_AND_ZONE =
      Pattern.compile("\\G,?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|UTC|GMT|[+-]\\d{4}|GMT[+-]\\d{4})(?![\\d:])");

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH_NAME =
      "(jan(?:uary|uar|vier|uari|\\.)?|feb(?:ruary|ruar|ruari|\\.)?|f[ée]v(?:rier|\\.)?|m[äa]r(?:ch|z|s|zo|s|t|\\.)?|maerz|maart"
          + "|apr(?:il|ile|\\.)?|avril|abril|may|mai|mei|mayo|maggio|jun(?:e|i|\\.)?|juin|junio|giugno"
          + "|jul(?:y|i|\\.)?|juillet|julio|luglio|aug(?:ust|ustus|\\.)?|ao[uû]t|agosto"
          + "|sep(?:t|tember|tembre|tiembre|\\.)?|settembre|o[ck]t(?:ober|obre|\\.)?|octubre|ottobre"
          + "|nov(?:ember|embre|iembre|\\.)?|de[cz](?:ember|embre|\\.)?|diciembre|dicembre|gennaio|enero|febbraio|febrero|aprile)";

  /** The date patterns of text, each with named groups for year, month (number or name) and day. */
  private static final Pattern[] TEXT_DATES = {
    // 2024-03-12, 2024/03/12, 2024.03.12
    Pattern.compile("(?<![\\d.])(?<y>\\d{4})([-/.])(?<m>\\d{1,2})\\2(?<d>\\d{1,2})(?![\\d])"),
    // 12.03.2024, 12/03/2024, 12-03-2024 (day first, or month first when the day cannot be)
    Pattern.compile("(?<![\\d.])(?<d>\\d{1,2})([./-])\\s?(?<m>\\d{1,2})\\2\\s?(?<y>\\d{4})(?![\\d])"),
    // 2024年3月12日 (Chinese, Japanese), 2024년 3월 12일 (Korean)
    Pattern.compile("(?<y>\\d{4})\\s?[年년]\\s?(?<m>\\d{1,2})\\s?[月월]\\s?(?<d>\\d{1,2})\\s?[日일]"),
    // 12.03.24: German pages' short form, with dots only (slashes and dashes are ambiguous)
    Pattern.compile("(?<![\\d.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{2})(?![\\d.])"),
    // 12 March 2024, 12. März 2024, 12 de marzo de 2024, 12th March, 2024
    Pattern.compile(
        "(?<![\\d])(?<d>\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s*(?:de\\s+)?(?<mn>" + MONTH_NAME + ")(?![a-z])\\s*(?:de\\s+|,\\s*)?(?<y>\\d{4})(?![\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
    // March 12, 2024; Mar 12 2024; Thu Aug 25 2020
    Pattern.compile(
        "(?<![a-z])(?<mn>" + MONTH_NAME + ")\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?![\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
  };

  /** The patterns of {@link #TEXT_DATES} whose month is a name (group "mn"), not a number (group "m"). */
  private static final Set<Pattern> NAMED_MONTHS =
      Arrays.stream(TEXT_DATES).filter(p -> p.pattern().contains("(?<mn>")).collect(Collectors.toSet());

  private DateText() {}

  /**
   * A value given as a date (a meta tag's content, a {@code datetime} attribute, JSON-LD): its
   * time stamp in RFC 3339 form when it has a time and a zone, else its day; null when no
   * plausible date is in it.
   */
  static String parseValue(String value) {
    if (value == null) {
      return null;
    }
    String text = asciiDigits(value.strip());
    Matcher stamp = TIMESTAMP.matcher(text);
    if (stamp.lookingAt()) {
      LocalDate day = day(stamp.group(1), Integer.parseInt(stamp.group(2)), stamp.group(3));
      if (day != null) {
        String zone = offset(stamp.group(8));
        if (zone == null) {
          return day.toString();
        }
        String seconds = stamp.group(6) == null ? "00" : stamp.group(6);
        String fraction = stamp.group(7) == null ? "" : stamp.group(7);
        return time(day, stamp.group(4), stamp.group(5), seconds, fraction, zone);
      }
    }
    return find(text, true);
  }

  /** The first plausible day written in {@code text}, as {@code YYYY-MM-DD}; or null. */
  static String findDay(String text) {
    return text == null ? null : find(asciiDigits(text), false);
  }

  /**
   * The day written most often in {@code text}, when it is written more often than any other: a
   * page's own date recurs (date line, teaser, breadcrumb) where the days of its links and
   * comments scatter. Null when two days tie.
   */
  static String mostFrequentDay(String text) {
    Map<LocalDate, Integer> counts = new HashMap<>();
    String ascii = asciiDigits(text);
    for (Pattern pattern : TEXT_DATES) {
      Matcher date = pattern.matcher(ascii);
      while (date.find()) {
        LocalDate day = day(date);
        if (day != null) {
          counts.merge(day, 1, Integer::sum);
        }
      }
    }
    LocalDate best = null;
    int most = 0;
    boolean tied = false;
    for (Map.Entry<LocalDate, Integer> count : counts.entrySet()) {
      if (count.getValue() > most) {
        best = count.getKey();
        most = count.getValue();
        tied = false;
      } else if (count.getValue() == most) {
        tied = true;
      }
    }
    return tied || best == null ? null : best.toString();
  }

  private static String find(String text, boolean withTime) {
    String found = null;
    int foundAt = Integer.MAX_VALUE;
    int foundEnd = 0;
    for (Pattern pattern : TEXT_DATES) {
      Matcher date = pattern.matcher(text);
      while (date.find() && date.start() < foundAt) {
        LocalDate day = day(date);
        if (day != null) {
          found = day.toString();
          foundAt = date.start();
          foundEnd = date.end();
          break;
        }
      }
    }
    if (found != null && withTime) {
      Matcher time = TIME_AND_ZONE.matcher(text);
      if (time.find(foundEnd) && time.start() == foundEnd) {
        String zone = offset(time.group(4).replace("GMT", "").isEmpty() ? "Z" : time.group(4).replace("GMT", ""));
        if (zone != null && Integer.parseInt(time.group(1)) < 24) {
          return time(LocalDate.parse(found), pad(time.group(1)), time.group(2),
              time.group(3) == null ? "00" : time.group(3), "", zone);
        }
      }
    }
    return found;
  }

  private static LocalDate day(Matcher date) {
    String year = date.group("y");
    String dayOfMonth = date.group("d");
    int month;
    if (NAMED_MONTHS.contains(date.pattern())) {
      Integer named = MONTHS.get(date.group("mn").toLowerCase(Locale.ROOT).replace(".", ""));
      if (named == null) {
        return null;
      }
      month = named;
    } else {
      month = Integer.parseInt(date.group("m"));
      if (month > 12 && Integer.parseInt(dayOfMonth) <= 12) {
        // 03/12/2024 read day first fails: month first, as American pages write it
        int swapped = Integer.parseInt(dayOfMonth);
        dayOfMonth = Integer.toString(month);
        month = swapped;
      }
    }
    return day(year, month, dayOfMonth);
  }

  private static LocalDate day(String year, int month, String dayOfMonth) {
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      // the century that makes the year plausible: 90-99 are the 1990s
      y += y > LocalDate.now().getYear() % 100 + 1 ? 1900 : 2000;
    }
    if (y < FIRST_YEAR || y > LocalDate.now().getYear() + 1) {
      return null;
    }
    try {
      return LocalDate.of(y, month, Integer.parseInt(dayOfMonth));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A zone as RFC 3339 writes it ({@code Z}, {@code +03:00}), or null when there is none. */
  private static String offset(String zone) {
    if (zone == null) {
      return null;
    }
    if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return "Z";
    }
    String digits = zone.substring(1).replace(":", "");
    if (digits.length() == 2) {
      digits += "00";
    }
    if (digits.length() != 4 || Integer.parseInt(digits.substring(0, 2)) > 18 || Integer.parseInt(digits.substring(2)) > 59) {
      return null;
    }
    return zone.charAt(0) + digits.substring(0, 2) + ":" + digits.substring(2);
  }

  private static String time(LocalDate day, String hour, String minute, String second, String fraction, String zone) {
    if (Integer.parseInt(hour) > 23 || Integer.parseInt(minute) > 59 || Integer.parseInt(second) > 60) {
      return day.toString();
    }
    return day + "T" + hour + ":" + minute + ":" + second + fraction + zone;
  }

  private static String pad(String hour) {
    return hour.length() == 1 ? "0" + hour : hour;
  }

  /** Digits of any script (Arabic-Indic, Devanagari, full-width) as ASCII digits. */
  private static String asciiDigits(String text) {
    StringBuilder ascii = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7f && Character.isDigit(c)) {
        if (ascii == null) {
          ascii = new StringBuilder(text);
        }
        ascii.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return ascii == null ? text : ascii.toString();
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"jan", "january", "januar", "janvier", "januari", "gennaio", "enero"},
      {"feb", "february", "februar", "fev", "fevrier", "fév", "février", "februari", "febbraio", "febrero"},
      {"mar", "march", "märz", "marz", "maerz", "mär", "mars", "marzo", "maart", "mrt"},
      {"apr", "april", "avril", "abril", "aprile"},
      {"may", "mai", "mei", "mayo", "maggio"},
      {"jun", "june", "juni", "juin", "junio", "giugno"},
      {"jul", "july", "juli", "juillet", "julio", "luglio"},
      {"aug", "august", "augustus", "aout", "août", "agosto"},
      {"sep", "sept", "september", "septembre", "septiembre", "settembre"},
      {"oct", "okt", "october", "oktober", "octobre", "octubre", "ottobre"},
      {"nov", "november", "novembre", "noviembre"},
      {"dec", "dez", "december", "dezember", "décembre", "decembre", "diciembre", "dicembre"},
    };
    Map<String, Integer> months = new HashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.put(name, m + 1);
      }
    }
    return Map.copyOf(months);
  }
}
