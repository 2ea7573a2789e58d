package dev.lede.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * The mean of several perceptrons' weights, feature by feature and outcome by outcome: one model,
 * scored as fast as each of them, whose weights depend less on the order its training data came
 * in (perceptrons trained on the same data in different orders differ by up to a point of F1 on
 * CoNLL-2003 dev; their mean scores above their average on every labeled set lede is tuned on).
 */
final class PerceptronAverage {

  private PerceptronAverage() {}

  /** The models must have the same outcomes, in any order; their features may differ. */
  static PerceptronModel of(List<PerceptronModel> models) {
    String[] outcomes = outcomes(models.get(0));
    Map<String, Integer> outcomeIndex = new HashMap<>();
    for (int i = 0; i < outcomes.length; i++) {
      outcomeIndex.put(outcomes[i], i);
    }
    // sorted by feature, so that the same models always give the same file
    Map<String, double[]> sums = new TreeMap<>();
    for (PerceptronModel model : models) {
      String[] own = outcomes(model);
      if (!outcomeIndex.keySet().equals(Set.of(own))) {
        throw new IllegalArgumentException("the models to average have different outcomes");
      }
      for (Map.Entry<String, Context> feature : features(model).entrySet()) {
        double[] sum = sums.computeIfAbsent(feature.getKey(), f -> new double[outcomes.length]);
        int[] outcomesOfFeature = feature.getValue().getOutcomes();
        double[] weights = feature.getValue().getParameters();
        for (int k = 0; k < outcomesOfFeature.length; k++) {
          sum[outcomeIndex.get(own[outcomesOfFeature[k]])] += weights[k];
        }
      }
    }
    String[] names = new String[sums.size()];
    Context[] parameters = new Context[sums.size()];
    int next = 0;
    for (Map.Entry<String, double[]> feature : sums.entrySet()) {
      names[next] = feature.getKey();
      parameters[next++] = mean(feature.getValue(), models.size());
    }
    return new PerceptronModel(parameters, names, outcomes);
  }

  /** The outcomes with a non-zero mean weight, and those weights. */
  private static Context mean(double[] sum, int count) {
    int[] outcomes = IntStream.range(0, sum.length).filter(o -> sum[o] != 0).toArray();
    double[] weights = new double[outcomes.length];
    for (int k = 0; k < outcomes.length; k++) {
      weights[k] = sum[outcomes[k]] / count;
    }
    return new Context(outcomes, weights);
  }

  private static String[] outcomes(PerceptronModel model) {
    return (String[]) model.getDataStructures()[2];
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> features(PerceptronModel model) {
    return (Map<String, Context>) model.getDataStructures()[1];
  }
}
