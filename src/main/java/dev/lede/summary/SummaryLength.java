package dev.lede.summary;

import dev.lede.pipeline.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a summary may be: at most {@code sentences} sentences; when {@code ratio} is set, at
 * most that fraction of the article's sentences (rounded up, at least one); when {@code words}
 * is set, whole sentences are added in rank order until the next would go over that many words.
 */
public record SummaryLength(int sentences, Double ratio, Integer words) {

  public static final SummaryLength DEFAULT = new SummaryLength(3, null, null);

  public SummaryLength {
    if (sentences < 1) {
      throw new IllegalArgumentException("a summary needs at least one sentence, got " + sentences);
    }
    if (ratio != null && !(ratio > 0 && ratio <= 1)) {
      throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio);
    }
    if (words != null && words < 1) {
      throw new IllegalArgumentException("words must be at least 1, got " + words);
    }
  }

  public static SummaryLength sentences(int n) {
    return new SummaryLength(n, null, null);
  }

  /** The most sentences a summary of an article with {@code total} sentences may hold. */
  public int maxSentences(int total) {
    int max = sentences;
    if (ratio != null) {
      max = Math.min(max, Math.max(1, (int) Math.ceil(ratio * total)));
    }
    return Math.min(max, total);
  }

  /**
   * Takes sentences in rank order while they fit the sentence count and, when set, the word
   * budget: it stops before the sentence that would go over. The best sentence is always kept,
   * so a summary is never empty.
   */
  public List<Integer> take(List<Integer> ranked, List<Sentence> sentences) {
    int max = maxSentences(sentences.size());
    List<Integer> chosen = new ArrayList<>();
    int usedWords = 0;
    for (int index : ranked) {
      if (chosen.size() >= max) {
        break;
      }
      int w = sentences.get(index).wordCount();
      if (words != null && !chosen.isEmpty() && usedWords + w > words) {
        break;
      }
      chosen.add(index);
      usedWords += w;
    }
    return chosen;
  }

}
