package dev.lede.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.input.Input;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerializedRecordTest {

  private static final ErrorRecord RECORD =
      new ErrorRecord("1.0", "a.txt", new ErrorRecord.Error("unreadable", "cannot read a.txt"));

  private static String written(OutputFormat format, boolean several, SerializedRecord... records)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = new RecordWriter(out, format, several)) {
      for (SerializedRecord record : records) {
        writer.write(record);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String json(Object record, OutputFormat format) throws IOException {
    return new String(RecordWriter.toJson(record, format), StandardCharsets.UTF_8);
  }

  @Test
  void recordsSerializedAheadAreWrittenWithTheirSeparators() throws IOException {
    ErrorRecord next = new ErrorRecord("1.0", "b.txt", null);
    for (OutputFormat format : OutputFormat.values()) {
      SerializedRecord first = SerializedRecord.of(RECORD, format);
      SerializedRecord second = SerializedRecord.of(next, format);
      String expected =
          format == OutputFormat.JSON
              ? "[\n" + json(RECORD, format) + ",\n" + json(next, format) + "\n]\n"
              : json(RECORD, format) + "\n" + json(next, format) + "\n";
      assertThat(written(format, true, first, second)).as("%s", format).isEqualTo(expected);
      assertThat(written(format, false, first)).as("%s, one record", format).isEqualTo(json(RECORD, format) + "\n");
    }
  }

  @Test
  void aRecordInAnotherFormatThanTheOutputIsRefused() throws IOException {
    SerializedRecord lines = SerializedRecord.of(RECORD, OutputFormat.JSONL);
    assertThatThrownBy(() -> written(OutputFormat.JSON, true, lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSONL");
  }

  @Test
  void anOutputFileHoldsTheRecordInItsFormatAndALineEnd(@TempDir Path root) throws IOException {
    OutputDirectory directory = new OutputDirectory(root);
    Input input = new Input.FileInput("in/a.txt", Path.of("in/a.txt"));
    for (OutputFormat format : OutputFormat.values()) {
      directory.write(input, SerializedRecord.of(RECORD, format));

      assertThat(Files.readString(directory.target(input)))
          .isEqualTo(new String(RecordWriter.toJson(RECORD, format), StandardCharsets.UTF_8) + "\n");
    }
  }

  @Test
  void anOutputFileTakesTheModeTheUmaskGivesAnyNewFile(@TempDir Path root) throws IOException {
    OutputDirectory directory = new OutputDirectory(root);
    Input input = new Input.FileInput("a.txt", Path.of("a.txt"));
    directory.write(input, SerializedRecord.of(RECORD, OutputFormat.JSON));
    Path plain = Files.createFile(root.resolve("plain"));

    assertThat(Files.getPosixFilePermissions(directory.target(input)))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
