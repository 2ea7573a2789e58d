package dev.lede.pipeline;

import dev.lede.input.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the stages over one article: language, sentences, tokens, POS tags, named entities. Not
 * thread-safe (its stages hold OpenNLP {@code *ME} objects): one per thread.
 */
public final class ArticleAnalyzer {

  private static final int LANGUAGE_SAMPLE = 4000;

  private final LanguageIdentifier languageIdentifier;
  private final SentenceSplitter sentenceSplitter;
  private final Tokenizer tokenizer;
  private final PosTagger posTagger;
  private final EntityFinder entityFinder;

  public ArticleAnalyzer(
      LanguageIdentifier languageIdentifier,
      SentenceSplitter sentenceSplitter,
      Tokenizer tokenizer,
      PosTagger posTagger,
      EntityFinder entityFinder) {
    this.languageIdentifier = languageIdentifier;
    this.sentenceSplitter = sentenceSplitter;
    this.tokenizer = tokenizer;
    this.posTagger = posTagger;
    this.entityFinder = entityFinder;
  }

  public AnalyzedArticle analyze(Article article) {
    String text = article.text();
    // the detector reads character n-grams of all it is given: the opening is enough to tell
    Language language =
        languageIdentifier.identify(text.subSequence(0, Math.min(text.length(), LANGUAGE_SAMPLE)));
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence sentence : sentenceSplitter.split(text, article.bodyStart(), text.length())) {
      sentences.add(sentence.withTokens(posTagger.tag(tokenizer.tokenize(sentence))));
    }
    return new AnalyzedArticle(article, language, sentences, entityFinder.find(sentences));
  }
}
