package dev.lede.pipeline;

import dev.lede.input.Article;
import java.util.List;

/** An article with everything the pipeline found in it, before summarizing. */
public record AnalyzedArticle(
    Article article, Language language, List<Sentence> sentences, List<Mention> mentions) {

  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  public int wordCount() {
    int words = 0;
    for (Sentence s : sentences) {
      words += s.wordCount();
    }
    return words;
  }
}
