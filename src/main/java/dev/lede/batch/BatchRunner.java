package dev.lede.batch;

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
 * Runs inputs through a pool of workers and hands the results to a sink in input order, each
 * as soon as it and all before it are done. At most {@code window} inputs are in flight, so
 * memory stays bounded however many inputs there are: a reorder buffer, not a result list.
 *
 * @param <R> what the processor makes of one input (such as an {@code Outcome})
 */
public final class BatchRunner<R> {

  private final Function<Input, R> processor;
  private final int threads;
  private final int window;

  /** {@code processor} (such as {@code Lede::process}) must be thread-safe and never throw. */
  public BatchRunner(Function<Input, R> processor, int threads) {
    this(processor, threads, threads * 8);
  }

  BatchRunner(Function<Input, R> processor, int threads, int window) {
    if (threads < 1 || window < threads) {
      throw new IllegalArgumentException("threads " + threads + ", window " + window);
    }
    this.processor = processor;
    this.threads = threads;
    this.window = window;
  }

  /** Processes every input; the sink gets each result in input order, on this thread. */
  public void run(Iterator<Input> inputs, BiConsumer<Input, R> sink) throws InterruptedException {
    if (threads == 1) {
      while (inputs.hasNext()) {
        Input input = inputs.next();
        sink.accept(input, processor.apply(input));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "lede-worker");
              t.setDaemon(true);
              return t;
            });
    Deque<Pending<R>> inFlight = new ArrayDeque<>();
    try {
      while (inputs.hasNext()) {
        Input input = inputs.next();
        inFlight.addLast(new Pending<>(input, pool.submit(() -> processor.apply(input))));
        if (inFlight.size() >= window) {
          emitFirst(inFlight, sink);
        }
      }
      while (!inFlight.isEmpty()) {
        emitFirst(inFlight, sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private record Pending<R>(Input input, Future<R> result) {}

  private static <R> void emitFirst(Deque<Pending<R>> inFlight, BiConsumer<Input, R> sink)
      throws InterruptedException {
    Pending<R> first = inFlight.removeFirst();
    sink.accept(first.input(), await(first.result()));
  }

  private static <R> R await(Future<R> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // the processor turns every exception into a result; only an Error can get here
      throw new IllegalStateException("worker died", e.getCause());
    }
  }
}
