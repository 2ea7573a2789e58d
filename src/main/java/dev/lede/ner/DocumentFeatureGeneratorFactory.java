package dev.lede.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link DocumentFeatureGenerator} from a feature descriptor element, e.g. {@code
 * <generator class="dev.lede.ner.DocumentFeatureGeneratorFactory"><bool
 * name="neighbours">true</bool></generator>}.
 */
public final class DocumentFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return new DocumentFeatureGenerator(getBool("neighbours", false));
  }
}
