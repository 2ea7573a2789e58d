package dev.lede.pipeline;

import dev.lede.clean.BoilerplateDetector;
import dev.lede.clean.Removal;
import dev.lede.input.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the stages over one article: language, boilerplate lines (kept out of the sentences),
 * sentences, tokens, POS tags, named entities. Not
 * thread-safe (its stages hold OpenNLP {@code *ME} objects): one per thread.
 */
public final class ArticleAnalyzer {

  private static final int LANGUAGE_SAMPLE = 1500;
  /** Stateless: one serves every thread. */
  private static final BoilerplateDetector BOILERPLATE = new BoilerplateDetector();

  private final Stages stages;

  public ArticleAnalyzer(Stages stages) {
    this.stages = stages;
  }

  /** The part of a text the language is told from: the detector reads every character n-gram it is given, and the opening is enough. */
  public static CharSequence languageSample(String text) {
    return text.subSequence(0, Math.min(text.length(), LANGUAGE_SAMPLE));
  }

  public AnalyzedArticle analyze(Article article) {
    String text = article.text();
    Language language = stages.languageIdentifier().identify(languageSample(text));
    List<Removal> removed = new ArrayList<>();
    for (Removal removal : BOILERPLATE.detect(text)) {
      if (removal.start() >= article.bodyStart()) {
        removed.add(removal);
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    int from = article.bodyStart();
    for (int i = 0; i <= removed.size(); i++) {
      int to = i < removed.size() ? removed.get(i).start() : text.length();
      for (Sentence sentence : stages.sentenceSplitter().split(text, from, to)) {
        Sentence indexed =
            new Sentence(sentences.size(), sentence.start(), sentence.end(), sentence.text(), List.of());
        sentences.add(indexed.withTokens(stages.posTagger().tag(stages.tokenizer().tokenize(indexed))));
      }
      if (i < removed.size()) {
        from = removed.get(i).end();
      }
    }
    return new AnalyzedArticle(
        article, language, sentences, stages.entityFinder().find(sentences), removed);
  }
}
