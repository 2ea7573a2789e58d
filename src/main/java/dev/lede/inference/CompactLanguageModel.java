package dev.lede.inference;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP's language detector model (a maxent model over character 1- to 3-grams) in a form that
 * loads with a few bulk reads: primitive arrays instead of 146k predicate strings and contexts,
 * and a hash table built when the file is written. Immutable once read; shared by every thread.
 *
 * <p>A predicate (a gram of up to three UTF-16 chars) is known by its {@link #key}. Predicate
 * {@code p}'s weights are {@code weights[starts[p]] .. weights[starts[p + 1] - 1]}, for the
 * outcomes at the same places in {@code outcomeIds}, in OpenNLP's order.
 *
 * <p>File (little-endian, the byte order of the machines lede runs on, so reading is a copy):
 * magic, version, outcome count, predicate count, table size, weight count; the outcome names
 * (UTF-8, each after its byte length); then the arrays {@code keys}, {@code slots},
 * {@code starts}, {@code outcomeIds}, {@code weights}.
 */
public final class CompactLanguageModel {

  /** Where the build writes the compact form of Apache's language model. */
  public static final String RESOURCE = "/dev/lede/pipeline/langdetect-183.compact";

  public static final int MAX_GRAM = 3;
  private static final int MAGIC = 0x4C44494C; // "LDIL"
  private static final int VERSION = 1;

  private final String[] outcomes;
  private final long[] keys;
  // open addressing with linear probing: predicate index + 1, 0 for an empty slot
  private final int[] slots;
  private final WeightRuns runs;

  private CompactLanguageModel(
      String[] outcomes,
      long[] keys,
      int[] slots,
      WeightRuns runs) {
    this.outcomes = outcomes;
    this.keys = keys;
    this.slots = slots;
    this.runs = runs;
  }

  /** Reads the compact model from the classpath; {@code source} names the model it was written from. */
  public static CompactLanguageModel load(String resource, String source) {
    return ModelResources.loadCompact(resource, source, CompactLanguageModel::read);
  }

  /** The key of the gram {@code chars[start .. start + length)}, 1 <= length <= 3. */
  public static long key(char[] chars, int start, int length) {
    long key = length;
    for (int i = 0; i < length; i++) {
      key = key << 16 | chars[start + i];
    }
    return key << 16 * (MAX_GRAM - length);
  }

  /** The gram a key stands for. */
  public static String gram(long key) {
    int length = (int) (key >>> 16 * MAX_GRAM);
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) (key >>> 16 * (MAX_GRAM - 1 - i));
    }
    return new String(chars);
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  /** The index of the predicate with this key, or -1 if the model has none. */
  public int predicate(long key) {
    int mask = slots.length - 1;
    for (int slot = slot(key, mask); ; slot = slot + 1 & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (keys[entry - 1] == key) {
        return entry - 1;
      }
    }
  }

  public int outcomeCount() {
    return outcomes.length;
  }

  public String outcome(int index) {
    return outcomes[index];
  }

  /** Adds predicate {@code p}'s weights to {@code sums}, in the order OpenNLP adds them. */
  public void addWeights(int predicate, double[] sums) {
    runs.add(predicate, sums);
  }

  /**
   * The compact form of an OpenNLP language detector model. Only grams the detector can produce
   * (one to three chars) are kept: a longer predicate could never be looked up.
   */
  public static CompactLanguageModel of(LanguageDetectorModel model) {
    if (model.getFactory().getClass() != LanguageDetectorFactory.class
        || !(model.getMaxentModel() instanceof GISModel gis)) {
      throw new IllegalArgumentException(
          "not a default-factory maxent language model: the fast detector would not match it");
    }
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> grams = new ArrayList<>();
    List<Context> contexts = new ArrayList<>();
    predicates.forEach(
        (gram, context) -> {
          if (gram.length() >= 1 && gram.length() <= MAX_GRAM) {
            grams.add(gram);
            contexts.add(context);
          }
        });
    WeightRuns runs = WeightRuns.of(contexts, outcomes.length);
    long[] keys = new long[grams.size()];
    int[] slots = new int[Integer.highestOneBit(grams.size() * 2 - 1) << 1]; // at most half full
    int mask = slots.length - 1;
    for (int p = 0; p < keys.length; p++) {
      keys[p] = key(grams.get(p).toCharArray(), 0, grams.get(p).length());
      int slot = slot(keys[p], mask);
      while (slots[slot] != 0) {
        slot = slot + 1 & mask;
      }
      slots[slot] = p + 1;
    }
    return new CompactLanguageModel(outcomes, keys, slots, runs);
  }

  /** Writes the compact form that {@link #read} reads. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    ByteBuffer header = BulkReader.littleEndian(6 * Integer.BYTES);
    header.putInt(MAGIC).putInt(VERSION).putInt(outcomes.length).putInt(keys.length);
    header.putInt(slots.length).putInt(runs.weights().length);
    data.write(header.array());
    for (String outcome : outcomes) {
      byte[] name = outcome.getBytes(StandardCharsets.UTF_8);
      data.write(BulkReader.littleEndian(Integer.BYTES).putInt(name.length).array());
      data.write(name);
    }
    ByteBuffer arrays =
        BulkReader.littleEndian(
            keys.length * Long.BYTES + slots.length * Integer.BYTES + runs.bytes());
    arrays.asLongBuffer().put(keys);
    arrays.position(arrays.position() + keys.length * Long.BYTES);
    arrays.asIntBuffer().put(slots);
    arrays.position(arrays.position() + slots.length * Integer.BYTES);
    runs.put(arrays);
    data.write(arrays.array());
    data.flush();
  }

  /** Reads the form {@link #write} writes. */
  public static CompactLanguageModel read(InputStream in) throws IOException {
    BulkReader reader = new BulkReader(in, "compact language model");
    ByteBuffer header = reader.next(6 * Integer.BYTES);
    if (header.getInt() != MAGIC || header.getInt() != VERSION) {
      throw new IOException("not a compact language model of version " + VERSION);
    }
    String[] outcomes = new String[header.getInt()];
    long[] keys = new long[header.getInt()];
    int[] slots = new int[header.getInt()];
    int weightCount = header.getInt();
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = reader.readString();
    }
    reader.readLongs(keys);
    reader.readInts(slots);
    WeightRuns runs = WeightRuns.read(reader, keys.length, weightCount);
    reader.expectEnd();
    return new CompactLanguageModel(outcomes, keys, slots, runs);
  }
}
