package dev.lede.pipeline;

/**
 * One token of an article: its text, its offsets in the article (Java {@code char} units,
 * begin inclusive, end exclusive) and its part-of-speech tag (Universal Dependencies tag set;
 * null before tagging).
 */
public record Token(int start, int end, String text, String pos) {

  public Token withPos(String tag) {
    return new Token(start, end, text, tag);
  }
}
