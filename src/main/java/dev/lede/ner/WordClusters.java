package dev.lede.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word clusters at several granularities: for each word, one cluster id per clustering. Stored
 * as text, one word a line: {@code word<TAB>id1<TAB>id2...}. It is a model resource, so a
 * name-finder model carries its clusters inside and stays one file.
 */
public final class WordClusters implements SerializableArtifact {

  private final Map<String, String[]> clustersByWord;
  private final int clusterings;

  public WordClusters(Map<String, String[]> clustersByWord) {
    this(new HashMap<>(clustersByWord), widest(clustersByWord));
  }

  /**
   * Wraps a map no one else holds, without copying it: reading a model's clusters is part of
   * lede's start-up, and an immutable copy of their hundred thousand words cost more than reading
   * them.
   */
  private WordClusters(HashMap<String, String[]> owned, int clusterings) {
    this.clustersByWord = Collections.unmodifiableMap(owned);
    this.clusterings = clusterings;
  }

  private static int widest(Map<String, String[]> clustersByWord) {
    int widest = 0;
    for (String[] ids : clustersByWord.values()) {
      widest = Math.max(widest, ids.length);
    }
    return widest;
  }

  /** How many clusterings (columns of ids) there are. */
  public int clusterings() {
    return clusterings;
  }

  public int size() {
    return clustersByWord.size();
  }

  /**
   * The cluster ids of a token, or null for an unknown word. An all-caps headline word
   * ("LEICESTERSHIRE") that the text only has in its usual case is looked up as "Leicestershire"
   * and "leicestershire" too.
   */
  public String[] lookup(String token) {
    String[] ids = clustersByWord.get(token);
    if (ids == null && token.length() > 1) {
      String lower = token.toLowerCase(Locale.ROOT);
      ids = clustersByWord.get(token.charAt(0) + lower.substring(1));
      if (ids == null) {
        ids = clustersByWord.get(lower);
      }
    }
    return ids;
  }

  public static WordClusters read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads clusters from a stream it leaves open (a model's zip stream must stay open). */
  public static WordClusters read(InputStream in) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    HashMap<String, String[]> clusters = new HashMap<>(1 << 17);
    // ids repeat across words: share one String per id (loading time is part of lede's startup)
    Map<String, String> ids = new HashMap<>();
    String line;
    int lineNumber = 0;
    int widest = 0;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new InvalidFormatException("word clusters, line " + lineNumber + ": expected word<TAB>cluster...");
      }
      int columns = 0;
      for (int i = tab; i >= 0; i = line.indexOf('\t', i + 1)) {
        columns++;
      }
      widest = Math.max(widest, columns);
      String[] wordIds = new String[columns];
      int from = tab + 1;
      for (int k = 0; k < columns; k++) {
        int to = line.indexOf('\t', from);
        String id = line.substring(from, to < 0 ? line.length() : to);
        wordIds[k] = ids.computeIfAbsent(id, x -> x);
        from = to + 1;
      }
      clusters.put(line.substring(0, tab), wordIds);
    }
    return new WordClusters(clusters, widest);
  }

  /** Writes the clusters to a stream it flushes but leaves open. */
  public void write(OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (Map.Entry<String, String[]> entry : clustersByWord.entrySet()) {
      writer.write(entry.getKey());
      for (String id : entry.getValue()) {
        writer.write('\t');
        writer.write(id);
      }
      writer.write('\n');
    }
    writer.flush();
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
