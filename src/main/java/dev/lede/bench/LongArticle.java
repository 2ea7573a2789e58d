package dev.lede.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One long article made of many: the given articles one after another, a blank line between two,
 * repeated from the first when they run out, until the text holds at least the bytes asked for.
 * Timing lede on it against a folder of the same articles shows whether the cost of a word grows
 * with the length of the article it is in.
 *
 * @param words the text's words (runs of non-white-space), counted as {@link #words(String)} does
 */
public record LongArticle(Path file, long bytes, long words) {

  public static LongArticle write(List<Path> articles, long atLeastBytes, Path file) throws IOException {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to make a long one of");
    }
    long bytes = 0;
    long words = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; bytes < atLeastBytes; i = (i + 1) % articles.size()) {
        byte[] article = Files.readAllBytes(articles.get(i));
        if (bytes > 0) {
          out.write("\n\n".getBytes(StandardCharsets.US_ASCII));
          bytes += 2;
        }
        out.write(article);
        bytes += article.length;
        words += words(new String(article, StandardCharsets.UTF_8));
      }
    }
    return new LongArticle(file, bytes, words);
  }

  /** The words of all the files, as {@link #words(String)} counts them. */
  public static long words(List<Path> files) throws IOException {
    long words = 0;
    for (Path file : files) {
      words += words(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
    return words;
  }

  /** Runs of characters that are not white space. */
  static long words(String text) {
    long words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
