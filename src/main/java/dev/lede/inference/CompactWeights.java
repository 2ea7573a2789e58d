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
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.BaseModel;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * The weights of an OpenNLP maxent or perceptron model (its predicates' contexts) in primitive
 * arrays that load with a few bulk reads: OpenNLP reads a model value by value and builds a map
 * of a String and a Context per predicate, which is most of the time lede takes to load its POS
 * and name-finder models. Immutable; shared by every thread.
 *
 * <p>Predicate {@code p} is the text {@code chars[charStarts[p] .. charStarts[p + 1])}, found
 * through an open-addressing table on its {@link String#hashCode}; its weights are
 * {@code weights[weightStarts[p] .. weightStarts[p + 1])}, for the outcomes at the same places in
 * {@code outcomeIds}, in the model's own order, so that sums come out exactly as OpenNLP's.
 *
 * <p>A model carries these weights as an artifact (entry {@code <model entry>}{@link #ENTRY_SUFFIX})
 * when the build wrote a compact form of it ({@code CompactModelWriter}); its model entry then
 * holds only a placeholder predicate, and only lede's fast taggers can use it.
 *
 * <p>File (little-endian): magic, version, outcome, predicate, table, weight and char counts; the
 * outcome names (UTF-8, each after its byte length); then the arrays {@code chars},
 * {@code charStarts}, {@code hashes}, {@code slots}, {@code weightStarts}, {@code outcomeIds},
 * {@code weights}.
 */
public final class CompactWeights implements SerializableArtifact {

  /** Appended to the name of the model entry whose weights these are. */
  public static final String ENTRY_SUFFIX = ".weights";

  private static final int MAGIC = 0x4C435754; // "LCWT"
  private static final int VERSION = 1;
  private static final String WHAT = "compact model weights";
  private static final int NO_SEPARATOR = -1;
  /** 31 to the power of each index, as int arithmetic wraps it (String.hashCode's). */
  private static final int[] POWERS_OF_31 = powersOf31(64);

  private final String[] outcomes;
  private final char[] chars;
  private final int[] charStarts;
  private final int[] hashes;
  // open addressing with linear probing: predicate index + 1, 0 for an empty slot
  private final int[] slots;
  private final WeightRuns runs;

  private CompactWeights(
      String[] outcomes,
      char[] chars,
      int[] charStarts,
      int[] hashes,
      int[] slots,
      WeightRuns runs) {
    this.outcomes = outcomes;
    this.chars = chars;
    this.charStarts = charStarts;
    this.hashes = hashes;
    this.slots = slots;
    this.runs = runs;
  }

  /**
   * The weights of a model's {@code entry}: the compact artifact the build stored beside it if
   * there is one, else converted from the OpenNLP model in the entry.
   */
  public static CompactWeights of(BaseModel model, String entry) {
    if (model.getArtifact(entry + ENTRY_SUFFIX) instanceof CompactWeights stored) {
      return stored;
    }
    if (model.getArtifact(entry) instanceof AbstractModel weights) {
      return of(weights);
    }
    throw new IllegalArgumentException("model has no maxent or perceptron entry " + entry);
  }

  /** Whether the model's {@code entry} is an empty stand-in for weights kept in compact form. */
  public static boolean isStripped(BaseModel model, String entry) {
    return model.getArtifact(entry + ENTRY_SUFFIX) instanceof CompactWeights;
  }

  /** The compact form of a maxent or perceptron model's weights. */
  public static CompactWeights of(AbstractModel model) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> names = new ArrayList<>(predicates.keySet());
    List<Context> contexts = new ArrayList<>(predicates.values());
    WeightRuns runs = WeightRuns.of(contexts, outcomes.length);
    int count = names.size();
    int charCount = 0;
    for (String predicate : names) {
      charCount += predicate.length();
    }
    char[] chars = new char[charCount];
    int[] charStarts = new int[count + 1];
    int[] hashes = new int[count];
    int[] slots = new int[tableSize(count)];
    int mask = slots.length - 1;
    for (int p = 0; p < count; p++) {
      String predicate = names.get(p);
      predicate.getChars(0, predicate.length(), chars, charStarts[p]);
      charStarts[p + 1] = charStarts[p] + predicate.length();
      hashes[p] = predicate.hashCode();
      int slot = spread(hashes[p]) & mask;
      while (slots[slot] != 0) {
        slot = slot + 1 & mask;
      }
      slots[slot] = p + 1;
    }
    return new CompactWeights(
        outcomes.clone(), chars, charStarts, hashes, slots, runs);
  }

  /** A power of two at least twice the count: probes stay short, misses included. */
  private static int tableSize(int count) {
    return Integer.highestOneBit(Math.max(1, count) * 2 - 1) << 1;
  }

  private static int spread(int hash) {
    return hash * 0x9E3779B9 >>> 7 ^ hash;
  }

  /** The index of a predicate, or -1 if the model has no weights for it. */
  public int predicate(String feature) {
    return find(feature.hashCode(), feature, "", 0, 0, NO_SEPARATOR, "");
  }

  /**
   * The index of the predicate spelled {@code head} followed by {@code text[from, to)}, or -1:
   * the same as {@code predicate(head + text.substring(from, to))}, without making that string,
   * which for a feature asked once is most of the cost of its lookup.
   */
  public int predicate(String head, String text, int from, int to) {
    // String.hashCode folds char by char: go on from the head's, which a constant keeps
    return find(fold(head.hashCode(), text, from, to), head, text, from, to, NO_SEPARATOR, "");
  }

  /**
   * The index of the predicate {@code head + first + separator + second}, or -1, without making
   * that string.
   */
  public int predicate(String head, String first, char separator, String second) {
    int hash = 31 * fold(head.hashCode(), first, 0, first.length()) + separator;
    return find(fold(hash, second, 0, second.length()), head, first, 0, first.length(), separator, second);
  }

  /**
   * The String hash of a string that starts with chars hashing to {@code hash} and goes on with
   * {@code text[from, to)}. For a whole text, from the hash the String keeps: {@code h(a + b) =
   * h(a) * 31^|b| + h(b)}, so that a lookup that misses reads no char at all.
   */
  private static int fold(int hash, String text, int from, int to) {
    if (from == 0 && to == text.length() && to < POWERS_OF_31.length) {
      return hash * POWERS_OF_31[to] + text.hashCode();
    }
    for (int i = from; i < to; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return hash;
  }

  private static int[] powersOf31(int count) {
    int[] powers = new int[count];
    powers[0] = 1;
    for (int i = 1; i < count; i++) {
      powers[i] = 31 * powers[i - 1];
    }
    return powers;
  }

  /** The predicate spelled {@code head, text[from, to), separator (if any), tail}, or -1. */
  private int find(int hash, String head, String text, int from, int to, int separator, String tail) {
    int length = head.length() + to - from + (separator == NO_SEPARATOR ? 0 : 1) + tail.length();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = slot + 1 & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      int p = entry - 1;
      if (hashes[p] == hash && charStarts[p + 1] - charStarts[p] == length) {
        int at = matches(charStarts[p], head, 0, head.length());
        at = at < 0 ? at : matches(at, text, from, to);
        if (at >= 0 && separator != NO_SEPARATOR) {
          at = chars[at] == separator ? at + 1 : -1;
        }
        if (at >= 0 && matches(at, tail, 0, tail.length()) >= 0) {
          return p;
        }
      }
    }
  }

  /** Where the predicate chars after {@code text[from, to)} start, if they spell it from {@code at}; else -1. */
  private int matches(int at, String text, int from, int to) {
    for (int i = from; i < to; i++, at++) {
      if (chars[at] != text.charAt(i)) {
        return -1;
      }
    }
    return at;
  }

  /**
   * Adds the weights of predicate {@code p} (an index from {@link #predicate}; a negative one adds
   * nothing) to {@code scores}, by outcome index, in the order OpenNLP adds them.
   */
  public void add(int predicate, double[] scores) {
    if (predicate >= 0) {
      runs.add(predicate, scores);
    }
  }

  /** The outcome names, by index. */
  public String[] outcomes() {
    return outcomes.clone();
  }

  public int outcomeCount() {
    return outcomes.length;
  }

  public int predicateCount() {
    return hashes.length;
  }

  /** Writes the form {@link #read} reads. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    ByteBuffer header = BulkReader.littleEndian(7 * Integer.BYTES);
    header.putInt(MAGIC).putInt(VERSION).putInt(outcomes.length).putInt(hashes.length);
    header.putInt(slots.length).putInt(runs.weights().length).putInt(chars.length);
    data.write(header.array());
    for (String outcome : outcomes) {
      byte[] name = outcome.getBytes(StandardCharsets.UTF_8);
      data.write(BulkReader.littleEndian(Integer.BYTES).putInt(name.length).array());
      data.write(name);
    }
    ByteBuffer arrays =
        BulkReader.littleEndian(
            chars.length * Character.BYTES
                + (charStarts.length + hashes.length + slots.length) * Integer.BYTES
                + runs.bytes());
    arrays.asCharBuffer().put(chars);
    arrays.position(arrays.position() + chars.length * Character.BYTES);
    arrays.asIntBuffer().put(charStarts).put(hashes).put(slots);
    arrays.position(arrays.position() + (charStarts.length + hashes.length + slots.length) * Integer.BYTES);
    runs.put(arrays);
    data.write(arrays.array());
    data.flush();
  }

  /** Reads the form {@link #write} writes, from a stream it leaves open. */
  public static CompactWeights read(InputStream in) throws IOException {
    BulkReader reader = new BulkReader(in, WHAT);
    ByteBuffer header = reader.next(7 * Integer.BYTES);
    if (header.getInt() != MAGIC || header.getInt() != VERSION) {
      throw new IOException("not " + WHAT + " of version " + VERSION);
    }
    String[] outcomes = new String[header.getInt()];
    int count = header.getInt();
    int[] slots = new int[header.getInt()];
    int weightCount = header.getInt();
    char[] chars = new char[header.getInt()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = reader.readString();
    }
    int[] charStarts = new int[count + 1];
    int[] hashes = new int[count];
    reader.readChars(chars);
    reader.readInts(charStarts);
    reader.readInts(hashes);
    reader.readInts(slots);
    return new CompactWeights(
        outcomes, chars, charStarts, hashes, slots, WeightRuns.read(reader, count, weightCount));
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes the weights as a model artifact, leaving the model's zip stream open. */
  public static final class Serializer implements ArtifactSerializer<CompactWeights> {

    @Override
    public CompactWeights create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(CompactWeights weights, OutputStream out) throws IOException {
      weights.write(out);
    }
  }
}
