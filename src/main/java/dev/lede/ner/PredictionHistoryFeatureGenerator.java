package dev.lede.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Ratinov and Roth's (2009) extended prediction history: the entity types given to the same word
 * (in any case) earlier in the document, as the share of each type among its earlier labels,
 * where OpenNLP's previous-map feature keeps only the last label of the exact token. Cleared at
 * each document boundary.
 */
final class PredictionHistoryFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final String OTHER = "other";

  /** Per lower-cased word: how often each type (or "other") was given to it. */
  private final Map<String, Map<String, Integer>> history = new HashMap<>();

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    Map<String, Integer> counts = history.get(tokens[index].toLowerCase(Locale.ROOT));
    if (counts == null) {
      return;
    }
    int total = 0;
    for (int count : counts.values()) {
      total += count;
    }
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      // the share in thirds: a word seen as a person once in three times differs from always
      int thirds = Math.min(3, (int) Math.ceil(3.0 * entry.getValue() / total));
      features.add("ph=" + entry.getKey() + thirds);
    }
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    for (int i = 0; i < tokens.length && i < outcomes.length; i++) {
      history.computeIfAbsent(tokens[i].toLowerCase(Locale.ROOT), w -> new HashMap<>())
          .merge(type(outcomes[i]), 1, Integer::sum);
    }
  }

  /** "PERSON" for BILOU outcomes such as "PERSON-start"; "other" for other. */
  static String type(String outcome) {
    int dash = outcome.lastIndexOf('-');
    return dash < 0 ? OTHER : outcome.substring(0, dash);
  }

  @Override
  public void clearAdaptiveData() {
    history.clear();
  }
}
