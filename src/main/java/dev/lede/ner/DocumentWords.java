package dev.lede.ner;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a document says about each of its words (by lower-cased form), computed once per document:
 * how the word is cased where case carries meaning (inside a sentence, outside an all-caps
 * headline), where it stands in runs of capitalised words, and which words stand next to it where
 * it is capitalised. A headline's "JAPAN" or a sentence-initial "Consolidated" is hard to read
 * alone; the same word elsewhere in the article ("in Japan", "the consolidated accounts") is not.
 */
final class DocumentWords {

  /** Case flags: seen lower-case, capitalised, all-caps where case is informative. */
  static final int LOWER = 1;
  static final int CAPITALISED = 2;
  static final int ALL_CAPS = 4;
  /** Place flags: first, inner, last word of a run of two or more capitalised words. */
  static final int RUN_FIRST = 1;
  static final int RUN_INSIDE = 2;
  static final int RUN_LAST = 4;

  /** Tokens after which a capital letter says nothing: sentence or quotation openers. */
  private static final Set<String> OPENERS = Set.of(".", "\"", ":", "?", "!", "...", "--", "``", "'");

  static final class Word {
    int casing;
    int runs;
    // made when the word is first seen capitalised: most words of a document never are
    private Set<String> before;
    private Set<String> after;
    /** The neighbour features, made by the first token of this word that asks for them. */
    String[] neighbourFeatures;

    /** The lower-cased words seen just before this one where it is capitalised, in their order. */
    Set<String> before() {
      return before == null ? Set.of() : before;
    }

    /** The lower-cased words seen just after this one where it is capitalised, in their order. */
    Set<String> after() {
      return after == null ? Set.of() : after;
    }

    private void addBefore(String word) {
      if (before == null) {
        before = new LinkedHashSet<>();
      }
      before.add(word);
    }

    private void addAfter(String word) {
      if (after == null) {
        after = new LinkedHashSet<>();
      }
      after.add(word);
    }
  }

  private final Map<String, Word> words = new HashMap<>();

  private DocumentWords() {}

  static DocumentWords of(List<String[]> sentences) {
    DocumentWords document = new DocumentWords();
    for (String[] sentence : sentences) {
      document.add(sentence);
    }
    return document;
  }

  /** What the document says about the word, or null if it is not in the document. */
  Word word(String lower) {
    return words.get(lower);
  }

  private void add(String[] tokens) {
    boolean headline = isHeadline(tokens);
    int runStart = -1;
    for (int i = 0; i <= tokens.length; i++) {
      int casing = i < tokens.length ? casing(tokens[i]) : 0;
      boolean capital = !headline && (casing == CAPITALISED || casing == ALL_CAPS);
      if (capital && runStart < 0) {
        runStart = i;
      } else if (!capital && runStart >= 0) {
        if (i - runStart >= 2) {
          for (int k = runStart; k < i; k++) {
            entry(tokens[k]).runs |= k == runStart ? RUN_FIRST : k == i - 1 ? RUN_LAST : RUN_INSIDE;
          }
        }
        runStart = -1;
      }
      if (i == tokens.length || casing == 0) {
        continue;
      }
      Word word = entry(tokens[i]);
      if (!headline && i > 0 && !isOpener(tokens[i - 1])) {
        word.casing |= casing;
      }
      if (capital) {
        if (i > 0) {
          word.addBefore(tokens[i - 1].toLowerCase(Locale.ROOT));
        }
        if (i + 1 < tokens.length) {
          word.addAfter(tokens[i + 1].toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  static boolean isOpener(String token) {
    return OPENERS.contains(token);
  }

  private Word entry(String token) {
    return words.computeIfAbsent(token.toLowerCase(Locale.ROOT), w -> new Word());
  }

  /** LOWER, CAPITALISED or ALL_CAPS (also a lone capital, "F.") by the token's letters; 0 for none. */
  static int casing(String token) {
    int letters = 0;
    int upper = 0;
    boolean firstUpper = false;
    for (int k = 0; k < token.length(); k++) {
      char ch = token.charAt(k);
      if (Character.isLetter(ch)) {
        if (Character.isUpperCase(ch)) {
          upper++;
          firstUpper |= letters == 0;
        }
        letters++;
      }
    }
    if (letters == 0) {
      return 0;
    }
    if (!firstUpper) {
      return LOWER;
    }
    if (upper == letters) {
      return ALL_CAPS;
    }
    return CAPITALISED;
  }

  /** An all-caps headline ("SOCCER - JAPAN GET LUCKY WIN"), where case carries no meaning. */
  static boolean isHeadline(String[] tokens) {
    long counts = 0;
    for (String token : tokens) {
      counts += letterCounts(token);
    }
    return isHeadline(counts);
  }

  /**
   * Whether a sentence whose tokens' {@link #letterCounts} sum to this is an all-caps headline:
   * a tagger that keeps each word's counts sums them instead of reading the chars again.
   */
  static boolean isHeadline(long letterCounts) {
    int letters = (int) letterCounts;
    int capitals = (int) (letterCounts >>> 32);
    return letters >= 4 && capitals == letters;
  }

  /** A token's letters, and its capital letters in the high 32 bits: sums of them add both. */
  static long letterCounts(String token) {
    long counts = 0;
    for (int k = 0; k < token.length(); k++) {
      char ch = token.charAt(k);
      if (Character.isLetter(ch)) {
        counts += Character.isUpperCase(ch) ? 1L << 32 | 1 : 1;
      }
    }
    return counts;
  }
}
