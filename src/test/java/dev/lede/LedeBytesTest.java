package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.Models;
import dev.lede.input.Input;
import dev.lede.output.OutputFormat;
import dev.lede.output.SerializedRecord;
import dev.lede.summary.Summarizers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Lede#process(String, byte[])}: bytes a caller holds give the records their file gives. */
class LedeBytesTest {

  private static Lede lede;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    Lede.Options small = new Lede.Options(
        Lede.Options.defaults().length(),
        Lede.Options.defaults().offsetUnit(),
        4096,
        false,
        Lede.Options.defaults().inputFormat(),
        false,
        Lede.Options.defaults().timeout());
    lede = new Lede(Models.load(), Summarizers::standard, small, InputStream.nullInputStream());
  }

  private static String json(Outcome outcome) throws IOException {
    return SerializedRecord.of(outcome.record(), OutputFormat.JSONL).text();
  }

  private String fromFile(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return json(lede.process(new Input.FileInput(name, file)));
  }

  @Test
  void theSamplesBytesGiveTheirFilesRecords() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
    for (Path sample : samples) {
      String fromFile = json(lede.process(new Input.FileInput(sample.toString(), sample)));
      String fromBytes = json(lede.process(sample.toString(), Files.readAllBytes(sample)));
      assertThat(fromBytes).as(sample.toString()).isEqualTo(fromFile).contains("\"summary\":[{");
    }
  }

  @Test
  void aPageNamedHtmlIsReadAsOne() throws IOException {
    byte[] page = ("<html><head><title>Ferry | Courier</title></head><body><article><h1>Ferry runs again</h1>"
            + "<p>The ferry between Northport and Vell ran again on Monday after a week of storms.</p>"
            + "<p>Its crew said the crossing took forty minutes, ten more than usual.</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(json(lede.process("ferry.html", page)))
        .isEqualTo(fromFile("ferry.html", page))
        .contains("\"title\":\"Ferry runs again\"");
  }

  @Test
  void badBytesGiveTheErrorRecordsOfTheirFile() throws IOException {
    byte[] tooLarge = "The council met. ".repeat(300).getBytes(StandardCharsets.UTF_8);
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0};
    byte[] blank = " \n\t\n".getBytes(StandardCharsets.UTF_8);

    assertThat(json(lede.process("big.txt", tooLarge)))
        .isEqualTo(fromFile("big.txt", tooLarge))
        .contains("\"code\":\"too-large\"");
    assertThat(json(lede.process("blob.txt", binary)))
        .isEqualTo(fromFile("blob.txt", binary))
        .contains("\"code\":\"not-text\"");
    assertThat(json(lede.process("blank.txt", blank)))
        .isEqualTo(fromFile("blank.txt", blank))
        .contains("\"code\":\"empty\"");
  }
}
