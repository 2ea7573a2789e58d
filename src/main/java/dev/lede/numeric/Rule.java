package dev.lede.numeric;

/**
 * One family of patterns over tokens. A rule looks at a bounded number of tokens from {@code i}, so
 * running every rule at every token stays linear in the sentence length.
 */
interface Rule {

  /** The longest mention this rule sees starting at token {@code i}, or null. */
  Match match(Tokens tokens, int i);
}
