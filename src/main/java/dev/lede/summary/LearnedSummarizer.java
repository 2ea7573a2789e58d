package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import java.util.List;

/**
 * Scores each sentence with a learned {@link SalienceModel} over its {@link SentenceFeatures},
 * then picks sentences as {@link NewsSummarizer} does: maximal marginal relevance under the
 * sentence hygiene rules ({@link MmrSelection}).
 */
public final class LearnedSummarizer implements Summarizer {

  private final SalienceModel model;
  private final double redundancy;

  public LearnedSummarizer(SalienceModel model) {
    this(model, NewsSummarizer.Weights.DEFAULT.redundancy());
  }

  public LearnedSummarizer(SalienceModel model, double redundancy) {
    this.model = model;
    this.redundancy = redundancy;
  }

  @Override
  public List<RankedSentence> summarize(AnalyzedArticle article, SummaryLength length) {
    if (article.sentences().isEmpty()) {
      return List.of();
    }
    SentenceFeatures features = SentenceFeatures.of(article);
    double[] salience = model.salience(features);
    List<Integer> ranked =
        MmrSelection.select(
            features.defects(), features.terms(), salience, redundancy,
            length.maxSentences(features.size()));
    return RankedSummaries.of(article, ranked, salience, length);
  }
}
