package dev.lede.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void aShortFirstLineWithoutFinalStopIsTheTitle() {
    Article article = Article.of("a.txt", "Harbour bridge reopens after repairs\n\nThe bridge reopened on Monday.\n", null);
    assertThat(article.title()).isEqualTo("Harbour bridge reopens after repairs");
    assertThat(article.bodyStart()).isEqualTo("Harbour bridge reopens after repairs".length());
  }

  @Test
  void aFirstLineThatEndsLikeProseIsNoTitle() {
    Article article = Article.of("a.txt", "The bridge reopened on Monday.\nTraffic was light.\n", null);
    assertThat(article.title()).isNull();
    assertThat(article.bodyStart()).isZero();
  }

  @Test
  void aSingleLineArticleHasNoTitle() {
    assertThat(Article.of("a.txt", "Council votes to extend tram line", null).title()).isNull();
  }
}
