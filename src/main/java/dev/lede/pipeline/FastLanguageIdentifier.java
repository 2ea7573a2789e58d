package dev.lede.pipeline;

import dev.lede.inference.CompactLanguageModel;
import dev.lede.inference.GisNormalization;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Language from OpenNLP's 103-language detector, as {@code LanguageDetectorME.predictLanguages}
 * scores it, bit for bit, but over a {@link CompactLanguageModel} and without building strings,
 * char buffers and hash maps per text.
 *
 * <p>OpenNLP sums the weights of a text's distinct 1- to 3-grams in the order a
 * {@code HashMap<CharBuffer, ?>} iterates them (two maps in a row, the second filled from the
 * first), and floating-point sums depend on that order. Without tree bins, a HashMap iterates by
 * bucket, and within a bucket by insertion order (resizing keeps it), so the order is computed
 * here: grams in first-occurrence order, stably sorted by bucket. A bin that ever reaches nine
 * entries would be made a tree (or would resize the table early); for such texts real HashMaps
 * give the order. Tree bins of {@code CharBuffer.wrap} keys fall back on identity hash codes, so
 * there OpenNLP's own sums can differ from run to run in the last bits.
 *
 * <p>Not thread-safe: holds scratch arrays. The model is shared.
 */
public final class FastLanguageIdentifier implements LanguageIdentifier {

  // java.util.HashMap's sizing and the bin length at which it makes a tree
  private static final int MAP_INITIAL_CAPACITY = 16;
  private static final int MAP_MAX_LIST_BIN = 8;

  private final CompactLanguageModel model;
  private final double logPrior;
  private final double[] sums;
  private char[] chars = new char[0];
  private long[] gramKeys = new long[0];
  private int[] gramHashes = new int[0];
  private int[] order = new int[0];
  private int[] predicates = new int[0];
  private long[] seen = new long[0];
  private int[] bucketSizes = new int[0];

  public FastLanguageIdentifier(CompactLanguageModel model) {
    this.model = model;
    this.logPrior = StrictMath.log(1.0 / model.outcomeCount()); // as OpenNLP's UniformPrior
    this.sums = new double[model.outcomeCount()];
  }

  @Override
  public Language identify(CharSequence text) {
    int best = score(Math.abs(orderGrams(text)));
    return DetectorLanguage.of(model.outcome(best), sums[best], text.length());
  }

  /**
   * Puts the text's distinct grams into {@link #gramKeys}, their summing order into
   * {@link #order}, and returns how many there are: negated if the order had to come from real
   * HashMaps.
   */
  int orderGrams(CharSequence text) {
    int length = lowerCase(DetectorNormalizer.normalize(text));
    int grams = collectGrams(length);
    sortByBucket(grams, hashMapCapacity(grams));
    if (binsStayLists(null, grams) && binsStayLists(order, grams)) {
      return grams;
    }
    orderByHashMaps(grams);
    return -grams;
  }

  /** Lower-cases by code point into {@link #chars}, as OpenNLP's StringUtil does. */
  private int lowerCase(CharSequence text) {
    int length = text.length();
    if (chars.length < length) {
      chars = new char[length];
    }
    // no code point's lower case has another UTF-16 length, so positions stay as they are
    for (int i = 0; i < length; ) {
      int codePoint = Character.codePointAt(text, i);
      Character.toChars(Character.toLowerCase(codePoint), chars, i);
      i += Character.charCount(codePoint);
    }
    return length;
  }

  /** The distinct 1-, 2- and 3-grams, in the order OpenNLP first meets them; returns how many. */
  private int collectGrams(int length) {
    int most = 3 * length;
    if (gramKeys.length < most) {
      gramKeys = new long[most];
      gramHashes = new int[most];
      order = new int[most];
      predicates = new int[most];
      seen = new long[Integer.highestOneBit(Math.max(most, 1) * 2 - 1) << 1];
    }
    Arrays.fill(seen, 0);
    int mask = seen.length - 1;
    int count = 0;
    for (int gram = 1; gram <= CompactLanguageModel.MAX_GRAM; gram++) {
      for (int start = 0; start + gram <= length; start++) {
        long key = CompactLanguageModel.key(chars, start, gram);
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (seen[slot] != 0 && seen[slot] != key) {
          slot = slot + 1 & mask;
        }
        if (seen[slot] == 0) {
          seen[slot] = key;
          gramKeys[count] = key;
          gramHashes[count] = hashMapHash(start, gram);
          count++;
        }
      }
    }
    return count;
  }

