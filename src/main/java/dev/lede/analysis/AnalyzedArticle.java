package dev.lede.analysis;

import dev.lede.clean.Removal;
import dev.lede.input.Article;
import dev.lede.pipeline.Language;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import java.util.List;

/**
 * An article with everything the pipeline found in it, before summarizing. {@code removed} are
 * the boilerplate lines kept out of the sentences (and so out of everything built on them).
 */
public record AnalyzedArticle(
    Article article,
    Language language,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<Removal> removed) {

  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    removed = List.copyOf(removed);
  }

  /** An article from which nothing was removed. */
  public AnalyzedArticle(
      Article article, Language language, List<Sentence> sentences, List<Mention> mentions) {
    this(article, language, sentences, mentions, List.of());
  }

  public int wordCount() {
    int words = 0;
    for (Sentence s : sentences) {
      words += s.wordCount();
    }
    return words;
  }
}
