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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Lists of names by category (e.g. COUNTRY, CITY, LANGUAGE), each name a token sequence. Stored as
 * text, {@code CATEGORY<TAB>token token...} a line; a model resource like {@link WordClusters}.
 */
public final class Gazetteer implements SerializableArtifact {

  /** One name of a category, as tokens. */
  public record Entry(String category, String[] tokens) {}

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

  public Gazetteer(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry entry : this.entries) {
      byFirstToken.computeIfAbsent(key(entry.tokens()[0]), k -> new ArrayList<>()).add(entry);
    }
  }

  public int size() {
    return entries.size();
  }

  /** The entries whose first token could be this one (same letters, any case). */
  List<Entry> startingWith(String token) {
    return byFirstToken.getOrDefault(key(token), List.of());
  }

  private static String key(String token) {
    return token.toLowerCase(Locale.ROOT);
  }

  /** Reads a gazetteer from a stream it leaves open. */
  public static Gazetteer read(InputStream in) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Entry> entries = new ArrayList<>();
    String line;
    int lineNumber = 0;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new InvalidFormatException("gazetteer, line " + lineNumber + ": expected CATEGORY<TAB>name");
      }
      entries.add(new Entry(line.substring(0, tab), line.substring(tab + 1).split(" ")));
    }
    return new Gazetteer(entries);
  }

  /** Writes the gazetteer to a stream it flushes but leaves open. */
  public void write(OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (Entry entry : entries) {
      writer.write(entry.category() + "\t" + String.join(" ", entry.tokens()) + "\n");
    }
    writer.flush();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes a gazetteer inside a model without closing the model's zip stream. */
  public static final class Serializer implements ArtifactSerializer<Gazetteer> {

    @Override
    public Gazetteer create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(Gazetteer gazetteer, OutputStream out) throws IOException {
      gazetteer.write(out);
    }
  }
}
