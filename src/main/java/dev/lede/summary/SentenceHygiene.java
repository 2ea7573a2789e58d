package dev.lede.summary;

import dev.lede.pipeline.ScreenedPattern;
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
    PROMOTION,
    /** A note to readers, not news: an editor's note, a live blog's advisory, a credit line. */
    NOTICE;

    /** Fit for a summary: no defect, or one that only asks for the sentence before it. */
    boolean isClean() {
      return this == NONE || this == NEEDS_PREVIOUS;
    }
  }

  static final int MIN_WORDS = 4;
  static final int MAX_WORDS = 80;

  private static final ScreenedPattern PROMOTION =
      ScreenedPattern.ignoringCase(
          "\\b(download (the|our) app|follow us|follow @|click here|sign up (for|to)|subscribe"
              + "|read more|scroll down|visit site|share this|like us on|e-?mail to a friend|watch the video"
              + "|all rights reserved|copyright \\d{4})\\b",
          "download ", "follow ", "click here", "sign up ", "subscribe", "read more",
          "scroll down", "visit site", "share this", "like us on", "mail to a friend", "watch the video",
          "all rights reserved", "copyright ");
  private static final ScreenedPattern DATELINE =
      ScreenedPattern.ignoringCase(
          "^(published|updated|last updated|posted)\\s*:|\\b\\d{1,2}:\\d{2}\\s*(gmt|bst|utc|est|edt|et|pt)\\b"
              // web time stamps: "ET March 12, 2024 | Updated 9:02 a.m.", "Updated 9:02 AM EDT"
              + "|\\|\\s*(updated|published|posted)\\b"
              + "|^(updated|published|posted|last updated)\\s+\\d{1,2}:\\d{2}",
          ":", "|");
  /**
   * A web time stamp that opens with its zone: "ET March 12, 2024". Apart from {@link #DATELINE}
   * and anchored: screened by the zone words, that pattern ran on nearly every sentence ("budget
   * ", "interest ").
   */
  private static final Pattern ZONE_FIRST =
      Pattern.compile("(et|est|edt|ct|pt|gmt|bst|utc)\\s+\\p{L}+\\.?\\s+\\d", Pattern.CASE_INSENSITIVE);
  /** A byline opening a sentence: "By Jane Doe for MailOnline", "By Jane Doe and Tom Reed". */
  private static final Pattern BYLINE =
      Pattern.compile(
          "By\\s+\\p{Lu}[\\p{L}'.-]*(\\s+\\p{Lu}[\\p{L}'.-]*){1,3}"
              + "(\\s*(,|and|&|\\||for|For|-)\\s+\\p{Lu}[\\p{L}'.-]*)*");
  /** Notes to readers: editors' notes, live blogs' advisories, credit lines. */
  private static final ScreenedPattern NOTICE =
      ScreenedPattern.ignoringCase(
          "^editor'?\u2019?s note\\b|\\bthis is a (developing|breaking|live) (story|news story|blog)"
              + "|\\b(this|the) (story|article|post|page|blog) (has been|was|will be|is being) updated"
              + "|\\b(follow|get) (our )?live (updates|coverage)|\\brefresh (this page )?for (the latest )?updates"
              + "|\\bcontributed (reporting )?to this (report|story|article)",
          "editor", "this is a ", " updated", "live ", "refresh ", "contributed ");
  private static final ScreenedPattern CAPTION =
      ScreenedPattern.ignoringCase(
          "(\\b(pictured|picture|photo|photograph|image|file photo|credit)\\s*:"
              + "|\\((pictured|file photo|photo[^)]*|picture[^)]*)\\)"
              // where a person stands in the picture: "Ian Wright (centre)", "(second left)"
              + "|\\(((far|second|third|back|front|top|bottom) )?(left|right|centre|center)\\)"
              + "|\\bpictured (far |second )?(left|right|centre|center|above|below)\\b"
              + "|\\((above|below|inset|top|bottom|stock (image|photo|picture)|file( photo| picture| image)?)\\)"
              + "|\\b(getty images|afp/getty|reuters/|ap photo))",
          ":", "(", "pictured ", "getty", "reuters/", "ap photo");
  /** Pronouns that point back at someone or something named earlier. */
  private static final Set<String> ANAPHORS =
      Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this",
          "these", "those", "that", "such");
  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
  /** Capitalised words that open a sentence and, mid-sentence, only a new one. */
  private static final Set<String> ARTICLE_OPENERS =
      Set.of("The", "An", "His", "Her", "Their", "Its", "In", "On", "At", "After", "But", "During",
          "When", "While", "Last");
  private static final Set<String> PRONOUN_OPENERS = Set.of("He", "She", "They", "We", "It");
  /** What a caption's last word may be tagged: nouns, names, numbers, adverbs of time and place. */
  private static final Set<String> CAPTION_ENDS = Set.of("NOUN", "PROPN", "NUM", "ADV");
  /**
   * Function words that are capitalised inside a sentence only where a new one starts (a word
   * list: the tagger gives unknown capitalised names such tags too).
   */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("Like", "At", "As", "For", "With", "From", "Despite", "Although", "Because", "Since",
          "Meanwhile", "However", "Yet", "Now", "Then", "This", "These", "Those", "There");
  /** What cannot follow an opener that starts a clause ("The fire", "In her", not "Plan A was"). */
  private static final Set<String> NOT_HEADS = Set.of("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT");
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
    if (NOTICE.find(text, lower)) {
      return Defect.NOTICE;
    }
    // a caption has no full stop of its own (Daily Mail captions sit inline in the text)
    if (CAPTION.find(text, lower) || SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0
        || gluedCaption(sentence.tokens())) {
      return Defect.CAPTION;
    }
    if (DATELINE.find(text, lower) || opensWithZone(text)
        || text.startsWith("By ") && BYLINE.matcher(text).lookingAt()
        || !hasVerb(sentence.tokens())) {
      return Defect.DATELINE;
    }
    if (opensWithAnaphor(sentence.tokens()) || continuesQuotation(text)) {
      return Defect.NEEDS_PREVIOUS;
    }
    return Defect.NONE;
  }

  /**
   * A photo caption with no full stop glued to the sentence after it, as captions sit inline in
   * some sites' text: "Firefighters at the scene on Tuesday morning The fire started ...". Inside
   * the sentence, a word that could end a caption (a noun, a number, a name, not a word that
   * wants a continuation such as "of" or "the") runs straight into a capitalised sentence
   * opener followed by a lower-case word that is no verb or function word ("The fire", "In her",
   * not "The Times"), or into a capitalised pronoun and its verb ("He said"). The caption must hold
   * lower-case words: a place name run into the lead ("Los Angeles The actor ...") is a dateline.
   * "A" is no opener: too many names end in a letter ("Serie A", "Plan A").
   */
  static boolean gluedCaption(List<Token> tokens) {
    int lowerCaseWords = 0;
    for (int i = 2; i + 1 < tokens.size(); i++) {
      if (startsLowerCase(tokens.get(i - 2))) {
        lowerCaseWords++;
      }
      // a caption is words, not names alone: "Los Angeles A judge" is a dateline run into the lead
      if (lowerCaseWords < 2) {
        continue;
      }
      Token before = tokens.get(i - 1);
      String opener = tokens.get(i).text();
      Token after = tokens.get(i + 1);
      // a capitalised function word right after a lower-case noun starts a new sentence: "... has
      // a taste Like the ...", "... up to scratch At around ..."; a title goes on in capitals
      // ("his songs Like Toy Soldiers", "the programme This World")
      if (CLAUSE_OPENERS.contains(opener) && startsLowerCase(before) && endsCaption(before)
          && startsLowerCase(after)) {
        return true;
      }
      boolean article = ARTICLE_OPENERS.contains(opener);
      if (!article && !PRONOUN_OPENERS.contains(opener)) {
        continue;
      }
      // a quoted phrase may end the caption too: "... was 'too hot' The incident was ..."
      if (!endsCaption(before) && !(isClosingQuote(before) && isWord(tokens.get(i - 2)))) {
        continue;
      }
      boolean opensClause = article
          ? startsLowerCase(after) && !NOT_HEADS.contains(after.pos())
          : VERB_TAGS.contains(after.pos());
      if (opensClause) {
        return true;
      }
    }
    return false;
  }

  /** {@link #ZONE_FIRST}, tried only where the sentence opens with a zone's first letter. */
  private static boolean opensWithZone(String text) {
    return "ecpgbuECPGBU".indexOf(text.charAt(0)) >= 0 && ZONE_FIRST.matcher(text).lookingAt();
  }

  private static boolean startsLowerCase(Token token) {
    return Character.isLowerCase(token.text().codePointAt(0));
  }

  private static boolean endsCaption(Token token) {
    return isWord(token) && CAPTION_ENDS.contains(token.pos());
  }

  private static boolean isWord(Token token) {
    return Character.isLetterOrDigit(token.text().codePointAt(0));
  }

  private static boolean isClosingQuote(Token token) {
    String text = token.text();
    return text.length() == 1 && "'\"\u2019\u201d".indexOf(text.charAt(0)) >= 0;
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

  // a loop, not a stream: it runs for every sentence, and streams are slow in the C1-compiled runs
  private static boolean hasVerb(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (VERB_TAGS.contains(tokens.get(i).pos())) {
        return true;
      }
    }
    return false;
  }
}
