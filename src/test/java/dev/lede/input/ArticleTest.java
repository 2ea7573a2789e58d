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

  @Test
  void aKnownTitleOpensTheTextAndTheBodyFollowsABlankLine() {
    Article article = Article.titled("a.html", "Tram line extended", "The council voted on Monday.", "2024-01-02", null);
    assertThat(article.text()).isEqualTo("Tram line extended\n\nThe council voted on Monday.");
    assertThat(article.title()).isEqualTo("Tram line extended");
    assertThat(article.bodyStart()).isEqualTo("Tram line extended".length());
    assertThat(article.published()).isEqualTo("2024-01-02");
    assertThat(Article.titled("a.html", null, "Body.", null, null).text()).isEqualTo("Body.");
  }
}
