package dev.lede.ner;

import java.util.Arrays;
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
 * cluster resources apart; {@code outerWindow} with {@code outerColumns} (e.g. "0,3") lets tokens
 * further out add the ids of those clusterings only.
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
    int window = getInt("window", 1);
    int[] outerColumns;
    try {
      outerColumns = Arrays.stream(getStr("outerColumns", "").split(","))
          .filter(column -> !column.isBlank()).mapToInt(column -> Integer.parseInt(column.trim())).toArray();
    } catch (NumberFormatException e) {
      throw new InvalidFormatException("outerColumns: expected column numbers separated by commas");
    }
    return new ClusterFeatureGenerator(
        clusters, getStr("prefix", "k"), window, getInt("outerWindow", window), outerColumns);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new WordClusters.Serializer());
  }
}