  /** {@code HashMap.hash(CharBuffer.wrap(gram))}: CharBuffer hashes its chars last to first. */
  private int hashMapHash(int start, int length) {
    int hash = 1;
    for (int i = start + length - 1; i >= start; i--) {
      hash = 31 * hash + chars[i];
    }
    return hash ^ hash >>> 16;
  }

  /** The table size of a default HashMap after this many insertions. */
  private static int hashMapCapacity(int entries) {
    int capacity = MAP_INITIAL_CAPACITY;
    while (entries > capacity / 4 * 3) {
      capacity <<= 1;
    }
    return capacity;
  }

  /** Fills {@link #order} with the grams stably sorted by their bucket in a table this size. */
  private void sortByBucket(int grams, int capacity) {
    int[] sizes = bucketSizes(capacity);
    for (int g = 0; g < grams; g++) {
      sizes[gramHashes[g] & capacity - 1]++;
    }
    for (int b = 0, start = 0; b < capacity; b++) {
      int size = sizes[b];
      sizes[b] = start;
      start += size;
    }
    for (int g = 0; g < grams; g++) {
      order[sizes[gramHashes[g] & capacity - 1]++] = g;
    }
  }

  /**
   * Whether a default HashMap filled with the grams in this order ({@code null}: first
   * occurrence) keeps every bin a list: at each table size, the entries it holds until it grows
   * never put more than eight in one bin.
   */
  private boolean binsStayLists(int[] insertionOrder, int grams) {
    for (int capacity = MAP_INITIAL_CAPACITY; ; capacity <<= 1) {
      int threshold = capacity / 4 * 3;
      int[] sizes = bucketSizes(capacity);
      for (int i = 0, held = Math.min(grams, threshold + 1); i < held; i++) {
        int gram = insertionOrder == null ? i : insertionOrder[i];
        if (++sizes[gramHashes[gram] & capacity - 1] > MAP_MAX_LIST_BIN) {
          return false;
        }
      }
      if (grams <= threshold) {
        return true;
      }
    }
  }

  private int[] bucketSizes(int capacity) {
    if (bucketSizes.length < capacity) {
      bucketSizes = new int[capacity];
    }
    Arrays.fill(bucketSizes, 0, capacity, 0);
    return bucketSizes;
  }

  /** The rare case of a bin turned into a tree: the order of OpenNLP's two maps, from such maps. */
  private void orderByHashMaps(int grams) {
    Map<CharBuffer, Integer> first = new HashMap<>();
    for (int g = 0; g < grams; g++) {
      first.put(CharBuffer.wrap(CompactLanguageModel.gram(gramKeys[g])), g);
    }
    Map<CharBuffer, Integer> second = new HashMap<>();
    first.forEach(second::put);
    int i = 0;
    for (int g : second.values()) {
      order[i++] = g;
    }
  }

  /**
   * Fills {@link #sums} with the outcome probabilities as OpenNLP's GISModel computes them and
   * returns the best outcome (the first of equals, as OpenNLP's stable sort keeps it).
   */
  private int score(int grams) {
    Arrays.fill(sums, logPrior);
    // all lookups first: each is a cache miss or two in the model's table, and independent of the
    // others, so the processor overlaps them, which it cannot while each waits for the additions
    // before it: the language stage 690-720k tokens/s against 560-650k (bench, one thread, C1)
    for (int i = 0; i < grams; i++) {
      predicates[i] = model.predicate(gramKeys[order[i]]);
    }
    for (int i = 0; i < grams; i++) {
      if (predicates[i] >= 0) {
        model.addWeights(predicates[i], sums);
      }
    }
    GisNormalization.normalize(sums);
    int best = 0;
    for (int o = 1; o < sums.length; o++) {
      if (Double.compare(sums[o], sums[best]) > 0) {
        best = o;
      }
    }
    return best;
  }
}
