package dev.lede.pipeline;

import java.util.List;
import opennlp.tools.ml.model.Context;

/**
 * A maxent or perceptron model's weights flattened for the compact model files: predicate {@code
 * p}'s outcome ids and weights are {@code outcomeIds[starts[p]..starts[p+1])} and the same range
 * of {@code weights}, in the order OpenNLP's {@link Context} holds them, so that sums keep its
 * order.
 */
record WeightRuns(int[] starts, byte[] outcomeIds, double[] weights) {

  /** The runs of {@code contexts}, predicate {@code p} being {@code contexts.get(p)}. */
  static WeightRuns of(List<Context> contexts, int outcomes) {
    if (outcomes > Byte.MAX_VALUE) {
      throw new IllegalArgumentException(outcomes + " outcomes do not fit in a byte");
    }
    int[] starts = new int[contexts.size() + 1];
    for (int p = 0; p < contexts.size(); p++) {
      starts[p + 1] = starts[p] + contexts.get(p).getOutcomes().length;
    }
    byte[] outcomeIds = new byte[starts[contexts.size()]];
    double[] weights = new double[outcomeIds.length];
    for (int p = 0; p < contexts.size(); p++) {
      int[] ids = contexts.get(p).getOutcomes();
      double[] parameters = contexts.get(p).getParameters();
      for (int i = 0; i < ids.length; i++) {
        outcomeIds[starts[p] + i] = (byte) ids[i];
        weights[starts[p] + i] = parameters[i];
      }
    }
    return new WeightRuns(starts, outcomeIds, weights);
  }
}
