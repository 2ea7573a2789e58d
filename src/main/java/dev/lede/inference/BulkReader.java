package dev.lede.inference;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the little-endian primitive arrays of lede's compact model files in chunks through one
 * reused buffer: a copy per chunk instead of a call per value.
 */
public final class BulkReader {

  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private final String what;
  private final byte[] buffer = new byte[CHUNK];
  private final ByteBuffer view = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);

  /** @param what names the file in error messages ("compact language model") */
  public BulkReader(InputStream in, String what) {
    this.in = in;
    this.what = what;
  }

  /** A little-endian buffer of the given capacity, for writing what this reads. */
  public static ByteBuffer littleEndian(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The next {@code size <= CHUNK} bytes, as a little-endian buffer over them. */
  public ByteBuffer next(int size) throws IOException {
    if (size < 0 || size > CHUNK) {
      throw new IOException(what + ": a field of " + size + " bytes");
    }
    if (in.readNBytes(buffer, 0, size) != size) {
      throw new EOFException(what + " is truncated");
    }
    return view.clear().limit(size);
  }

  /** A string written as its UTF-8 byte length and bytes. */
  public String readString() throws IOException {
    int length = next(Integer.BYTES).getInt();
    ByteBuffer bytes = next(length);
    return new String(bytes.array(), bytes.position(), length, StandardCharsets.UTF_8);
  }

  public void readLongs(long[] values) throws IOException {
    for (int done = 0, n; done < values.length; done += n) {
      n = Math.min(values.length - done, CHUNK / Long.BYTES);
      next(n * Long.BYTES).asLongBuffer().get(values, done, n);
    }
  }

  public void readInts(int[] values) throws IOException {
    for (int done = 0, n; done < values.length; done += n) {
      n = Math.min(values.length - done, CHUNK / Integer.BYTES);
      next(n * Integer.BYTES).asIntBuffer().get(values, done, n);
    }
  }

  public void readChars(char[] values) throws IOException {
    for (int done = 0, n; done < values.length; done += n) {
      n = Math.min(values.length - done, CHUNK / Character.BYTES);
      next(n * Character.BYTES).asCharBuffer().get(values, done, n);
    }
  }

  public void readBytes(byte[] values) throws IOException {
    for (int done = 0, n; done < values.length; done += n) {
      n = Math.min(values.length - done, CHUNK);
      next(n).get(values, done, n);
    }
  }

  public void readDoubles(double[] values) throws IOException {
    for (int done = 0, n; done < values.length; done += n) {
      n = Math.min(values.length - done, CHUNK / Double.BYTES);
      next(n * Double.BYTES).asDoubleBuffer().get(values, done, n);
    }
  }

  /** Fails unless the stream ends here. */
  public void expectEnd() throws IOException {
    if (in.read() != -1) {
      throw new IOException(what + " has bytes after its end");
    }
  }
}
