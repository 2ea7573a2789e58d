package dev.lede.ner;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Makes a {@link FirstPassFeatureGenerator} over the first-pass model stored in the model as
 * resource {@value #RESOURCE}: {@code <generator class="dev.lede.ner.FirstPassFeatureGeneratorFactory"/>}.
 * {@link NerTrainer} adds the element to the first pass's descriptor to make the second pass's.
 */
public final class FirstPassFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** The model-resource name of the first-pass model. */
  public static final String RESOURCE = "first-pass.bin";

  private static final String ELEMENT =
      "<generator class=\"" + FirstPassFeatureGeneratorFactory.class.getName() + "\"/>";
  private static final String END = "</featureGenerators>";

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    Object resource = resourceManager == null ? null : resourceManager.getResource(RESOURCE);
    if (!(resource instanceof FirstPassModel firstPass)) {
      throw new InvalidFormatException("no first-pass model resource named " + RESOURCE);
    }
    return new FirstPassFeatureGenerator(FastNameFinder.of(firstPass.model()));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
    return Map.of(RESOURCE, new FirstPassModel.Serializer());
  }

  /** The descriptor with this generator added to its top-level generators. */
  static byte[] addTo(byte[] descriptor) {
    String xml = new String(descriptor, StandardCharsets.UTF_8);
    int end = xml.lastIndexOf(END);
    if (end < 0) {
      throw new IllegalArgumentException("the feature descriptor has no " + END);
    }
    return (xml.substring(0, end) + "  " + ELEMENT + "\n" + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
  }
}
