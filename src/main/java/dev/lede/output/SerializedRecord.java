package dev.lede.output;

import java.io.IOException;
import java.io.OutputStream;

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

  /** Writes the JSON, without a line end. */
  void writeTo(OutputStream out) throws IOException {
    json.writeTo(out);
  }
}
