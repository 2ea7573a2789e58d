package dev.lede.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.inference.Beam.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BeamTest {

  /**
   * The taggers match OpenNLP's only if candidates of equal scores leave the queue in the same
   * order as from its PriorityQueue: scores are drawn from a few values, so most are tied.
   */
  @Test
  void queueGivesCandidatesInPriorityQueueOrderTiesIncluded() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      PriorityQueue<Candidate> expected = new PriorityQueue<>();
      Beam.Queue actual = new Beam.Queue();
      List<Candidate> removedExpected = new ArrayList<>();
      List<Candidate> removedActual = new ArrayList<>();
      int operations = 1 + random.nextInt(60);
      for (int op = 0; op < operations; op++) {
        if (!expected.isEmpty() && random.nextInt(3) == 0) {
          removedExpected.add(expected.remove());
          removedActual.add(actual.remove());
        } else {
          double score = random.nextInt(4) == 0 ? Double.NEGATIVE_INFINITY : -random.nextInt(5);
          Candidate candidate = new Candidate(null, op, score, 1);
          expected.add(candidate);
          actual.add(candidate);
        }
        assertThat(actual.size()).isEqualTo(expected.size());
      }
      while (!expected.isEmpty()) {
        removedExpected.add(expected.remove());
        removedActual.add(actual.remove());
      }
      assertThat(actual.isEmpty()).isTrue();
      // each candidate has its own outcome: equal scores must come out in the same order
      assertThat(removedActual).containsExactlyElementsOf(removedExpected);
    }
  }

  @Test
  void clearedQueueIsEmptyAndRefusesRemove() {
    Beam.Queue queue = new Beam.Queue();
    for (int i = 0; i < 40; i++) {
      queue.add(new Candidate(null, i, -i, 1));
    }
    assertThat(queue.remove().outcome()).isZero();
    queue.clear();
    assertThat(queue.isEmpty()).isTrue();
    assertThatThrownBy(queue::remove).isInstanceOf(NoSuchElementException.class);
    queue.add(new Candidate(null, 5, -1, 1));
    assertThat(queue.remove().outcome()).isEqualTo(5);
  }

  @Test
  void kthLargestIsTheBeamThreshold() {
    double[] top = new double[3];
    assertThat(Beam.kthLargest(new double[] {0.1, 0.5, 0.2, 0.7}, top)).isEqualTo(0.2);
    assertThat(Beam.kthLargest(new double[] {0.1, 0.5}, top)).isEqualTo(0.1);
    assertThat(Beam.kthLargest(new double[] {0.3, 0.3, 0.3, 0.1}, new double[2])).isEqualTo(0.3);
    // the scratch keeps nothing from one call to the next
    assertThat(Beam.kthLargest(new double[] {0.01, 0.02, 0.03, 0.04}, top)).isEqualTo(0.02);
  }
}
