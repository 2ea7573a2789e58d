package dev.lede.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongArticleTest {

  @Test
  void countsRunsOfNonSpace() {
    assertThat(LongArticle.words("")).isZero();
    assertThat(LongArticle.words("  one\ttwo\n\nthree, four.  ")).isEqualTo(4);
  }

  @Test
  void repeatsTheArticlesInTurnUntilTheTextIsLongEnough(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("a.txt"), "Harbour ferry sails.");
    Path second = Files.writeString(dir.resolve("b.txt"), "Vote on budget");

    LongArticle article = LongArticle.write(List.of(first, second), 40, dir.resolve("long.txt"));

    String text = Files.readString(article.file());
    assertThat(text).isEqualTo("Harbour ferry sails.\n\nVote on budget\n\nHarbour ferry sails.");
    assertThat(article.bytes()).isEqualTo(text.length());
    assertThat(article.words()).isEqualTo(9);
    assertThat(LongArticle.words(List.of(first, second))).isEqualTo(6);
  }
}
