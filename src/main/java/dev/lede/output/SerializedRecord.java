package dev.lede.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A record already serialized to JSON, whole, in one output format. A batch's workers serialize
 * each record as soon as they have made it: the records waiting their turn to be written then
 * hold a few kilobytes of JSON each instead of their object graphs, and the serializing is
 * shared among the workers instead of done on the one thread that writes.
 */
public final class SerializedRecord {

  private final BlockBuffer json;
  private final OutputFormat format;

  private SerializedRecord(BlockBuffer json, OutputFormat format) {
    this.json = json;
    this.format = format;
  }

  /** {@code record} (an {@link ArticleRecord} or an {@link ErrorRecord}) as {@code format}. */
  public static SerializedRecord of(Object record, OutputFormat format) throws IOException {
    BlockBuffer json = new BlockBuffer();
    RecordWriter.write(record, format, json);
    return new SerializedRecord(json, format);
  }

  public OutputFormat format() {
    return format;
  }

  /** The JSON, without a line end, for a caller that stores records rather than streams them. */
  public String text() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array takes every write
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes the JSON, without a line end. */
  void writeTo(OutputStream out) throws IOException {
    json.writeTo(out);
  }
}
