package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import java.util.List;

/** The Lead-N baseline: the article's first sentences, as many as the length allows. */
public final class LeadSummarizer implements Summarizer {

  @Override
  public List<RankedSentence> summarize(AnalyzedArticle article, SummaryLength length) {
    int n = article.sentences().size();
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = 1.0 / (i + 1);
    }
    return RankedSummaries.of(article, RankedSummaries.byScore(scores), scores, length);
  }
}
