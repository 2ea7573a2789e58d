package dev.lede.summary;

import dev.lede.input.Article;
import dev.lede.pipeline.AnalyzedArticle;
import dev.lede.pipeline.ApacheModels;
import dev.lede.pipeline.ArticleAnalyzer;

/** Small articles written for the tests, analyzed by the Apache-model pipeline. */
final class Articles {

  private static final ThreadLocal<ArticleAnalyzer> ANALYZER =
      ThreadLocal.withInitial(ApacheModels::analyzerWithoutEntities);

  private Articles() {}

  /** {@code lines} joined by newlines: each line is a paragraph of the body, no title. */
  static AnalyzedArticle analyze(String... lines) {
    return ANALYZER.get().analyze(Article.of("test", String.join("\n", lines), null));
  }
}
