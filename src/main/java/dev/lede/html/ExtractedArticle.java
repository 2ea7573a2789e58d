package dev.lede.html;

/**
 * The main content of an HTML page: {@code text} holds the body's paragraphs, one per line with a
 * blank line between them (empty when the page has none); {@code title} is the article's headline
 * and {@code published} its publication time as the page gives it (ISO-8601), each null when the
 * page does not say.
 */
public record ExtractedArticle(String text, String title, String published) {}
