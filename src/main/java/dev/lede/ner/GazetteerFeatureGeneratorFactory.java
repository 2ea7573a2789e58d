package dev.lede.ner;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Makes a {@link GazetteerFeatureGenerator} from a descriptor element naming a {@link Gazetteer}
 * model resource: {@code <generator class="dev.lede.ner.GazetteerFeatureGeneratorFactory"><str
 * name="dict">gazetteer.gaz</str></generator>}; an optional {@code <int name="window">1</int>}
 * adds the features of the neighbouring tokens (default 0: none, as models trained before the
 * option have it).
 */
public final class GazetteerFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String name = getStr("dict");
    Object resource = resourceManager == null ? null : resourceManager.getResource(name);
    if (!(resource instanceof Gazetteer gazetteer)) {
      throw new InvalidFormatException("no gazetteer resource named " + name);
    }
    return new GazetteerFeatureGenerator(gazetteer, getInt("window", 0));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new Gazetteer.Serializer());
  }
}
