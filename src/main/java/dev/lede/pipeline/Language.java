package dev.lede.pipeline;

/**
 * The language of an article: ISO 639-1 code where one exists (else ISO 639-3, as the detector
 * gives it) and the detector's confidence in [0, 1].
 */
public record Language(String code, double confidence) {}
