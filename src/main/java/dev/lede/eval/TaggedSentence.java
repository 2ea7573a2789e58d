package dev.lede.eval;

import opennlp.tools.util.Span;

/** One evaluated sentence: its tokens, the gold entity spans and the predicted ones. */
public record TaggedSentence(String[] tokens, Span[] gold, Span[] predicted) {}
