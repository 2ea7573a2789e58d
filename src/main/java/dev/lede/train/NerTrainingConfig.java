package dev.lede.train;

import java.util.Map;

/**
 * How to train a name finder: the learning algorithm, its iterations and threads, the feature
 * cutoff, the beam width the model will tag with, the feature-generator descriptor (XML) and the
 * resources it names (e.g. word clusters), which go into the model; into how many folds the
 * documents are split to predict each one's labels with a model trained on the others (for the
 * previous-label feature; 0 or 1: none, gold labels); and how many perceptrons, each reading the
 * documents in another order, are averaged into the model (1: one, in the data's own order).
 */
public record NerTrainingConfig(
    Algorithm algorithm,
    int iterations,
    int threads,
    int cutoff,
    int beamSize,
    byte[] featureDescriptor,
    Map<String, Object> resources,
    int folds,
    int orders) {

  /** OpenNLP trainers lede offers: the averaged perceptron, and maximum entropy by L-BFGS. */
  public enum Algorithm {
    PERCEPTRON,
    MAXENT_QN
  }

  public NerTrainingConfig {
    resources = Map.copyOf(resources);
    if (orders < 1 || (orders > 1 && algorithm != Algorithm.PERCEPTRON)) {
      throw new IllegalArgumentException("orders must be at least 1, and more than 1 only for the perceptron");
    }
  }

  /** One perceptron, in the data's order. */
  public NerTrainingConfig(
      Algorithm algorithm, int iterations, int threads, int cutoff, int beamSize,
      byte[] featureDescriptor, Map<String, Object> resources, int folds) {
    this(algorithm, iterations, threads, cutoff, beamSize, featureDescriptor, resources, folds, 1);
  }

  /** One perceptron, in the data's order, without cross-validated labels. */
  public NerTrainingConfig(
      Algorithm algorithm, int iterations, int threads, int cutoff, int beamSize,
      byte[] featureDescriptor, Map<String, Object> resources) {
    this(algorithm, iterations, threads, cutoff, beamSize, featureDescriptor, resources, 0);
  }

  /** The same settings with another number of folds. */
  NerTrainingConfig withFolds(int count) {
    return new NerTrainingConfig(
        algorithm, iterations, threads, cutoff, beamSize, featureDescriptor, resources, count, orders);
  }
}
