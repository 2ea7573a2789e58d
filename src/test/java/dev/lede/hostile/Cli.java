package dev.lede.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs lede in-process and reads its JSON Lines output, checking what must hold for any run. */
final class Cli {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A fictional article written for these tests. */
  static final String ARTICLE =
      "The Northport Harbour Council voted on Tuesday to open a ferry route to the island of Vell.\n"
          + "Council leader Maria Okafor said the route would cut travel times for commuters by half.\n"
          + "The ferry operator Bluewater Lines will run six crossings a day from March.\n";

  record Run(int exitCode, String out, String err) {

    /** Each output line's record by its source; fails unless every line is one whole JSON object. */
    Map<String, JsonNode> records() {
      Map<String, JsonNode> bySource = new LinkedHashMap<>();
      for (String line : out.split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        try {
          JsonNode record = JSON.readTree(line);
          assertThat(record.isObject()).as(line).isTrue();
          assertThat(bySource.put(record.get("source").asText(), record)).as("one record per source").isNull();
        } catch (IOException e) {
          throw new UncheckedIOException("not a JSON line: " + line, e);
        }
      }
      return bySource;
    }
  }

  private Cli() {}

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(stdin, out, new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    Run run = new Run(code, strictUtf8(out.toByteArray()), err.toString(StandardCharsets.UTF_8));
    // never a stack trace without --debug, whatever the input
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    return run;
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  /** The error code of a record, or null for a summary. */
  static String code(JsonNode record) {
    return record.has("error") ? record.get("error").get("code").asText() : null;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("output is not valid UTF-8", e);
    }
  }
}
