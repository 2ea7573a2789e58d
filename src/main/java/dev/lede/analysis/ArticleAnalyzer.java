package dev.lede.analysis;

import dev.lede.clean.BoilerplateDetector;
import dev.lede.clean.Removal;
import dev.lede.input.Article;
import dev.lede.pipeline.Deadline;
import dev.lede.pipeline.Language;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.StageClock;
import dev.lede.pipeline.Stages;
import dev.lede.pipeline.Token;
import dev.lede.pipeline.TokenTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the stages over one article: language, boilerplate lines (kept out of the sentences),
 * sentences, tokens, POS tags, named entities. A sentence of more than {@value
 * #MAX_SENTENCE_TOKENS} tokens is cut into pieces of that many: the taggers' beam search copies
 * each sentence's tag sequence at every token, quadratic in its length, and no real sentence is
 * that long. Not thread-safe (its stages hold OpenNLP {@code *ME} objects): one per thread.
 */
public final class ArticleAnalyzer {

  static final int MAX_SENTENCE_TOKENS = 200;
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
    return analyze(article, Deadline.NONE);
  }

  /** Analyzes the article, checking the deadline between stages and between sentences. */
  public AnalyzedArticle analyze(Article article, Deadline deadline) {
    return analyze(article, deadline, StageClock.NONE);
  }

  /** As {@link #analyze(Article, Deadline)}, telling {@code clock} as each stage finishes. */
  public AnalyzedArticle analyze(Article article, Deadline deadline, StageClock clock) {
    String text = article.text();
    Language language = stages.languageIdentifier().identify(languageSample(text));
    clock.lap("language");
    deadline.check();
    List<Removal> removed = new ArrayList<>();
    for (Removal removal : BOILERPLATE.detect(text)) {
      if (removal.start() >= article.bodyStart()) {
        removed.add(removal);
      }
    }
    clock.lap("boilerplate");
    List<Sentence> sentences = new ArrayList<>();
    TokenTexts tokenTexts = new TokenTexts();
    int from = article.bodyStart();
    for (int i = 0; i <= removed.size(); i++) {
      int to = i < removed.size() ? removed.get(i).start() : text.length();
      deadline.check();
      List<Sentence> split = stages.sentenceSplitter().split(text, from, to);
      clock.lap("sentences");
      for (Sentence sentence : split) {
        deadline.check();
        List<Token> tokens = tokenTexts.shared(stages.tokenizer().tokenize(sentence));
        clock.lap("tokens");
        if (tokens.size() <= MAX_SENTENCE_TOKENS) {
          sentences.add(
              new Sentence(sentences.size(), sentence.start(), sentence.end(), sentence.text(), stages.posTagger().tag(tokens)));
          clock.lap("pos");
          continue;
        }
        for (int first = 0; first < tokens.size(); first += MAX_SENTENCE_TOKENS) {
          List<Token> piece = tokens.subList(first, Math.min(tokens.size(), first + MAX_SENTENCE_TOKENS));
          int start = piece.get(0).start();
          int end = piece.get(piece.size() - 1).end();
          sentences.add(
              new Sentence(sentences.size(), start, end, text.substring(start, end), stages.posTagger().tag(piece)));
          clock.lap("pos");
          deadline.check();
        }
      }
      if (i < removed.size()) {
        from = removed.get(i).end();
      }
    }
    List<Mention> mentions = stages.entityFinder().find(sentences, deadline);
    clock.lap("entities");
    return new AnalyzedArticle(article, language, sentences, mentions, removed);
  }
}
