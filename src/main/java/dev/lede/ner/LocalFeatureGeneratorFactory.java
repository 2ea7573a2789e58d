package dev.lede.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link LocalFeatureGenerator} from a feature descriptor element, e.g. {@code <generator
 * class="dev.lede.ner.LocalFeatureGeneratorFactory"><int name="window">2</int><int
 * name="affixLength">4</int></generator>}.
 */
public final class LocalFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return new LocalFeatureGenerator(getInt("window", 2), getInt("affixLength", 4));
  }
}
