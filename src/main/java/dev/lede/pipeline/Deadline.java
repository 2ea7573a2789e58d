package dev.lede.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A time budget for one article, checked between sentences and between stages: work that runs
 * over it stops at the next check with {@link DeadlineExceeded}, instead of a thread being killed.
 */
public final class Deadline {

  /** A deadline that never passes. */
  public static final Deadline NONE = new Deadline(Duration.ZERO, () -> 0, 0, Long.MAX_VALUE);

  private final Duration budget;
  private final LongSupplier nanoClock;
  private final long start;
  private final long budgetNanos;

  private Deadline(Duration budget, LongSupplier nanoClock, long start, long budgetNanos) {
    this.budget = budget;
    this.nanoClock = nanoClock;
    this.start = start;
    this.budgetNanos = budgetNanos;
  }

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    return after(budget, System::nanoTime);
  }

  /** A deadline {@code budget} after the clock's present reading (in nanoseconds, as System.nanoTime). */
  public static Deadline after(Duration budget, LongSupplier nanoClock) {
    long nanos;
    try {
      nanos = budget.toNanos();
    } catch (ArithmeticException tooLong) {
      nanos = Long.MAX_VALUE;
    }
    return new Deadline(budget, nanoClock, nanoClock.getAsLong(), nanos);
  }

  /** Throws {@link DeadlineExceeded} once the budget is spent. */
  public void check() {
    // a difference of nanoTime readings, as its javadoc says, never the readings themselves
    if (budgetNanos != Long.MAX_VALUE && nanoClock.getAsLong() - start > budgetNanos) {
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
