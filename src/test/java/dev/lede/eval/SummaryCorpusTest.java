package dev.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.input.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCorpusTest {

  @TempDir Path dir;

  @Test
  void aFirstLineBeforeABlankLineIsTheTitleEvenWithAFullStop() throws IOException {
    Path file = dir.resolve("t.txt");
    Files.writeString(file, "Prices rise again.\n\nPrices rose for the third month in a row.\n", StandardCharsets.UTF_8);
    Article article = SummaryCorpus.readArticle(file);
    assertThat(article.title()).isEqualTo("Prices rise again.");
    assertThat(article.text().substring(article.bodyStart()).strip()).startsWith("Prices rose");
    assertThat(article.warning()).isNull();
  }

  @Test
  void aLatin1PoundSignIsReadAsWindows1252() throws IOException {
    Path file = dir.resolve("l.txt");
    byte[] bytes = "a \u00a315.8m signing".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);
    Article article = SummaryCorpus.readArticle(file);
    assertThat(article.text()).isEqualTo("a \u00a315.8m signing");
    assertThat(article.warning()).contains("Windows-1252");
  }

  @Test
  void pairsArticlesWithSummariesAtTheSamePath() throws IOException {
    Files.createDirectories(dir.resolve("a/sport"));
    Files.createDirectories(dir.resolve("s/sport"));
    Files.writeString(dir.resolve("a/sport/002.txt"), "x");
    Files.writeString(dir.resolve("a/sport/001.txt"), "x");
    Files.writeString(dir.resolve("s/sport/001.txt"), "y");
    Files.writeString(dir.resolve("s/sport/002.txt"), "y");
    assertThat(SummaryCorpus.pairs(dir.resolve("a"), dir.resolve("s")))
        .extracting(p -> dir.relativize(p.summary()).toString())
        .containsExactly("s/sport/001.txt", "s/sport/002.txt");
  }
}
