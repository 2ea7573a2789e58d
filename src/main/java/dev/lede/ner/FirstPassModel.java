package dev.lede.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A first-pass name-finder model kept as a resource inside the second-pass model, so that lede
 * ships and loads one file. OpenNLP picks an artifact's serializer by its class, so the model is
 * wrapped in one that names its own.
 */
public record FirstPassModel(TokenNameFinderModel model) implements SerializableArtifact {

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Writes and reads the model as its own zip inside the outer model's entry. */
  public static final class Serializer implements ArtifactSerializer<FirstPassModel> {

    @Override
    public FirstPassModel create(InputStream in) throws IOException {
      // the entry's bytes only: the outer model's stream must stay open for its next entries
      return new FirstPassModel(new TokenNameFinderModel(new ByteArrayInputStream(in.readAllBytes())));
    }

    @Override
    public void serialize(FirstPassModel artifact, OutputStream out) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      artifact.model().serialize(bytes);
      bytes.writeTo(out);
    }
  }
}
