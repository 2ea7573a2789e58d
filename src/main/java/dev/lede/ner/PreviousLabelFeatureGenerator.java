package dev.lede.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The last outcome given to the same token earlier in the document ("pd=" + outcome, as OpenNLP's
 * previous-map feature). OpenNLP's trainer remembers the gold outcomes, so in training the feature
 * is always right and the model trusts it more than its own predictions deserve; when
 * {@code NerTrainer} provides outcomes predicted by models that did not see the document (through
 * {@link DocumentContext}), those are remembered instead, as they will be when tagging.
 */
final class PreviousLabelFeatureGenerator implements AdaptiveFeatureGenerator {

  // a token not seen yet in the document, as OpenNLP names it
  private static final String NONE = "pd=null";

  // the feature of each token's last outcome, made once per outcome rather than at every token
  private final Map<String, String> previous = new HashMap<>();
  private final Map<String, String> featureOfOutcome = new HashMap<>();

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String feature = previous.get(tokens[index]);
    features.add(feature != null ? feature : NONE);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    String[] predicted = DocumentContext.predictedOutcomes(tokens);
    String[] remembered = predicted != null ? predicted : outcomes;
    for (int i = 0; i < tokens.length; i++) {
      previous.put(tokens[i], feature(remembered[i]));
    }
  }

  private String feature(String outcome) {
    String feature = featureOfOutcome.get(outcome);
    if (feature == null) {
      feature = "pd=" + outcome;
      featureOfOutcome.put(outcome, feature);
    }
    return feature;
  }

  @Override
  public void clearAdaptiveData() {
    previous.clear();
  }
}
