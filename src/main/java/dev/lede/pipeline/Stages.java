package dev.lede.pipeline;

/**
 * One thread's set of pipeline stages, in the order they run. Not thread-safe: the OpenNLP
 * stages hold {@code *ME} objects.
 */
public record Stages(
    LanguageIdentifier languageIdentifier,
    SentenceSplitter sentenceSplitter,
    Tokenizer tokenizer,
    PosTagger posTagger,
    EntityFinder entityFinder) {}
