package dev.lede.pipeline;

/** Tells which language a text is written in. */
public interface LanguageIdentifier {

  Language identify(CharSequence text);
}
