package dev.lede.inference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Reads models from the classpath: Apache's as published, and the compact forms the build writes. */
public final class ModelResources {

  private ModelResources() {}

  /**
   * All of a resource's bytes in one array of their size: for a jar entry or a file, {@code
   * available()} is what remains, so nothing is read twice into growing buffers.
   */
  private static byte[] readFully(InputStream in) throws IOException {
    byte[] bytes = new byte[in.available()];
    int read = in.readNBytes(bytes, 0, bytes.length);
    byte[] rest = in.readAllBytes();
    if (read == bytes.length && rest.length == 0) {
      return bytes;
    }
    byte[] all = Arrays.copyOf(bytes, read + rest.length);
    System.arraycopy(rest, 0, all, read, rest.length);
    return all;
  }

  /** Reads one kind of model from a stream, as OpenNLP's model constructors do. */
  public interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * Loads the compact form the build writes of a model: only lede's fast taggers can use it
   * ({@code WordSplitter}, {@code FastPosTagger}, {@code FastNameFinder}).
   */
  public static <T> T loadCompact(String resource, String source, ModelReader<T> reader) {
    if (ModelResources.class.getResource(resource) == null) {
      throw new IllegalStateException(
          "model "
              + resource
              + " is missing from the classpath: the build writes it from "
              + source
              + " (mvn process-classes)");
    }
    return load(resource, reader);
  }

  /**
   * Loads one model from the classpath ({@code SentenceModel::new}, {@code POSModel::new}, ...).
   * OpenNLP reads a model twice, marking the stream at its start; given a stream without a mark
   * of its own it wraps it in a buffer that grows by doubling to the model's size, which for the
   * compact models was 40 MB of garbage and a young collection in every one-article run. The
   * model's bytes, read once, can be reset to for free.
   */
  public static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = ModelResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model " + resource + " is missing from the classpath");
      }
      return reader.read(new ByteArrayInputStream(readFully(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }
}
