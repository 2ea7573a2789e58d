package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import java.util.List;

/** Picks an article's key sentences. Implementations are stateless or per-thread. */
public interface Summarizer {

  /** The chosen sentences in document order, each with its score; never more than {@code length} allows. */
  List<RankedSentence> summarize(AnalyzedArticle article, SummaryLength length);
}
