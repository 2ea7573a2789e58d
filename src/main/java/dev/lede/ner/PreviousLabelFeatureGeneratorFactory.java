package dev.lede.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link PreviousLabelFeatureGenerator}: {@code <generator
 * class="dev.lede.ner.PreviousLabelFeatureGeneratorFactory"/>}.
 */
public final class PreviousLabelFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() {
    return new PreviousLabelFeatureGenerator();
  }
}
