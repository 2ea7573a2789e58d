package dev.lede.pipeline;

/**
 * One mention of a named entity: its type (PERSON, ORGANIZATION, LOCATION, MISC, ...), its
 * offsets in the article (Java {@code char} units), the sentence it is in and its text.
 */
public record Mention(String type, int start, int end, int sentence, String text) {}
