package dev.lede.ner;

import java.util.Map;

/**
 * How to train a name finder: the learning algorithm, its iterations and threads, the feature
 * cutoff, the beam width the model will tag with, the feature-generator descriptor (XML) and the
 * resources it names (e.g. word clusters), which go into the model.
 */
public record NerTrainingConfig(
    Algorithm algorithm,
    int iterations,
    int threads,
    int cutoff,
    int beamSize,
    byte[] featureDescriptor,
    Map<String, Object> resources) {

  /** OpenNLP trainers lede offers: the averaged perceptron, and maximum entropy by L-BFGS. */
  public enum Algorithm {
    PERCEPTRON,
    MAXENT_QN
  }

  public NerTrainingConfig {
    resources = Map.copyOf(resources);
  }
}
