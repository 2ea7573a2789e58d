package dev.lede.numeric;

import dev.lede.pipeline.Token;
import java.util.List;
import java.util.Locale;

/**
 * One sentence's tokens as the rules read them: lower-cased text computed once, the number
 * phrase starting at each token computed on first need (three rules ask for it at every token),
 * and lookups that answer "no" (empty text) outside the sentence, so rules need no bounds checks
 * of their own.
 */
final class Tokens {

  private static final WordSet OPENERS = WordSet.of("\"", "“", "‘", "'", "(", "[", "-", "—", ":");

  private final List<Token> tokens;
  // texts and lower-cased texts in arrays: the rules read them at every token, and a List's get
  // is an interface call of several classes here
  private final String[] texts;
  private final String[] lower;
  // Numbers.phraseEnd by token, offset by one so that 0 means not computed yet
  private final int[] phraseEnds;

  Tokens(List<Token> tokens) {
    this.tokens = tokens;
    this.texts = new String[tokens.size()];
    this.lower = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = tokens.get(i).text();
      lower[i] = texts[i].toLowerCase(Locale.ROOT);
    }
    this.phraseEnds = new int[lower.length];
  }

  int size() {
    return lower.length;
  }

  Token get(int i) {
    return tokens.get(i);
  }

  String text(int i) {
    return inside(i) ? texts[i] : "";
  }

  String lower(int i) {
    return inside(i) ? lower[i] : "";
  }

  String pos(int i) {
    String pos = inside(i) ? tokens.get(i).pos() : null;
    return pos == null ? "" : pos;
  }

  /** Whether token {@code i} is {@code word}, ignoring case; {@code word} is lower case. */
  boolean is(int i, String word) {
    return lower(i).equals(word);
  }

  boolean in(int i, WordSet lowerWords) {
    return inside(i) && lowerWords.contains(lower[i]);
  }

  /** {@link Numbers#phraseEnd}: the end of the number phrase starting at token {@code i}, or -1. */
  int numberPhraseEnd(int i) {
    if (!inside(i)) {
      return -1;
    }
    if (phraseEnds[i] == 0) {
      phraseEnds[i] = Numbers.phraseEnd(this, i) + 1;
    }
    return phraseEnds[i] - 1;
  }

  boolean capitalized(int i) {
    String text = text(i);
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /**
   * Whether token {@code i} is capitalized where a common word would not be: inside the sentence,
   * as in a name ("USA Today", "Jamie Noon", "50 Cent").
   */
  boolean capitalizedInside(int i) {
    return capitalized(i) && !startsSentence(i);
  }

  /** Whether token {@code i} is written right after token {@code i - 1}, with no space between. */
  boolean attached(int i) {
    return inside(i) && i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  /** Whether token {@code i} opens its sentence (possibly after a quote or bracket). */
  boolean startsSentence(int i) {
    return i == 0 || (i == 1 && OPENERS.contains(text(0)));
  }

  // the array's length, not the list's size (about 1 % of a batch, see above)
  private boolean inside(int i) {
    return i >= 0 && i < lower.length;
  }
}
