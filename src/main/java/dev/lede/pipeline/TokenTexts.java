package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code String} per distinct token text of an article. A long article writes a few tens of
 * thousands of distinct words hundreds of thousands of times; a string of its own for each token
 * would be most of the article's memory (about 50 bytes a token, against 32 for the token).
 * Lives for one article, so it holds no more words than the article has.
 */
public final class TokenTexts {

  private final Map<String, String> texts = new HashMap<>();

  /** The tokens, each with the article's one copy of its text. */
  public List<Token> shared(List<Token> tokens) {
    List<Token> shared = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String text = texts.putIfAbsent(t.text(), t.text());
      shared.add(text == null ? t : new Token(t.start(), t.end(), text, t.pos()));
    }
    return shared;
  }
}
