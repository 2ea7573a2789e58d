package dev.lede.summary;

import java.util.ArrayList;
import java.util.List;

/** The summarizers lede offers; {@link #standard()} is the one the CLI runs. */
public final class Summarizers {

  private Summarizers() {}

  /**
   * Ranks sentences by position, first first: news is written with the gist at the top, and
   * this "lead" ranking is the baseline every news summarizer is measured against.
   */
  public static Summarizer standard() {
    return (article, length) -> {
      List<Integer> byPosition = new ArrayList<>();
      for (int i = 0; i < article.sentences().size(); i++) {
        byPosition.add(i);
      }
      List<RankedSentence> chosen = new ArrayList<>();
      for (int index : length.take(byPosition, article.sentences())) {
        chosen.add(new RankedSentence(index, 1.0 / (1 + index)));
      }
      return chosen;
    };
  }
}
