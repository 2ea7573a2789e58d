package dev.lede.eval;

import dev.lede.input.Article;
import dev.lede.input.InputException;
import dev.lede.input.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An evaluation corpus: article files under one folder, each with its reference summary at the
 * same relative path under another. Both layouts in use fit: {@code <category>/NNN.txt} (BBC News
 * Summary: title line, blank line, paragraphs) and flat {@code <id>.txt} (CNN/DailyMail: the
 * story on one line, the highlights one per line).
 */
public final class SummaryCorpus {


  /** One article file and the files of its references (one per reference folder, in order). */
  public record Pair(Path article, List<Path> references) {

    public Pair {
      references = List.copyOf(references);
    }

    public Pair(Path article, Path summary) {
      this(article, List.of(summary));
    }

    /** The first reference: the one summary when there is one. */
    public Path summary() {
      return references.get(0);
    }
  }

  private SummaryCorpus() {}

  /** Every {@code .txt} article under {@code articles}, in path order, with its summary. */
  public static List<Pair> pairs(Path articles, Path summaries) throws IOException {
    return pairs(articles, List.of(summaries));
  }

  /**
   * Every {@code .txt} article under {@code articles}, in path order, with the file at the same
   * relative path under each reference folder (CNN-Corpus: {@code summaries} and {@code extracts}).
   */
  public static List<Pair> pairs(Path articles, List<Path> referenceFolders) throws IOException {
    requireDirectory(articles);
    for (Path folder : referenceFolders) {
      requireDirectory(folder);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(articles)) {
      files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
    }
    List<Pair> pairs = new ArrayList<>(files.size());
    for (Path article : files) {
      List<Path> references = new ArrayList<>(referenceFolders.size());
      for (Path folder : referenceFolders) {
        Path reference = folder.resolve(articles.relativize(article).toString());
        if (!Files.isRegularFile(reference)) {
          throw new NoSuchFileException(article.toString(), null, "no reference summary at " + reference);
        }
        references.add(reference);
      }
      pairs.add(new Pair(article, references));
    }
    if (pairs.isEmpty()) {
      throw new NoSuchFileException(articles.toString(), null, "no .txt articles found");
    }
    return pairs;
  }

  /**
   * The article without its opening paragraph (its first line of text after the title), for
   * judging a summarizer on stories whose opening is not the gist; an article of one paragraph
   * is returned as it is (the same object, so a caller can count them).
   */
  public static Article withoutOpening(Article article) {
    String text = article.text();
    int start = firstTextAt(text, article.bodyStart());
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0 || firstTextAt(text, lineEnd) >= text.length()) {
      return article;
    }
    String rest = text.substring(firstTextAt(text, lineEnd));
    if (article.title() == null) {
      return Article.of(article.source(), rest, article.warning());
    }
    return new Article(article.source(), article.title() + "\n\n" + rest, article.title(),
        article.title().length(), article.warning(), article.published());
  }

  private static int firstTextAt(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * An article file as lede reads it. A first line followed by a blank line is the title
   * (BBC layout), whatever it ends with; otherwise lede's own headline detection decides.
   */
  public static Article readArticle(Path file) throws IOException {
    TextDecoder.Decoded decoded = read(file);
    String text = decoded.text();
    int lineEnd = text.indexOf('\n');
    if (lineEnd > 0 && text.startsWith("\n", lineEnd + 1) && !text.substring(0, lineEnd).isBlank()) {
      return new Article(
          file.toString(), text, text.substring(0, lineEnd).strip(), lineEnd, decoded.warning(), null);
    }
    return Article.of(file.toString(), text, decoded.warning());
  }

  public static String readSummary(Path file) throws IOException {
    return read(file).text();
  }

  /** Decoded as lede decodes its inputs (UTF-8, with the Windows-1252 fallback old files need). */
  static TextDecoder.Decoded read(Path file) throws IOException {
    try {
      TextDecoder.Decoded decoded = TextDecoder.decode(Files.readAllBytes(file));
      return new TextDecoder.Decoded(decoded.text().replace("\r\n", "\n"), decoded.warning());
    } catch (InputException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static void requireDirectory(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
  }
}
