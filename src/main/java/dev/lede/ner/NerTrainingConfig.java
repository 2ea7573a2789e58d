package dev.lede.ner;

import java.util.Map;

/**
 * How to train a name finder: the learning algorithm, its iterations and threads, the feature
 * cutoff, the beam width the model will tag with, the feature-generator descriptor (XML) and the
 * resources it names (e.g. word clusters), which go into the model; and into how many folds the
 * documents are split to predict each one's labels with a model trained on the others (for the
 * previous-label feature; 0 or 1: none, gold labels); and whether a first pass tags each document
 * before the model does (null: one pass).
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
    FirstPass firstPass) {

  /**
   * Two-pass tagging: a first-pass model, trained with the same settings and features but tagging
   * with {@code beamSize}, tags the document, and the model gets features from its labels
   * ({@link FirstPassFeatureGenerator}); for training, those labels come from {@code folds}
   * first-pass models each trained without the documents it labels.
   */
  public record FirstPass(int beamSize, int folds) {

    public FirstPass {
      if (beamSize < 1 || folds < 2) {
        throw new IllegalArgumentException("a first pass needs a beam of at least 1 and at least 2 folds");
      }
    }
  }

  /** OpenNLP trainers lede offers: the averaged perceptron, and maximum entropy by L-BFGS. */
  public enum Algorithm {
    PERCEPTRON,
    MAXENT_QN
  }

  public NerTrainingConfig {
    resources = Map.copyOf(resources);
  }

  /** Without cross-validated labels. */
  public NerTrainingConfig(
      Algorithm algorithm, int iterations, int threads, int cutoff, int beamSize,
      byte[] featureDescriptor, Map<String, Object> resources) {
    this(algorithm, iterations, threads, cutoff, beamSize, featureDescriptor, resources, 0, null);
  }

  /** The same settings with another number of folds. */
  NerTrainingConfig withFolds(int count) {
    return new NerTrainingConfig(
        algorithm, iterations, threads, cutoff, beamSize, featureDescriptor, resources, count, firstPass);
  }

  /** The first pass's settings: these, one pass, tagging with the first pass's beam. */
  NerTrainingConfig firstPassConfig() {
    return new NerTrainingConfig(
        algorithm, iterations, threads, cutoff, firstPass.beamSize(), featureDescriptor, resources, folds, null);
  }

  /** The second pass's settings: these, one pass, with another descriptor and resources. */
  NerTrainingConfig secondPassConfig(byte[] descriptor, Map<String, Object> withFirstPass) {
    return new NerTrainingConfig(
        algorithm, iterations, threads, cutoff, beamSize, descriptor, withFirstPass, 0, null);
  }
}
