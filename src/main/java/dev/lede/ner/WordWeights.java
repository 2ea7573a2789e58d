package dev.lede.ner;

import java.util.Arrays;

/**
 * What one word adds to the scores of the tokens around it wherever it occurs: for each offset
 * from the current token, the summed weights of the features the word contributes from there;
 * and, looked up on first need, the weights of the features that pair the word or its token
 * class with the previous outcome. {@link FastNameFinder} caches one per word, shared by the
 * finders of one model on every thread. The pairings are filled in by whichever thread needs
 * one first: all compute the same index, and an int is written whole, so a race between two only
 * looks one up twice.
 */
final class WordWeights {

  /** Marks a pairing not looked up yet (a predicate index is at least -1, for none). */
  static final int NOT_LOOKED_UP = Integer.MIN_VALUE;

  private final double[][] byOffset;
  private final int window;
  private final String tokenClass;
  private final Object[] descriptions;
  private final int[] afterOutcome;

  /**
   * @param byOffset summed weights by offset + window; null where the word adds nothing
   * @param tokenClass the word's OpenNLP token class ("ic", "lc", "2d", ...)
   * @param descriptions the word as each generator describes it for its context features
   */
  WordWeights(double[][] byOffset, int window, String tokenClass, Object[] descriptions, int outcomes) {
    this.byOffset = byOffset;
    this.window = window;
    this.tokenClass = tokenClass;
    this.descriptions = descriptions;
    this.afterOutcome = new int[outcomes];
    Arrays.fill(afterOutcome, NOT_LOOKED_UP);
  }

  /** The summed weights the word adds at this offset from the current token, or null. */
  double[] atOffset(int offset) {
    return byOffset[offset + window];
  }

  String tokenClass() {
    return tokenClass;
  }

  /** The word as the generator at this index describes it ({@code TokenwiseFeatureGenerator.describe}). */
  Object description(int generator) {
    return descriptions[generator];
  }

  /**
   * The predicate pairing the word with an outcome before it: -1 if the model has none,
   * {@link #NOT_LOOKED_UP} if not looked up yet.
   */
  int afterOutcome(int outcome) {
    return afterOutcome[outcome];
  }

  void rememberAfterOutcome(int outcome, int predicate) {
    afterOutcome[outcome] = predicate;
  }
}
