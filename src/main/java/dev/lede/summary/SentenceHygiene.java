package dev.lede.summary;

import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which sentences should not stand in a summary: text that is not a sentence of the story
 * (datelines, bylines, photo captions, promotional lines, splitting accidents far too short or
 * too long) and sentences that lean on the one before them (an opening pronoun, the middle of a
 * quotation). The summarizer takes such sentences only when nothing better is left.
 */
final class SentenceHygiene {

  /** What is wrong with a sentence, if anything. */
  enum Defect {
    NONE,
    /** Opens with a pronoun or continues a quotation: fine only right after its predecessor. */
    NEEDS_PREVIOUS,
    TOO_SHORT,
    TOO_LONG,
    /** A dateline, byline or timestamp: the form of one, or no verb at all. */
    DATELINE,
    CAPTION,
    PROMOTION
  }

  static final int MIN_WORDS = 4;
  static final int MAX_WORDS = 80;

  private static final Screened PROMOTION =
      new Screened(
          "\\b(download (the|our) app|follow us|follow @|click here|sign up (for|to)|subscribe"
              + "|read more|scroll down|share this|like us on|e-?mail to a friend|watch the video"
              + "|all rights reserved|copyright \\d{4})\\b",
          "download ", "follow ", "click here", "sign up ", "subscribe", "read more",
          "scroll down", "share this", "like us on", "mail to a friend", "watch the video",
          "all rights reserved", "copyright ");
  private static final Screened DATELINE =
      new Screened(
          "^(published|updated|last updated|posted)\\s*:|\\b\\d{1,2}:\\d{2}\\s*(gmt|bst|utc|est|edt|et|pt)\\b",
          ":");
  private static final Screened CAPTION =
      new Screened(
          "(\\b(pictured|picture|photo|photograph|image|file photo|credit)\\s*:"
              + "|\\((pictured|file photo|photo[^)]*|picture[^)]*)\\)"
              + "|\\b(getty images|afp/getty|reuters/|ap photo))",
          ":", "(", "getty", "reuters/", "ap photo");
  /** Pronouns that point back at someone or something named earlier. */
  private static final Set<String> ANAPHORS =
      Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this",
          "these", "those", "that", "such");
  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
  private static final String OPENING_QUOTES = "\"\u201c\u2018'";
  private static final String SENTENCE_ENDS = ".!?\"'\u201d\u2019)";

  private SentenceHygiene() {}

  static Defect defect(Sentence sentence) {
    String text = sentence.text().strip();
    int words = sentence.wordCount();
    if (words < MIN_WORDS) {
      return Defect.TOO_SHORT;
    }
    if (words > MAX_WORDS) {
      return Defect.TOO_LONG;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (PROMOTION.find(text, lower)) {
      return Defect.PROMOTION;
    }
    // a caption has no full stop of its own (Daily Mail captions sit inline in the text)
    if (CAPTION.find(text, lower) || SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0) {
      return Defect.CAPTION;
    }
    if (DATELINE.find(text, lower)
        || sentence.tokens().stream().noneMatch(t -> VERB_TAGS.contains(t.pos()))) {
      return Defect.DATELINE;
    }
    if (opensWithAnaphor(sentence.tokens()) || continuesQuotation(text)) {
      return Defect.NEEDS_PREVIOUS;
    }
    return Defect.NONE;
  }

  private static boolean opensWithAnaphor(List<Token> tokens) {
    Token first = tokens.get(0);
    return "PRON".equals(first.pos()) && ANAPHORS.contains(first.text().toLowerCase(Locale.ROOT));
  }

  /**
   * A sentence continues a quotation when it starts in lower case, or when a quotation closes
   * before any opens ({@code we will win," he said.}).
   */
  static boolean continuesQuotation(String text) {
    int first = text.codePointAt(0);
    if (Character.isLowerCase(first)) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201c' || (c == '\u2018' && opensQuote(text, i))) {
        return false;
      }
      // a right single quote is mostly an apostrophe (it's, players'): it closes a quotation
      // only right after the quotation's own punctuation
      if (c == '\u201d' || (c == '\u2019' && i > 0 && ",.!?".indexOf(text.charAt(i - 1)) >= 0)) {
        return true;
      }
      if (c == '"') {
        return closesQuote(text, i) && !opensQuote(text, i);
      }
    }
    return false;
  }

  /** A quote mark at the start or after a space, followed by a letter or digit. */
  private static boolean opensQuote(String text, int i) {
    boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1))
        || OPENING_QUOTES.indexOf(text.charAt(i - 1)) >= 0 || text.charAt(i - 1) == '(';
    return afterSpace && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
  }

  /** A quote mark after punctuation or a letter, followed by a space or the end. */
  private static boolean closesQuote(String text, int i) {
    boolean afterText = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean beforeSpace = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
        || ",.;:!?".indexOf(text.charAt(i + 1)) >= 0;
    return afterText && beforeSpace;
  }
  /**
   * A case-insensitive pattern and the literals every match of it contains, one at least. The
   * patterns are tried on every sentence of every article, and Java's regular expressions try
   * each alternative at each position: a few {@code contains} calls on the lower-cased text rule
   * out almost every sentence at a fraction of that cost (the sentence hygiene was a twelfth of
   * a whole run). The pattern folds ASCII case only, so a match's literal stays whole in the
   * text lower-cased by {@link Locale#ROOT}.
   */
  private record Screened(Pattern pattern, List<String> literals) {

    Screened(String regex, String... literals) {
      this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(literals));
    }

    boolean find(String text, String lower) {
      for (String literal : literals) {
        if (lower.contains(literal)) {
          return pattern.matcher(text).find();
        }
      }
      return false;
    }
  }
}
