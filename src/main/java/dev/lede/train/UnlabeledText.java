package dev.lede.train;

import dev.lede.eval.ConllReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;

/** Token sentences for learning word clusters, from raw text or from CoNLL files. */
public final class UnlabeledText {

  private UnlabeledText() {}

  /** Each non-blank line of a raw text file, tokenized like CoNLL-2003. */
  public static List<List<String>> readText(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    // corpora carry a stray byte here and there: replace it rather than fail
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      while ((line = in.readLine()) != null) {
        List<String> tokens = ConllStyleTokenizer.tokenize(line);
        if (!tokens.isEmpty()) {
          sentences.add(tokens);
        }
      }
    }
    return sentences;
  }

  /** The token sentences of a CoNLL file (its tags are not used). */
  public static List<List<String>> readConll(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    for (NameSample sample : ConllReader.read(file)) {
      sentences.add(List.of(sample.getSentence()));
    }
    return sentences;
  }
}
