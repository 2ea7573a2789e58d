package dev.lede.ner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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
  private final Map<String, List<Entry>> byFirstToken;

  public Gazetteer(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.byFirstToken = index(this.entries);
  }

  /** Takes a list no one else holds: reading a model's lists is part of lede's start-up. */
  private Gazetteer(ArrayList<Entry> owned) {
    this.entries = Collections.unmodifiableList(owned);
    this.byFirstToken = index(owned);
  }

  /**
   * The entries by their first token's key, in a map sized for them at once (growing it through
   * eleven doublings, and a lambda per entry, were a third of reading a model's 24,000 names).
   */
  private static Map<String, List<Entry>> index(List<Entry> all) {
    Map<String, List<Entry>> index = new HashMap<>(all.size() * 4 / 3 + 1);
    for (Entry entry : all) {
      String key = key(entry.tokens()[0]);
      List<Entry> same = index.get(key);
      if (same == null) {
        same = new ArrayList<>(1);
        index.put(key, same);
      }
      same.add(entry);
    }
    return index;
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

  /**
   * Reads a gazetteer from a stream it leaves open. The text is decoded at once and cut by hand:
   * a reader decoding it line by line took twice as long, in every lede run's start-up.
   */
  public static Gazetteer read(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    ArrayList<Entry> entries = new ArrayList<>();
    int lineNumber = 0;
    String category = null;
    for (int start = 0; start < text.length(); ) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      Entry entry = entryOf(text, start, end, ++lineNumber, category);
      if (entry != null) {
        entries.add(entry);
        category = entry.category();
      }
      start = end + 1;
    }
    return new Gazetteer(entries);
  }

  /**
   * One line's entry, null for an empty line; a method of its own so that the JIT compiles it
   * early in a long list. A category like the previous line's (lists come grouped) is that one
   * string, not a copy per name.
   */
  private static Entry entryOf(String text, int start, int end, int lineNumber, String previousCategory)
      throws InvalidFormatException {
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    if (end == start) {
      return null;
    }
    int tab = text.indexOf('\t', start);
    if (tab <= start || tab >= end - 1) {
      throw new InvalidFormatException("gazetteer, line " + lineNumber + ": expected CATEGORY<TAB>name");
    }
    boolean sameCategory =
        previousCategory != null
            && previousCategory.length() == tab - start
            && text.startsWith(previousCategory, start);
    return new Entry(sameCategory ? previousCategory : text.substring(start, tab), tokens(text, tab + 1, end));
  }

  /** The space-separated tokens of {@code text[from, to)}. */
  private static String[] tokens(String text, int from, int to) {
    int count = 1;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ' ') {
        count++;
      }
    }
    String[] tokens = new String[count];
    for (int k = 0; k < count; k++) {
      int space = k == count - 1 ? to : text.indexOf(' ', from);
      tokens[k] = text.substring(from, space);
      from = space + 1;
    }
    return tokens;
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
