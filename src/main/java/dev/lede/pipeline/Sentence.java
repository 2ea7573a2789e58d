package dev.lede.pipeline;

import java.util.List;

/**
 * One sentence of an article: its position among the article's sentences, its offsets in the
 * article (Java {@code char} units, begin inclusive, end exclusive), its text and its tokens.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Sentence withTokens(List<Token> newTokens) {
    return new Sentence(index, start, end, text, newTokens);
  }

  /** The token texts, in order: the form OpenNLP's name finder and POS tagger take. */
  public String[] tokenTexts() {
    String[] texts = new String[tokens.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = tokens.get(i).text();
    }
    return texts;
  }

  /** Tokens that start with a letter or digit: words and numbers, not punctuation. */
  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (Character.isLetterOrDigit(t.text().codePointAt(0))) {
        n++;
      }
    }
    return n;
  }
}
