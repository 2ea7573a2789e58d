package dev.lede.inference;

import java.io.IOException;
import java.nio.ByteBuffer;
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

  /** Adds predicate {@code p}'s weights to {@code sums}, by outcome, in the order OpenNLP adds them. */
  void add(int p, double[] sums) {
    int i = starts[p];
    int end = starts[p + 1];
    // two a turn: C1 does not unroll loops, and runs are short (a dozen weights)
    for (; i + 1 < end; i += 2) {
      sums[outcomeIds[i]] += weights[i];
      sums[outcomeIds[i + 1]] += weights[i + 1];
    }
    if (i < end) {
      sums[outcomeIds[i]] += weights[i];
    }
  }

  /** The bytes {@link #put} writes. */
  int bytes() {
    return starts.length * Integer.BYTES + outcomeIds.length + weights.length * Double.BYTES;
  }

  /** Writes the starts, outcome ids and weights, in that order, at the buffer's position. */
  void put(ByteBuffer out) {
    out.asIntBuffer().put(starts);
    out.position(out.position() + starts.length * Integer.BYTES);
    out.put(outcomeIds);
    out.asDoubleBuffer().put(weights);
    out.position(out.position() + weights.length * Double.BYTES);
  }

  /** Reads what {@link #put} wrote, for this many predicates and weights. */
  static WeightRuns read(BulkReader reader, int predicates, int weightCount) throws IOException {
    int[] starts = new int[predicates + 1];
    byte[] outcomeIds = new byte[weightCount];
    double[] weights = new double[weightCount];
    reader.readInts(starts);
    reader.readBytes(outcomeIds);
    reader.readDoubles(weights);
    return new WeightRuns(starts, outcomeIds, weights);
  }
}
