package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import dev.lede.summary.SentenceHygiene.Defect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * lede's extractive summarizer for news. Each sentence gets a salience score that adds three
 * signals, each scaled to [0, 1] within the article: centrality (TextRank: PageRank over the
 * word-overlap graph of all sentences, exact up to {@link #EXACT_GRAPH_LIMIT} sentences and
 * factored in linear time beyond), position (news states its gist first) and
 * entity salience (how much the sentence speaks of the entities the article mentions most).
 * Sentences are then picked greedily by maximal marginal relevance ({@link MmrSelection}), so a sentence that repeats
 * one already picked loses to a fresh one, and the sentence hygiene rules keep datelines,
 * captions, fragments and dangling pronouns out while better candidates remain. See
 * README.md beside this class for the evaluation behind each part.
 */
public final class NewsSummarizer implements Summarizer {

  /** How much each part counts; {@link #DEFAULT} is lede's summarizer, the others ablate it. */
  public record Weights(
      double centrality, double position, double entities, double redundancy, boolean hygiene) {

    public static final Weights DEFAULT = new Weights(1.0, 0.5, 0.25, 0.6, true);
  }

  /**
   * Up to this many sentences, centrality runs on TextRank's exact quadratic graph (about a
   * million pairs: well under a second); beyond it, on the linear-time factored approximation,
   * so a book-length input stays fast.
   */
  static final int EXACT_GRAPH_LIMIT = 1_500;

  private final Weights weights;

  public NewsSummarizer() {
    this(Weights.DEFAULT);
  }

  public NewsSummarizer(Weights weights) {
    this.weights = weights;
  }

  @Override
  public List<RankedSentence> summarize(AnalyzedArticle article, SummaryLength length) {
    List<Sentence> sentences = article.sentences();
    int n = sentences.size();
    if (n == 0) {
      return List.of();
    }
    SentenceTerms terms = SentenceTerms.of(sentences);
    double[] centrality = scaled(PageRank.scores(graph(terms)));
    double[] entities = scaled(entitySalience(article));
    Defect[] defects = new Defect[n];
    for (int i = 0; i < n; i++) {
      defects[i] = weights.hygiene() ? SentenceHygiene.defect(sentences.get(i)) : Defect.NONE;
    }
    double[] positions = positions(defects);
    double[] salience = new double[n];
    for (int i = 0; i < n; i++) {
      salience[i] =
          weights.centrality() * centrality[i]
              + weights.position() * positions[i]
              + weights.entities() * entities[i];
    }
    List<Integer> ranked =
        MmrSelection.select(defects, terms, salience, weights.redundancy(), length.maxSentences(n));
    return RankedSummaries.of(article, ranked, salience, length);
  }

  static SentenceGraph graph(SentenceTerms terms) {
    return terms.size() <= EXACT_GRAPH_LIMIT ? new OverlapGraph(terms) : new FactoredOverlapGraph(terms);
  }

  /**
   * The lead sentence counts fully, the k-th one 1/k: the gist comes first, detail after. Only
   * sentences fit to stand in a summary are counted, so a byline, dateline or caption at the
   * top does not push the real lead down; a defective sentence gets the position of the clean
   * sentence that follows it.
   */
  static double[] positions(Defect[] defects) {
    double[] positions = new double[defects.length];
    int clean = 0;
    for (int i = 0; i < defects.length; i++) {
      positions[i] = 1.0 / (clean + 1);
      if (defects[i].isClean()) {
        clean++;
      }
    }
    return positions;
  }

  /**
   * How strongly each sentence speaks of the article's recurring entities: the sum, over the
   * distinct entity words it contains, of the number of sentences that mention that word.
   * Entity words come from the article's mentions, or, when the pipeline found none, from
   * proper-noun tokens. Words seen in one sentence only are no theme of the article.
   */
  static double[] entitySalience(AnalyzedArticle article) {
    List<Set<String>> words = entityWords(article);
    Map<String, Integer> sentenceCounts = new HashMap<>();
    for (Set<String> set : words) {
      for (String w : set) {
        sentenceCounts.merge(w, 1, Integer::sum);
      }
    }
    double[] salience = new double[words.size()];
    for (int i = 0; i < salience.length; i++) {
      for (String w : words.get(i)) {
        int count = sentenceCounts.get(w);
        if (count > 1) {
          salience[i] += count;
        }
      }
    }
    return salience;
  }

  private static List<Set<String>> entityWords(AnalyzedArticle article) {
    List<Sentence> sentences = article.sentences();
    List<Set<String>> words = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      words.add(new HashSet<>());
    }
    if (!article.mentions().isEmpty()) {
      for (Mention m : article.mentions()) {
        for (Token t : sentences.get(m.sentence()).tokens()) {
          if (t.start() >= m.start() && t.end() <= m.end() && isWord(t)) {
            words.get(m.sentence()).add(t.text().toLowerCase(Locale.ROOT));
          }
        }
      }
    } else {
      for (Sentence s : sentences) {
        for (Token t : s.tokens()) {
          if ("PROPN".equals(t.pos()) && isWord(t)) {
            words.get(s.index()).add(t.text().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return words;
  }

  private static boolean isWord(Token t) {
    return SentenceTerms.hasLetterOrDigit(t.text());
  }

  static double[] scaled(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = max > 0 ? values[i] / max : 0;
    }
    return scaled;
  }
}
