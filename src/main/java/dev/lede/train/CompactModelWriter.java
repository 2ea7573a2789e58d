package dev.lede.train;

import dev.lede.inference.CompactWeights;
import dev.lede.inference.ModelResources;
import dev.lede.ner.WordClusters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.util.model.GenericModelSerializer;

/**
 * Build step (process-classes, see pom.xml): writes the compact form of an OpenNLP model read from
 * the classpath. It has the same entries (manifest, feature descriptor, tag dictionary, word
 * clusters, ...), so OpenNLP still loads it, but its maxent or perceptron entry is replaced by one
 * with the same outcomes and one placeholder predicate, and the weights follow in a {@link CompactWeights}
 * entry, which the manifest tells OpenNLP how to read. Word clusters are stored with their hash
 * table ({@link WordClusters#indexedForm}). Entries are stored uncompressed: the jar compresses
 * them once already.
 *
 * <p>Arguments: the model resource, the name of its weights entry ({@code pos.model},
 * {@code nameFinder.model}), the output file (under target/classes).
 */
public final class CompactModelWriter {

  private static final String MANIFEST = "manifest.properties";
  /** BaseModel's (private) manifest prefix naming the serializer of an entry. */
  private static final String SERIALIZER_CLASS = "serializer-class-";
  /** The one predicate of a stripped model entry. */
  static final String PLACEHOLDER = "\0weights in the compact entry beside this one";

  private CompactModelWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: CompactModelWriter MODEL-RESOURCE ENTRY OUTPUT-FILE");
    }
    Path output = Path.of(args[2]);
    byte[] compact = ModelResources.load(args[0], in -> write(in, args[1]));
    Files.createDirectories(output.toAbsolutePath().getParent());
    Path partial = output.resolveSibling(output.getFileName() + ".partial");
    Files.write(partial, compact);
    Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The compact form of the model zip {@code in} whose weights are in {@code entry}. */
  public static byte[] write(InputStream in, String entry) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    if (!entries.containsKey(MANIFEST) || !entries.containsKey(entry)) {
      throw new IOException("not an OpenNLP model with an entry " + entry);
    }
    AbstractModel model = new GenericModelSerializer().create(new ByteArrayInputStream(entries.get(entry)));
    String weightsEntry = entry + CompactWeights.ENTRY_SUFFIX;
    entries.put(entry, serialize(withoutPredicates(model)));
    Properties manifest = properties(entries.get(MANIFEST));
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String serializer = manifest.getProperty(SERIALIZER_CLASS + e.getKey());
      if (WordClusters.Serializer.class.getName().equals(serializer)) {
        e.setValue(WordClusters.read(new ByteArrayInputStream(e.getValue())).indexedForm());
      }
    }
    manifest.setProperty(SERIALIZER_CLASS + weightsEntry, CompactWeights.Serializer.class.getName());
    entries.put(MANIFEST, bytes(manifest));
    ByteArrayOutputStream weights = new ByteArrayOutputStream();
    CompactWeights.of(model).write(weights);
    entries.put(weightsEntry, weights.toByteArray());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(stored(e.getKey(), e.getValue()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * A model of the same kind and outcomes whose one predicate no feature generator makes (OpenNLP
   * cannot write a model without any).
   */
  private static AbstractModel withoutPredicates(AbstractModel model) {
    String[] outcomes = (String[]) model.getDataStructures()[2];
    Context[] placeholder = {new Context(new int[] {0}, new double[] {1})};
    String[] names = {PLACEHOLDER};
    if (model.getClass() == GISModel.class) {
      return new GISModel(placeholder, names, outcomes);
    }
    if (model.getClass() == PerceptronModel.class) {
      return new PerceptronModel(placeholder, names, outcomes);
    }
    throw new IllegalArgumentException(
        "a " + model.getClass().getSimpleName() + ": only GIS and perceptron models have a compact form");
  }

  private static byte[] serialize(AbstractModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GenericModelSerializer().serialize(model, out);
    return out.toByteArray();
  }

  private static Properties properties(byte[] manifest) throws IOException {
    Properties properties = new Properties();
    properties.load(new ByteArrayInputStream(manifest));
    return properties;
  }

  private static byte[] bytes(Properties manifest) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    manifest.store(out, null);
    return out.toByteArray();
  }

  private static ZipEntry stored(String name, byte[] bytes) {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    return entry;
  }
}
