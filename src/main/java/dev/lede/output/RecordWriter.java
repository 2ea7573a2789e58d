package dev.lede.output;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams records to an output as UTF-8 JSON. Each record is serialized whole first and then
 * written and flushed at once, so that a reader downstream of a pipe sees every record as soon
 * as it is done, and an interrupted run leaves only whole records behind.
 */
public final class RecordWriter implements Closeable {

  private static final byte[] NEWLINE = {'\n'};
  private static final byte[] OPEN = {'[', '\n'};
  private static final byte[] SEPARATOR = {',', '\n'};

  private final OutputStream out;
  private final OutputFormat format;
  private final boolean array;
  private boolean started;

  /**
   * @param several whether more than one record may come: with {@link OutputFormat#JSON} they
   *     are written as one array, so that the output stays a single JSON document
   */
  public RecordWriter(OutputStream out, OutputFormat format, boolean several) {
    this.out = out;
    this.format = format;
    this.array = format == OutputFormat.JSON && several;
  }

  /** The record as JSON bytes (or text, for {@link OutputFormat#TEXT}), without a line end. */
  public static byte[] toJson(Object record, OutputFormat format) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    write(record, format, json);
    return json.toByteArray();
  }

  static void write(Object record, OutputFormat format, OutputStream out) throws IOException {
    if (format == OutputFormat.TEXT) {
      RecordText.write(record, out);
    } else {
      RecordJson.write(record, format, out);
    }
  }

  public void write(Object record) throws IOException {
    write(SerializedRecord.of(record, format));
  }

  /** Writes a record serialized beforehand, in this writer's format. */
  public void write(SerializedRecord record) throws IOException {
    if (record.format() != format) {
      throw new IllegalArgumentException("a " + record.format() + " record for a " + format + " output");
    }
    if (array) {
      out.write(started ? SEPARATOR : OPEN);
    }
    record.writeTo(out);
    if (!array) {
      out.write(NEWLINE);
    }
    started = true;
    out.flush();
  }

  /** Ends the document (closing the array); does not close the stream. */
  @Override
  public void close() throws IOException {
    if (array) {
      out.write((started ? "\n]" : "[]").getBytes(StandardCharsets.UTF_8));
      out.write(NEWLINE);
    }
    out.flush();
  }
}
