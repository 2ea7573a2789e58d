package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.input.Article;
import dev.lede.pipeline.ApacheModels;

/** Small articles written for the tests, analyzed by the Apache-model pipeline. */
public final class Articles {

  private static final ThreadLocal<ArticleAnalyzer> ANALYZER =
      ThreadLocal.withInitial(ApacheModels::analyzerWithoutEntities);

  private Articles() {}

  /** {@code lines} joined by newlines: each line is a paragraph of the body, no title. */
  public static AnalyzedArticle analyze(String... lines) {
    return ANALYZER.get().analyze(Article.of("test", String.join("\n", lines), null));
  }
}
