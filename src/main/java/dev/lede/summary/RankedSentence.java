package dev.lede.summary;

/** A sentence chosen for a summary: its index in the article and the score that chose it. */
public record RankedSentence(int sentence, double score) {}
