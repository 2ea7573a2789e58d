package dev.lede.ner;

import java.util.Map;

/**
 * How to train a name finder: perceptron iterations, the feature cutoff, the beam width the model
 * will tag with, the feature-generator descriptor (XML) and the resources it names (e.g. word
 * clusters), which go into the model.
 */
public record NerTrainingConfig(
    int iterations, int cutoff, int beamSize, byte[] featureDescriptor, Map<String, Object> resources) {

  public NerTrainingConfig {
    resources = Map.copyOf(resources);
  }
}
