package dev.lede.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Outcome;
import dev.lede.input.Input;
import dev.lede.output.ErrorRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

  private static List<Input> inputs(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> (Input) new Input.FileInput("in-" + i, Path.of("in-" + i)))
        .toList();
  }

  /** An outcome named after its input, after a random short delay so workers finish out of order. */
  private static Outcome process(Input input) {
    try {
      Thread.sleep(new Random(input.source().hashCode()).nextInt(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Outcome.Failed(new ErrorRecord("1.0", input.source(), new ErrorRecord.Error("io", "")), null);
  }

  @Test
  void emitsOutcomesInInputOrderWhateverOrderWorkersFinishIn() throws Exception {
    List<String> seen = new ArrayList<>();
    new BatchRunner<>(BatchRunnerTest::process, 4, 6).run(inputs(200).iterator(), (in, o) -> seen.add(o.source()));
    assertThat(seen).containsExactlyElementsOf(inputs(200).stream().map(Input::source).toList());
  }

  @Test
  void keepsAtMostTheWindowInFlight() throws Exception {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    List<Integer> emitted = new ArrayList<>();
    Function<Input, Outcome> counting =
        input -> {
          started.incrementAndGet();
          return process(input);
        };
    new BatchRunner<>(counting, 2, 5)
        .run(
            inputs(100).iterator(),
            (in, o) -> {
              emitted.add(1);
              maxAhead.accumulateAndGet(started.get() - emitted.size(), Math::max);
            });
    assertThat(emitted).hasSize(100);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(5);
  }

  @Test
  void goesOnPastFailedInputsAndKeepsTheirPlace() throws Exception {
    Function<Input, Outcome> failSome =
        input -> {
          int i = Integer.parseInt(input.source().substring(3));
          if (i % 3 == 0) {
            return new Outcome.Failed(new ErrorRecord("1.0", input.source(), new ErrorRecord.Error("io", "x")), null);
          }
          return process(input);
        };
    List<String> seen = new ArrayList<>();
    // process() gives an error record with an empty message: only the failures say "x"
    new BatchRunner<>(failSome, 3)
        .run(inputs(30).iterator(), (in, o) -> seen.add(in.source() + " " + ((Outcome.Failed) o).message()));
    assertThat(seen).hasSize(30);
    assertThat(seen).filteredOn(s -> s.endsWith(" x")).hasSize(10);
    assertThat(seen.subList(3, 5)).containsExactly("in-3 x", "in-4 ");
  }
}
