package dev.lede.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How entity names are written and compared: surface forms, match keys, initials. */
final class Names {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady");
  /** Legal-form suffixes: "Acme Inc" and "Acme" are one company. */
  private static final Set<String> COMPANY_SUFFIXES =
      Set.of("inc", "ltd", "corp", "co", "plc", "llc", "ag", "sa", "nv", "gmbh");
  /** Words that initials skip: "Bank of England" is "BoE" or "BE" but never "BOE"-with-"of". */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "the", "and", "for", "de", "la", "le", "du", "del", "on", "in", "at", "&");

  private Names() {}

  /**
   * The form a mention is shown in: whitespace collapsed, a possessive ending ("Ukraine's",
   * "Reuters'", straight or curly) and stray edge punctuation removed; the dots of "U.S." and
   * the apostrophes inside a name are kept as the article writes them.
   */
  static String surface(String mentionText) {
    String s = SPACES.matcher(mentionText).replaceAll(" ").strip();
    String straight = s.replace('\u2019', '\'');
    if (straight.endsWith("'s") || straight.endsWith("'S")) {
      s = s.substring(0, s.length() - 2);
    } else if (straight.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    s = stripEdges(s);
    return s;
  }

  private static String stripEdges(String s) {
    int from = 0;
    int to = s.length();
    // a currency sign belongs to an amount ("$3.5 billion")
    while (from < to
        && !Character.isLetterOrDigit(s.charAt(from))
        && Character.getType(s.charAt(from)) != Character.CURRENCY_SYMBOL) {
      from++;
    }
    // a final dot belongs to initials ("U.S.") and abbreviations ("Inc."), a % to a percentage
    while (to > from
        && !Character.isLetterOrDigit(s.charAt(to - 1))
        && s.charAt(to - 1) != '.'
        && s.charAt(to - 1) != '%') {
      to--;
    }
    return s.substring(from, to).strip();
  }

  /**
   * The words of a surface form, lower-cased, dots dropped ("U.S." is "us", "St." is "st"),
   * apostrophes straight ("Fishermen’s" is "fishermen's").
   */
  static List<String> words(String surface) {
    List<String> words = new ArrayList<>();
    for (String w : SPACES.split(surface.toLowerCase(Locale.ROOT).replace(".", "").replace('\u2019', '\''))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The comparison key: words without honorifics and legal-form suffixes, joined by spaces. */
  static String key(String surface) {
    List<String> words = words(surface);
    while (words.size() > 1 && HONORIFICS.contains(words.get(0))) {
      words.remove(0);
    }
    while (words.size() > 1 && COMPANY_SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  /** "US" for "U.S." or "US": a short all-capitals form with or without dots, else null. */
  static String acronym(String surface) {
    String letters = surface.replace(".", "");
    if (letters.length() < 2 || letters.length() > 6) {
      return null;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i))) {
        return null;
      }
    }
    return letters;
  }

  /** "US" for "United States", "FBI" for "Federal Bureau of Investigation"; null for one word. */
  static String initials(String surface) {
    String[] parts = SPACES.split(surface);
    if (parts.length < 2) {
      return null;
    }
    StringBuilder initials = new StringBuilder();
    for (String part : parts) {
      if (FUNCTION_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(part.charAt(0))) {
        return null;
      }
      initials.append(part.charAt(0));
    }
    return initials.length() >= 2 ? initials.toString() : null;
  }
}
