package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;

/** Turns a ranking into a summary: the length controls choose, document order presents. */
final class RankedSummaries {

  private RankedSummaries() {}

  static List<RankedSentence> of(
      AnalyzedArticle article, List<Integer> ranked, double[] scores, SummaryLength length) {
    List<Integer> chosen = new ArrayList<>(length.take(ranked, article.sentences()));
    chosen.sort(null);
    List<RankedSentence> summary = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      summary.add(new RankedSentence(i, scores[i]));
    }
    return summary;
  }

  /** Sentence indices by descending score; ties go to the earlier sentence. */
  static List<Integer> byScore(double[] scores) {
    List<Integer> order = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
    return order;
  }
}
