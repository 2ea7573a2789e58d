package dev.lede.ner;

import opennlp.tools.ml.model.Context;

/**
 * What one word adds to the scores of the tokens around it wherever it occurs: for each offset
 * from the current token, the summed weights of the features the word contributes from there;
 * and, looked up on first need, the weights of the features that pair the word or its token
 * class with the previous outcome. {@link FastNameFinder} caches one per word.
 */
final class WordWeights {

  /** Marks a pairing looked up and found to have no weights. */
  static final Context ABSENT = new Context(new int[0], new double[0]);

  private final double[][] byOffset;
  private final int window;
  private final String tokenClass;
  private final Context[] afterOutcome;

  /**
   * @param byOffset summed weights by offset + window; null where the word adds nothing
   * @param tokenClass the word's OpenNLP token class ("ic", "lc", "2d", ...)
   */
  WordWeights(double[][] byOffset, int window, String tokenClass, int outcomes) {
    this.byOffset = byOffset;
    this.window = window;
    this.tokenClass = tokenClass;
    this.afterOutcome = new Context[outcomes];
  }

  /** The summed weights the word adds at this offset from the current token, or null. */
  double[] atOffset(int offset) {
    return byOffset[offset + window];
  }

  String tokenClass() {
    return tokenClass;
  }

  /** The weights pairing the word with an outcome before it: null if not looked up yet. */
  Context afterOutcome(int outcome) {
    return afterOutcome[outcome];
  }

  void rememberAfterOutcome(int outcome, Context weights) {
    afterOutcome[outcome] = weights == null ? ABSENT : weights;
  }
}
