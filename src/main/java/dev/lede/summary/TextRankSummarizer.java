package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import java.util.List;

/**
 * The TextRank baseline (Mihalcea and Tarau 2004): PageRank over the graph of all sentence
 * pairs weighted by word overlap, best-ranked sentences first. Quadratic in the number of
 * sentences: a baseline for evaluation, not for arbitrarily long input.
 */
public final class TextRankSummarizer implements Summarizer {

  @Override
  public List<RankedSentence> summarize(AnalyzedArticle article, SummaryLength length) {
    double[] scores = PageRank.scores(new OverlapGraph(SentenceTerms.of(article.sentences())));
    return RankedSummaries.of(article, RankedSummaries.byScore(scores), scores, length);
  }
}
