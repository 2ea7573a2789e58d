package dev.lede.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link PredictionHistoryFeatureGenerator}: {@code <generator
 * class="dev.lede.ner.PredictionHistoryFeatureGeneratorFactory"/>}.
 */
public final class PredictionHistoryFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() {
    return new PredictionHistoryFeatureGenerator();
  }
}
