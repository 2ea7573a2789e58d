package dev.lede.keywords;

/**
 * One key phrase of an article: its lower-cased text (the form it is most often written in), its
 * rank score (higher is more central, see {@link KeywordExtractor}) and how many times it occurs
 * in the article, counting singular, plural and other stemmed variants together.
 */
public record Keyword(String text, double score, int count) {}
