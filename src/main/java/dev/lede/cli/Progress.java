package dev.lede.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A batch's progress on standard error, rewritten in place at most a few times a second: count,
 * total when known, rate, time left, failures; and a closing line. Shown only to a person at a
 * terminal (never in a script's logs).
 */
final class Progress {

  private static final long REFRESH_NANOS = 250_000_000L;

  private final PrintStream err;
  private final long startNanos = System.nanoTime();
  /** How many inputs there are, counted by a background walk; -1 until it is done. */
  private final AtomicLong total = new AtomicLong(-1);
  private long lastShownNanos;
  private long ok;
  private long failed;
  private long skipped;

  Progress(PrintStream err) {
    this.err = err;
  }

  void total(long count) {
    total.set(count);
  }

  void skipped() {
    skipped++;
  }

  void done(boolean failedInput) {
    if (failedInput) {
      failed++;
    } else {
      ok++;
    }
    long now = System.nanoTime();
    if (now - lastShownNanos >= REFRESH_NANOS) {
      lastShownNanos = now;
      err.print("\r" + line(now) + "\u001b[K");
      err.flush();
    }
  }

  /** Clears the line, so that a message printed next stands on a line of its own; the next count redraws it. */
  void clear() {
    err.print("\r\u001b[K");
    lastShownNanos = 0;
  }

  void finish() {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    err.printf(
        "\r%d ok, %d failed%s, %.1f s\u001b[K%n",
        ok, failed, skipped > 0 ? ", " + skipped + " skipped (already done)" : "", seconds);
  }

  private String line(long now) {
    long done = ok + failed;
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = done / seconds;
    StringBuilder line = new StringBuilder();
    line.append(done);
    long known = total.get();
    if (known >= 0) {
      line.append('/').append(known - skipped);
    }
    line.append(String.format(" articles, %.0f/s", rate));
    if (known >= 0 && rate > 0) {
      long left = Math.max(0, known - skipped - done);
      line.append(String.format(", %.0f s left", left / rate));
    }
    if (failed > 0) {
      line.append(", ").append(failed).append(" failed");
    }
    return line.toString();
  }
}
