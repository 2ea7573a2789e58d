package dev.lede.summary;

import dev.lede.pipeline.Sentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a summary may be. Each control that is set is a limit, and the summary obeys all of
 * them: at most {@code sentences} sentences; at most {@code ratio} of the article's sentences
 * (rounded down, but at least one); whole sentences in rank order until the next would go over
 * {@code words} words (the best sentence is always kept). A control given alone decides alone:
 * the default of {@value #DEFAULT_SENTENCES} sentences holds only when none is set.
 */
public record SummaryLength(Integer sentences, Double ratio, Integer words) implements Serializable {

  /** The length of a summary when no control is set. */
  public static final int DEFAULT_SENTENCES = 3;

  public static final SummaryLength DEFAULT = new SummaryLength(DEFAULT_SENTENCES, null, null);

  public SummaryLength {
    if (sentences != null && sentences < 1) {
      throw new IllegalArgumentException("a summary needs at least one sentence, got " + sentences);
    }
    if (ratio != null && !(ratio > 0 && ratio <= 1)) {
      throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio);
    }
    if (words != null && words < 1) {
      throw new IllegalArgumentException("words must be at least 1, got " + words);
    }
    if (sentences == null && ratio == null && words == null) {
      sentences = DEFAULT_SENTENCES;
    }
  }

  public static SummaryLength sentences(int n) {
    return new SummaryLength(n, null, null);
  }

  /**
   * The most sentences a summary of an article with {@code total} sentences may hold. Under a
   * word budget alone that is one a word (a sentence holds at least one), so a ranking never
   * has to order a whole long article for a short summary.
   */
  public int maxSentences(int total) {
    int max = total;
    if (sentences != null) {
      max = Math.min(max, sentences);
    }
    if (ratio != null) {
      // the small epsilon keeps 0.3 x 10 at 3 despite floating point (2.9999...)
      max = Math.min(max, Math.max(1, (int) Math.floor(ratio * total + 1e-9)));
    }
    if (words != null) {
      max = Math.min(max, words);
    }
    return max;
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
