package dev.lede.batch;

import dev.lede.Outcome;
import dev.lede.input.Input;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs inputs through a pool of workers and hands the outcomes to a sink in input order, each
 * as soon as it and all before it are done. At most {@code window} inputs are in flight, so
 * memory stays bounded however many inputs there are: a reorder buffer, not a result list.
 */
public final class BatchRunner {

  private final Function<Input, Outcome> processor;
  private final int threads;
  private final int window;

  /** {@code processor} (such as {@code Lede::process}) must be thread-safe and never throw. */
  public BatchRunner(Function<Input, Outcome> processor, int threads) {
    this(processor, threads, threads * 8);
  }

  BatchRunner(Function<Input, Outcome> processor, int threads, int window) {
    if (threads < 1 || window < threads) {
      throw new IllegalArgumentException("threads " + threads + ", window " + window);
    }
    this.processor = processor;
    this.threads = threads;
    this.window = window;
  }

  /** Processes every input; the sink gets each outcome in input order, on this thread. */
  public Tally run(Iterator<Input> inputs, BiConsumer<Input, Outcome> sink) throws InterruptedException {
    Tally tally = new Tally();
    if (threads == 1) {
      while (inputs.hasNext()) {
        Input input = inputs.next();
        emit(input, processor.apply(input), sink, tally);
      }
      return tally;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "lede-worker");
              t.setDaemon(true);
              return t;
            });
    Deque<Pending> inFlight = new ArrayDeque<>();
    try {
      while (inputs.hasNext()) {
        Input input = inputs.next();
        inFlight.addLast(new Pending(input, pool.submit(() -> processor.apply(input))));
        if (inFlight.size() >= window) {
          emitFirst(inFlight, sink, tally);
        }
      }
      while (!inFlight.isEmpty()) {
        emitFirst(inFlight, sink, tally);
      }
    } finally {
      pool.shutdownNow();
    }
    return tally;
  }

  private record Pending(Input input, Future<Outcome> outcome) {}

  private static void emitFirst(Deque<Pending> inFlight, BiConsumer<Input, Outcome> sink, Tally tally)
      throws InterruptedException {
    Pending first = inFlight.removeFirst();
    emit(first.input(), await(first.outcome()), sink, tally);
  }

  private static void emit(Input input, Outcome outcome, BiConsumer<Input, Outcome> sink, Tally tally) {
    tally.count(outcome);
    sink.accept(input, outcome);
  }

  private static Outcome await(Future<Outcome> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // the processor turns every exception into a record; only an Error can get here
      throw new IllegalStateException("worker died", e.getCause());
    }
  }

  /** How many inputs were summarized and how many failed. */
  public static final class Tally {
    private long ok;
    private long failed;

    void count(Outcome outcome) {
      if (outcome instanceof Outcome.Failed) {
        failed++;
      } else {
        ok++;
      }
    }

    public long ok() {
      return ok;
    }

    public long failed() {
      return failed;
    }
  }
}
