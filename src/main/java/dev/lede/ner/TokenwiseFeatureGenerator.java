package dev.lede.ner;

import dev.lede.inference.FeatureSink;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A feature generator whose features mostly depend on one nearby token alone ("the word before
 * is 'in'", "this word ends in '-ski'"). Its features for {@code tokens[index]} must be exactly
 * {@link #addTokenFeatures} of each {@code tokens[index + offset]} for offsets up to
 * {@link #window()} either side, plus {@link #addContextFeatures}. {@link FastNameFinder} relies
 * on that split: it sums a word's weights at each offset once and reuses them wherever the word
 * occurs again, and builds only the context features per token.
 */
interface TokenwiseFeatureGenerator extends AdaptiveFeatureGenerator {

  /** How far from the current token a token may be and still add features of its own. */
  int window();

  /**
   * The features {@code token} adds to the current token when it stands {@code offset} places
   * from it (negative: before it, 0: the current token itself). They may depend on nothing but
   * the token and the offset.
   */
  void addTokenFeatures(FeatureSink features, String token, int offset);

  /** The features of {@code tokens[index]} that depend on several tokens or on the sentence. */
  void addContextFeatures(FeatureSink features, String[] tokens, int index);

  /**
   * What {@link #addContextFeatures} needs to know of a word on its own, if anything (null if
   * nothing): the fast finder keeps it with the word's cached weights, and hands each sentence's
   * back through {@link #describedSentence} instead of the generator making it per token.
   */
  default Object describe(String token) {
    return null;
  }

  /**
   * The sentence whose context features come next, with each token's {@link #describe}
   * ({@code descriptions[i]} for {@code tokens[i]}).
   */
  default void describedSentence(String[] tokens, Object[] descriptions) {}
}
