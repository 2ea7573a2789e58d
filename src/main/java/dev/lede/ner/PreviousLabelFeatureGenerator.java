package dev.lede.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The last outcome given to the same token earlier in the document ("pd=" + outcome, as OpenNLP's
 * previous-map feature). OpenNLP's trainer remembers the gold outcomes, so in training the feature
 * is always right and the model trusts it more than its own predictions deserve; when
 * {@link NerTrainer} provides outcomes predicted by models that did not see the document (through
 * {@link DocumentContext}), those are remembered instead, as they will be when tagging.
 */
final class PreviousLabelFeatureGenerator implements AdaptiveFeatureGenerator {

  private final Map<String, String> previous = new HashMap<>();

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    features.add("pd=" + previous.get(tokens[index]));
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    String[] predicted = DocumentContext.predictedOutcomes(tokens);
    String[] remembered = predicted != null ? predicted : outcomes;
    for (int i = 0; i < tokens.length; i++) {
      previous.put(tokens[i], remembered[i]);
    }
  }

  @Override
  public void clearAdaptiveData() {
    previous.clear();
  }
}
