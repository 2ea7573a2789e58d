package dev.lede.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockBufferTest {

  @Test
  void givesBackWhatWasWrittenAndHoldsAtMostOneBlockMore() throws IOException {
    byte[] data = new byte[3 * BlockBuffer.BLOCK + 12_345];
    new Random(5).nextBytes(data);
    BlockBuffer buffer = new BlockBuffer();
    int at = 0;
    for (int n = 1; at < data.length; n = n * 3 % 9_973 + 1) {
      if (n % 2 == 0) {
        buffer.write(data[at++]);
      } else {
        int length = Math.min(n, data.length - at);
        buffer.write(data, at, length);
        at += length;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    buffer.writeTo(out);

    assertThat(out.toByteArray()).isEqualTo(data);
    assertThat(buffer.size()).isEqualTo(data.length);
    // the bytes are held once: no doubling array, no final copy
    assertThat(buffer.capacity()).isLessThan(data.length + BlockBuffer.BLOCK);
  }

  @Test
  void aNewsSizedRecordTakesAboutTwiceItsSize() throws IOException {
    BlockBuffer buffer = new BlockBuffer();
    buffer.write(new byte[6_000]);
    assertThat(buffer.size()).isEqualTo(6_000);
    assertThat(buffer.capacity()).isLessThan(2 * 6_000 + 256);
  }

  @Test
  void aLargeRecordIsWrittenAsJacksonSerializesIt() throws IOException {
    ErrorRecord record =
        new ErrorRecord("1.0", "x".repeat(200_000), new ErrorRecord.Error("unreadable", "y".repeat(70_000)));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (RecordWriter writer = new RecordWriter(lines, OutputFormat.JSONL, true)) {
      writer.write(record);
      writer.write(new ErrorRecord("1.0", "b.txt", null));
    }
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    try (RecordWriter writer = new RecordWriter(array, OutputFormat.JSON, true)) {
      writer.write(record);
      writer.write(new ErrorRecord("1.0", "b.txt", null));
    }

    String first = new String(RecordWriter.toJson(record, OutputFormat.JSONL), StandardCharsets.UTF_8);
    assertThat(lines.toString(StandardCharsets.UTF_8)).isEqualTo(first + "\n{\"schemaVersion\":\"1.0\",\"source\":\"b.txt\",\"error\":null}\n");
    String pretty = new String(RecordWriter.toJson(record, OutputFormat.JSON), StandardCharsets.UTF_8);
    assertThat(array.toString(StandardCharsets.UTF_8)).isEqualTo("[\n" + pretty + ",\n{\n  \"schemaVersion\" : \"1.0\",\n  \"source\" : \"b.txt\",\n  \"error\" : null\n}\n]\n");
  }
}
