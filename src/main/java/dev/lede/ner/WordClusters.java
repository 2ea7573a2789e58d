package dev.lede.ner;

import dev.lede.inference.BulkReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word clusters at several granularities: for each word, one cluster id per clustering. Stored
 * as text, one word a line: {@code word<TAB>id1<TAB>id2...}. It is a model resource, so a
 * name-finder model carries its clusters inside and stays one file.
 *
 * <p>The text is kept as it was read, as UTF-8 bytes, with an open-addressing table of line
 * offsets over it: loading a model's hundred thousand words is part of every lede run's start-up,
 * and building a map of Strings for them took about a hundred milliseconds, this a few. A lookup
 * decodes the ids of the one line it finds; the name finder caches what it derives per word.
 * The build stores the clusters of lede's shipped model with that table already made
 * ({@link #indexedForm}), which saves even the indexing (some 50 ms of a run's start-up).
 */
public final class WordClusters implements SerializableArtifact {

  private static final byte TAB = '\t';
  private static final byte NEWLINE = '\n';
  /** Starts the indexed form; no text form starts with a NUL byte. */
  private static final byte[] INDEXED = "\0lede word clusters, indexed, version 1\n".getBytes(StandardCharsets.US_ASCII);

  /** Lines {@code word<TAB>ids...\n}, no empty line, no carriage return. */
  private final byte[] lines;
  /** Offset of a line plus one, 0 for an empty slot; the length is a power of two. */
  private final int[] slots;
  private final int words;
  private final int clusterings;

  public WordClusters(Map<String, String[]> clustersByWord) {
    this(text(clustersByWord));
  }

  /** Indexes lines that are already normalized; a malformed line is an IllegalArgumentException. */
  private WordClusters(byte[] lines) {
    this.lines = lines;
    int count = 0;
    for (byte b : lines) {
      if (b == NEWLINE) {
        count++;
      }
    }
    this.slots = new int[Integer.highestOneBit(Math.max(1, count) * 2) * 2];
    int mask = slots.length - 1;
    int distinct = 0;
    int widest = 0;
    int lineNumber = 0;
    for (int start = 0; start < lines.length; ) {
      lineNumber++;
      int tab = indexOf(TAB, start);
      int end = indexOf(NEWLINE, start);
      if (tab < 0 || tab > end || tab == start) {
        throw new IllegalArgumentException(
            "word clusters, line " + lineNumber + ": expected word<TAB>cluster...");
      }
      int columns = 0;
      for (int i = tab; i < end; i++) {
        if (lines[i] == TAB) {
          columns++;
        }
      }
      widest = Math.max(widest, columns);
      int slot = hash(lines, start, tab) & mask;
      while (slots[slot] != 0 && !sameWord(slots[slot] - 1, lines, start, tab - start)) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot] == 0) {
        distinct++;
      }
      slots[slot] = start + 1; // a later line for the same word wins, as it did in a map
      start = end + 1;
    }
    this.words = distinct;
    this.clusterings = widest;
  }

  private WordClusters(byte[] lines, int[] slots, int words, int clusterings) {
    this.lines = lines;
    this.slots = slots;
    this.words = words;
    this.clusterings = clusterings;
  }

  /** How many clusterings (columns of ids) there are. */
  public int clusterings() {
    return clusterings;
  }

  public int size() {
    return words;
  }

  /**
   * The cluster ids of a token, or null for an unknown word. An all-caps headline word
   * ("LEICESTERSHIRE") that the text only has in its usual case is looked up as "Leicestershire"
   * and "leicestershire" too.
   */
  public String[] lookup(String token) {
    String[] ids = idsOf(token);
    if (ids == null && token.length() > 1) {
      String lower = token.toLowerCase(Locale.ROOT);
      ids = idsOf(token.charAt(0) + lower.substring(1));
      if (ids == null) {
        ids = idsOf(lower);
      }
    }
    return ids;
  }

  private String[] idsOf(String word) {
    if (word.indexOf('\t') >= 0 || word.indexOf('\n') >= 0) {
      return null; // no line's word holds a separator
    }
    byte[] key = word.getBytes(StandardCharsets.UTF_8);
    int mask = slots.length - 1;
    for (int slot = hash(key, 0, key.length) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int start = slots[slot] - 1;
      if (sameWord(start, key, 0, key.length)) {
        return ids(start + key.length + 1);
      }
    }
    return null;
  }

  /** The ids of the line whose first id starts at {@code from}. */
  private String[] ids(int from) {
    int end = indexOf(NEWLINE, from);
    int columns = 1;
    for (int i = from; i < end; i++) {
      if (lines[i] == TAB) {
        columns++;
      }
    }
    String[] ids = new String[columns];
    for (int k = 0; k < columns; k++) {
      int to = indexOf(TAB, from);
      if (to < 0 || to > end) {
        to = end;
      }
      ids[k] = new String(lines, from, to - from, StandardCharsets.UTF_8);
      from = to + 1;
    }
    return ids;
  }

  /** Whether the line at {@code start} is for the word {@code key[from, from + length)}. */
  private boolean sameWord(int start, byte[] key, int from, int length) {
    return start + length < lines.length
        && lines[start + length] == TAB
        && Arrays.equals(lines, start, start + length, key, from, from + length);
  }

  private int indexOf(byte b, int from) {
    for (int i = from; i < lines.length; i++) {
      if (lines[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ bytes[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  public static WordClusters read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads clusters, as text or in the indexed form, from a stream it leaves open (a model's zip
   * stream must stay open).
   */
  public static WordClusters read(InputStream in) throws IOException {
    byte[] start = in.readNBytes(INDEXED.length);
    if (Arrays.equals(start, INDEXED)) {
      return readIndexed(in);
    }
    byte[] rest = in.readAllBytes();
    byte[] text = Arrays.copyOf(start, start.length + rest.length);
    System.arraycopy(rest, 0, text, start.length, rest.length);
    try {
      return new WordClusters(normalized(text));
    } catch (IllegalArgumentException e) {
      throw new InvalidFormatException(e.getMessage());
    }
  }

  /**
   * The clusters with their hash table, for {@link #read} to load without indexing: a header of
   * counts, the table, the text (little-endian).
   */
  public byte[] indexedForm() {
    ByteBuffer form = BulkReader.littleEndian(INDEXED.length + 4 * Integer.BYTES + slots.length * Integer.BYTES + lines.length);
    form.put(INDEXED).putInt(words).putInt(clusterings).putInt(slots.length).putInt(lines.length);
    form.asIntBuffer().put(slots);
    form.position(form.position() + slots.length * Integer.BYTES);
    form.put(lines);
    return form.array();
  }

  private static WordClusters readIndexed(InputStream in) throws IOException {
    BulkReader reader = new BulkReader(in, "indexed word clusters");
    ByteBuffer header = reader.next(4 * Integer.BYTES);
    int words = header.getInt();
    int clusterings = header.getInt();
    int[] slots = new int[header.getInt()];
    byte[] lines = new byte[header.getInt()];
    reader.readInts(slots);
    reader.readBytes(lines);
    return new WordClusters(lines, slots, words, clusterings);
  }

  /** The text with carriage returns and empty lines dropped and a final newline. */
  private static byte[] normalized(byte[] text) {
    if (isNormalized(text)) {
      return text; // as written by write(): no copy
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 1);
    int lineStart = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == NEWLINE) {
        int end = i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
        if (end > lineStart) {
          out.write(text, lineStart, end - lineStart);
          out.write(NEWLINE);
        }
        lineStart = i + 1;
      }
    }
    return out.toByteArray();
  }

  private static boolean isNormalized(byte[] text) {
    if (text.length == 0 || text[0] == NEWLINE || text[text.length - 1] != NEWLINE) {
      return false;
    }
    for (int i = 1; i < text.length; i++) {
      if (text[i] == '\r' || (text[i] == NEWLINE && text[i - 1] == NEWLINE)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] text(Map<String, String[]> clustersByWord) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String[]> entry : clustersByWord.entrySet()) {
      text.append(entry.getKey());
      for (String id : entry.getValue()) {
        text.append('\t').append(id);
      }
      text.append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the clusters to a stream it flushes but leaves open. */
  public void write(OutputStream out) throws IOException {
    out.write(lines);
    out.flush();
  }

  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /**
   * Reads and writes clusters inside a model. Unlike OpenNLP's own cluster serializers it never
   * closes the model's zip stream, which would break saving and loading the model.
   */
  public static final class Serializer implements ArtifactSerializer<WordClusters> {

    @Override
    public WordClusters create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(WordClusters clusters, OutputStream out) throws IOException {
      clusters.write(out);
    }
  }
}
