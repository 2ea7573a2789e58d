package dev.lede.clean;

import dev.lede.pipeline.ScreenedPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How promotional one line reads, before its position is considered: positive for what an
 * advertisement does (tells the reader what to do, names a product twice, sells "the latest
 * updates"), negative for what reporting does (attributes, quotes, narrates in the past). The
 * weights are round numbers chosen so that one feature alone never reaches the threshold.
 */
record LineScore(double value, String reason) {

  static final int MAX_WORDS = 60;
  /** Longer lines are prose or junk, never a promotion; the cap also bounds the regex work per line. */
  static final int MAX_CHARS = 1000;
  private static final int LONG_WORDS = 40;

  static final double IMPERATIVE = 2.0;
  static final double CALL_TO_ACTION = 1.0;
  static final int CALL_TO_ACTION_CAP = 3;
  static final double MARKETING = 1.0;
  static final int MARKETING_CAP = 2;
  static final double PAYWALL = 2.0;
  static final double INTERFACE = 1.5;
  static final double READER = 1.0;
  static final double BRAND_VOICE = 0.5;
  static final double BRAND_REPEATED = 0.5;
  static final double EXCLAMATION = 0.5;
  static final double LINK = 1.5;
  static final double REPORTING = -3.0;
  static final double QUOTATION = -2.0;
  static final double NARRATIVE = -1.0;
  static final double THIRD_PERSON_OPENING = -0.5;
  static final double LONG = -1.5;
  static final double PARAGRAPH = -1.0;
  /** Promotional blocks are one or two sentences; a paragraph of three or more reads as prose. */
  private static final int PARAGRAPH_SENTENCES = 3;

  /** Verbs a call to action opens with. */
  private static final Set<String> ACTION_VERBS =
      Set.of("discover", "download", "find", "stay", "get", "sign", "subscribe", "follow", "click",
          "tap", "join", "read", "watch", "listen", "like", "share", "visit", "explore", "check",
          "see", "learn", "register", "log", "install", "try", "unlock", "enjoy", "obtain", "access",
          "grab", "catch", "keep", "tune", "send", "contact", "email", "support", "donate", "become",
          "never", "don't", "upgrade", "start", "claim", "save", "shop", "order", "book", "buy",
          "receive", "let", "bookmark", "turn", "enable", "allow", "scan", "opt");
  /** What may follow an imperative: "Get the", "Sign up", "Follow us", "Click here". */
  private static final Set<String> AFTER_IMPERATIVE =
      Set.of("the", "our", "your", "us", "up", "out", "more", "all", "a", "an", "to", "on", "in",
          "for", "now", "here", "this", "these", "what", "how", "it", "miss", "today", "free",
          "exclusive", "unlimited", "latest", "breaking", "instant", "push", "ahead", "informed",
          "updated", "tuned", "connected", "with", "every");
  private static final Set<String> ACTION_WORDS =
      Set.of("download", "downloads", "subscribe", "subscribed", "subscription", "subscriptions",
          "subscriber", "subscribers", "newsletter", "newsletters", "app", "apps", "click", "tap",
          "inbox", "notifications", "alerts", "podcast", "whatsapp", "telegram", "signup", "login",
          "register", "here");
  /** Each with a space either side, as looked for among the line's words. */
  private static final List<String> ACTION_PHRASES =
      padded("sign up", "sign in", "log in", "follow us", "like us", "join us", "join our",
          "free trial", "unlimited access", "push notifications", "google news", "app store",
          "play store");
  private static final Set<String> MARKETING_WORDS =
      Set.of("latest", "updates", "insights", "curated", "specially", "expert", "trends",
          "exclusive", "premium", "must-read", "handpicked", "hand-picked", "daily", "weekly",
          "weekend", "unmissable");
  private static final List<String> MARKETING_PHRASES =
      padded("in one place", "best of", "stay updated", "stay informed", "stay on top",
          "stay tuned", "breaking news", "top stories", "for you", "don't miss", "never miss",
          "straight to", "delivered to");
  static final ScreenedPattern PAYWALL_PATTERN =
      ScreenedPattern.ignoringCase(
          "subscribers? only|for subscribers|subscriber-only|already a subscriber|to continue reading|"
              + "subscribe (?:now|today)|unlock (?:this|the full) (?:article|story)|"
              + "premium (?:article|content|story)",
          "subscribe", "to continue reading", "unlock ", "premium ");
  /** The page speaking about itself: "click the link below", "watch the video above". */
  static final ScreenedPattern INTERFACE_PATTERN =
      ScreenedPattern.ignoringCase(
          "\\b(?:click|tap|scroll|swipe)(?:ing)?\\b.{0,25}\\b(?:here|link|links|button|above|below|"
              + "photos?|images?|gallery|video)\\b|\\b(?:watch|see|view) the (?:video|gallery|photos)\\b",
          "click", "tap", "scroll", "swipe", "video", "gallery", "photos");
  private static final Set<String> NAVIGATION_WORDS = Set.of("here", "click", "tap", "read", "related");
  private static final Set<String> READER_WORDS = Set.of("you", "your", "yours", "yourself");
  private static final Set<String> BRAND_WORDS = Set.of("us", "our", "ours");
  /** Verbs of reporting: a line that attributes is news, whatever else it says. */
  private static final Set<String> REPORTING_WORDS =
      Set.of("said", "says", "told", "according", "reported", "reports", "announced", "added",
          "stated", "claimed", "warned", "confirmed", "insisted", "explained", "argued", "noted",
          "denied", "admitted", "revealed", "estimated", "testified", "alleged");
  // made once: a method reference bound to a set is allocated anew at every evaluation, and C1
  // does so in a runtime call (three per line)
  private static final Predicate<String> READER_WORD = READER_WORDS::contains;
  private static final Predicate<String> BRAND_WORD = BRAND_WORDS::contains;
  private static final Predicate<String> REPORTING_WORD = REPORTING_WORDS::contains;
  private static final Set<String> NARRATIVE_WORDS =
      Set.of("was", "were", "had", "been", "did", "ago", "yesterday", "last");
  private static final Set<String> NOT_NARRATIVE =
      Set.of("curated", "updated", "personalised", "personalized", "dedicated", "selected",
          "featured", "related", "detailed", "limited", "unlimited", "advanced", "trusted",
          "handpicked", "hand-picked", "informed", "connected", "need", "speed", "feed", "breed",
          "seed", "embed", "indeed");
  private static final Set<String> THIRD_PERSON =
      Set.of("he", "she", "they", "it", "his", "her", "their", "its", "mr", "mrs", "ms", "police",
          "officials");
  static final ScreenedPattern LINK_PATTERN =
      ScreenedPattern.of(
          // an address is tried from word starts only, possessively: no backtracking over long words
          "https?://|www\\.|(?<!\\S)[^\\s@]++@\\S+\\.\\w+|(?<!\\w)@\\w{2,}|\\.com\\b",
          "http", "www.", "@", ".com");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s+)([\\p{L}'\u2019]+)\\s+([\\p{L}'\u2019-]+)");

  /**
   * The first {@code most} words of a line, a word being what {@code [\p{L}][\p{L}'’-]*}
   * matches: a letter, then letters, apostrophes and hyphens. By hand: the pattern's search was
   * most of scoring a line (0.8 % of a batch).
   */
  static List<String> words(String line, int most) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < line.length() && words.size() < most; ) {
      int codePoint = line.codePointAt(i);
      if (!Character.isLetter(codePoint)) {
        i += Character.charCount(codePoint);
        continue;
      }
      int end = i + Character.charCount(codePoint);
      while (end < line.length() && isWordPart(codePoint = line.codePointAt(end))) {
        end += Character.charCount(codePoint);
      }
      words.add(line.substring(i, end));
      i = end;
    }
    return words;
  }

  private static boolean isWordPart(int codePoint) {
    return Character.isLetter(codePoint) || codePoint == '\'' || codePoint == '\u2019' || codePoint == '-';
  }

  static LineScore of(String line) {
    if (line.length() > MAX_CHARS) {
      return new LineScore(Double.NEGATIVE_INFINITY, null);
    }
    List<String> raw = words(line, MAX_WORDS + 1);
    if (raw.isEmpty() || raw.size() > MAX_WORDS) {
      return new LineScore(Double.NEGATIVE_INFINITY, null);
    }
    List<String> words = new ArrayList<>();
    for (String w : raw) {
      words.add(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    String lower = " " + String.join(" ", words) + " ";
    String lowerLine = line.toLowerCase(Locale.ROOT);
    double score = 0;
    boolean navigation = false;

    if (opensWithImperative(line)) {
      score += IMPERATIVE;
    }
    int actions = 0;
    int marketing = 0;
    for (String w : words) {
      if (ACTION_WORDS.contains(w)) {
        actions++;
        navigation |= NAVIGATION_WORDS.contains(w);
      }
      if (MARKETING_WORDS.contains(w)) {
        marketing++;
      }
    }
    for (String phrase : ACTION_PHRASES) {
      if (lower.contains(phrase)) {
        actions++;
      }
    }
    for (String phrase : MARKETING_PHRASES) {
      if (lower.contains(phrase)) {
        marketing++;
      }
    }
    navigation |= lower.contains(" read more ") || lower.contains(" also read ");
    score += CALL_TO_ACTION * Math.min(actions, CALL_TO_ACTION_CAP);
    score += MARKETING * Math.min(marketing, MARKETING_CAP);
    if (INTERFACE_PATTERN.find(line, lowerLine)) {
      score += INTERFACE;
      navigation = true;
    }
    if (PAYWALL_PATTERN.find(line, lowerLine)) {
      score += PAYWALL;
    }
    if (any(words, READER_WORD)) {
      score += READER;
    }
    if (any(words, BRAND_WORD)) {
      score += BRAND_VOICE;
    }
    if (brandRepeated(raw)) {
      score += BRAND_REPEATED;
    }
    if (line.endsWith("!")) {
      score += EXCLAMATION;
    }
    if (LINK_PATTERN.find(line)) {
      score += LINK;
      navigation = true;
    }
    if (any(words, REPORTING_WORD)) {
      score += REPORTING;
    }
    if (line.indexOf('"') >= 0 || line.indexOf('\u201c') >= 0 || line.indexOf('\u201d') >= 0) {
      score += QUOTATION;
    }
    if (any(words, w -> NARRATIVE_WORDS.contains(w) || isPastParticiple(w))) {
      score += NARRATIVE;
    }
    if (THIRD_PERSON.contains(words.get(0))) {
      score += THIRD_PERSON_OPENING;
    }
    if (words.size() > LONG_WORDS) {
      score += LONG;
    }
    if (SENTENCE_BREAK.split(line).length >= PARAGRAPH_SENTENCES) {
      score += PARAGRAPH;
    }
    return new LineScore(score, navigation ? Removal.NAVIGATION : Removal.PROMOTION);
  }

  private static List<String> padded(String... phrases) {
    return Stream.of(phrases).map(phrase -> " " + phrase + " ").toList();
  }

  /** A sentence of the line opens with a call-to-action verb followed by what such a verb takes. */
  private static boolean opensWithImperative(String line) {
    Matcher m = SENTENCE_START.matcher(line);
    while (m.find()) {
      String first = m.group(1).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      String second = m.group(2).toLowerCase(Locale.ROOT);
      if (ACTION_VERBS.contains(first) && AFTER_IMPERATIVE.contains(second)
          && Character.isUpperCase(m.group(1).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** "touched", "announced": a regular past form; promotion's own "-ed" adjectives excepted. */
  private static boolean isPastParticiple(String word) {
    return word.length() > 4 && word.endsWith("ed") && !NOT_NARRATIVE.contains(word);
  }

  /** A capitalised word, not opening a sentence, used twice: the site naming itself. */
  private static boolean brandRepeated(List<String> raw) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 1; i < raw.size(); i++) {
      String w = raw.get(i);
      if (Character.isUpperCase(w.charAt(0)) && w.length() > 2) {
        if (counts.merge(w, 1, Integer::sum) >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word passes the test: a loop, as a stream per test was slow in the C1-compiled runs. */
  private static boolean any(List<String> words, Predicate<String> test) {
    for (int i = 0; i < words.size(); i++) {
      if (test.test(words.get(i))) {
        return true;
      }
    }
    return false;
  }
}
