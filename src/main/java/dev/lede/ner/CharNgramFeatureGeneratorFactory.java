package dev.lede.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link CharNgramFeatureGenerator}: {@code <generator
 * class="dev.lede.ner.CharNgramFeatureGeneratorFactory"><int name="min">3</int><int
 * name="max">5</int></generator>}.
 */
public final class CharNgramFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    int min = getInt("min", 3);
    int max = getInt("max", 5);
    if (min < 1 || max < min) {
      throw new InvalidFormatException("character n-grams need 1 <= min <= max, not " + min + ", " + max);
    }
    return new CharNgramFeatureGenerator(min, max);
  }
}
