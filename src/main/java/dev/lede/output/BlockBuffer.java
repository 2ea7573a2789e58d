package dev.lede.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes held in memory in fixed blocks, so that a whole record can be serialized before any of
 * it is written without ever copying it: the record of a book-length article is megabytes of
 * JSON, and a growing array (or one final array beside the serializer's own buffers) would hold
 * it two or three times at its peak.
 */
final class BlockBuffer extends OutputStream {

  static final int BLOCK = 64 * 1024;

  private final List<byte[]> blocks = new ArrayList<>();
  private byte[] current = new byte[256];
  private int used;

  @Override
  public void write(int b) {
    if (used == current.length) {
      nextBlock();
    }
    current[used++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    while (length > 0) {
      if (used == current.length) {
        nextBlock();
      }
      int n = Math.min(length, current.length - used);
      System.arraycopy(bytes, offset, current, used, n);
      used += n;
      offset += n;
      length -= n;
    }
  }

  /**
   * Each block twice the size of the one before, up to {@link #BLOCK}: a news article's record
   * (5-10 KB) takes about twice its size, not a 64 KB block (3 % of a batch's allocation), and a
   * large one grows a block at a time.
   */
  private void nextBlock() {
    blocks.add(current);
    current = new byte[Math.min(BLOCK, current.length * 2)];
    used = 0;
  }

  long size() {
    long size = used;
    for (byte[] block : blocks) {
      size += block.length;
    }
    return size;
  }

  /** Bytes held, used or not. */
  long capacity() {
    return size() - used + current.length;
  }

  void writeTo(OutputStream out) throws IOException {
    for (byte[] block : blocks) {
      out.write(block);
    }
    out.write(current, 0, used);
  }
}
