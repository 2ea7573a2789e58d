package dev.lede.ner;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Makes a {@link ClusterFeatureGenerator} from a feature descriptor element naming a
 * {@link WordClusters} model resource, e.g. {@code <generator
 * class="dev.lede.ner.ClusterFeatureGeneratorFactory"><str name="dict">clusters.wcl</str><int
 * name="window">1</int></generator>}. The optional {@code prefix} keeps the features of two
 * cluster resources apart.
 */
public final class ClusterFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String name = getStr("dict");
    Object resource = resourceManager == null ? null : resourceManager.getResource(name);
    if (!(resource instanceof WordClusters clusters)) {
      throw new InvalidFormatException("no word-cluster resource named " + name);
    }
    return new ClusterFeatureGenerator(clusters, getStr("prefix", "k"), getInt("window", 1));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new WordClusters.Serializer());
  }
}
