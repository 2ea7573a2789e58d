package dev.lede.spark;

import dev.lede.Lede;
import dev.lede.analysis.Models;
import dev.lede.summary.Summarizers;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * lede in an executor JVM: the models are loaded once, by the first task that needs them, and
 * shared by every task after it; {@link Lede} gives each task thread its own analyzer.
 */
final class ExecutorLede {

  private static final AtomicInteger MODEL_LOADS = new AtomicInteger();
  private static final Map<Lede.Options, Lede> LEDES = new ConcurrentHashMap<>();
  private static volatile Models models;

  private ExecutorLede() {}

  /** The lede of this JVM for {@code options}: one per options, as a JVM may run several jobs. */
  static Lede of(Lede.Options options) {
    return LEDES.computeIfAbsent(
        options, o -> new Lede(models(), Summarizers::standard, o, InputStream.nullInputStream()));
  }

  private static Models models() {
    Models loaded = models;
    if (loaded == null) {
      synchronized (ExecutorLede.class) {
        loaded = models;
        if (loaded == null) {
          loaded = Models.load();
          MODEL_LOADS.incrementAndGet();
          models = loaded;
        }
      }
    }
    return loaded;
  }

  /** How many times this JVM has loaded the models: once at most, which a test checks. */
  static int modelLoads() {
    return MODEL_LOADS.get();
  }
}
