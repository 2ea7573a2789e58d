package dev.lede.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A time budget for one article, checked between sentences and between stages: work that runs
 * over it stops at the next check with {@link DeadlineExceeded}, instead of a thread being killed.
 */
public final class Deadline {

  /** A deadline that never passes. */
  public static final Deadline NONE = new Deadline(Duration.ZERO, () -> 0, Long.MAX_VALUE);

  private final Duration budget;
  private final LongSupplier nanoClock;
  private final long end;

  private Deadline(Duration budget, LongSupplier nanoClock, long end) {
    this.budget = budget;
    this.nanoClock = nanoClock;
    this.end = end;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    return after(budget, System::nanoTime);
  }

  /** A deadline {@code budget} after the clock's present reading (in nanoseconds). */
  public static Deadline after(Duration budget, LongSupplier nanoClock) {
    long now = nanoClock.getAsLong();
    long nanos = budget.toNanos();
    return new Deadline(budget, nanoClock, nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
  }

  /** Throws {@link DeadlineExceeded} once the budget is spent. */
  public void check() {
    if (end != Long.MAX_VALUE && nanoClock.getAsLong() - end > 0) {
      throw new DeadlineExceeded(budget);
    }
  }

  /** The budget of an article ran out. */
  public static final class DeadlineExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeadlineExceeded(Duration budget) {
      super("took longer than the time budget (" + budget.toSeconds() + " s)", null, false, false);
    }
  }
}
