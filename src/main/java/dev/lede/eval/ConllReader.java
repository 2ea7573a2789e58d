package dev.lede.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.formats.Conll02NameSampleStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.Span;

/**
 * Reads CoNLL-2003 NER files: one token per line, the token in the first column and its IOB2
 * tag in the last, a blank line between sentences, and a document-start line ({@link #DOCSTART})
 * before each document. Each sentence becomes a {@link NameSample} with lede's type names (PERSON,
 * ORGANIZATION, LOCATION, MISC); the first sentence of each document has its
 * clear-adaptive-data flag set, so document-level features reset there. As conlleval does, an
 * {@code I-} tag that follows a tag of another type opens an entity too.
 */
public final class ConllReader {

  /** The line that starts a document, in its first column: OpenNLP's CoNLL readers' own constant. */
  public static final String DOCSTART = Conll02NameSampleStream.DOCSTART;

  private ConllReader() {}

  public static List<NameSample> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  public static List<NameSample> read(Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<NameSample> samples = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean newDocument = true;
    int lineNumber = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith(DOCSTART)) {
        if (!tokens.isEmpty()) {
          samples.add(sample(tokens, tags, newDocument));
          newDocument = false;
          tokens.clear();
          tags.clear();
        }
        if (!trimmed.isEmpty()) {
          newDocument = true;
        }
        continue;
      }
      String[] columns = trimmed.split("\\s+");
      if (columns.length < 2) {
        throw new InvalidFormatException("line " + lineNumber + ": expected a token and a tag");
      }
      String tag = columns[columns.length - 1];
      if (!tag.equals("O") && !tag.startsWith("B-") && !tag.startsWith("I-")) {
        throw new InvalidFormatException("line " + lineNumber + ": not an IOB tag: " + tag);
      }
      tokens.add(columns[0]);
      tags.add(tag);
    }
    if (!tokens.isEmpty()) {
      samples.add(sample(tokens, tags, newDocument));
    }
    return samples;
  }

  private static NameSample sample(List<String> tokens, List<String> tags, boolean newDocument) {
    return new NameSample(tokens.toArray(String[]::new), spans(tags), newDocument);
  }

  /** Entity spans of an IOB tag sequence, with lede's type names. */
  static Span[] spans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String tagType = tag.equals("O") ? null : tag.substring(2);
      boolean continues = tag.startsWith("I-") && tagType.equals(type);
      if (type != null && !continues) {
        spans.add(new Span(start, i, ConllTypes.toLede(type)));
        type = null;
      }
      if (tagType != null && !continues) {
        start = i;
        type = tagType;
      }
    }
    return spans.toArray(Span[]::new);
  }
}
