package dev.lede.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Word vectors by skip-gram with negative sampling (Mikolov et al. 2013, as in word2vec): each
 * word's vector is trained to predict the words around it against randomly drawn words. Words
 * used in the same contexts end up with similar vectors, which {@link KMeans} then groups.
 * Threads update the shared vectors without locks, as word2vec does.
 */
final class SkipGramTrainer {

  record Options(int dimension, int window, int negatives, int epochs, double sample, int threads, long seed) {}

  private static final int TABLE_SIZE = 10_000_000;
  private static final float START_ALPHA = 0.025f;

  private final Vocabulary vocabulary;
  private final Options options;
  private final int dim;
  private final float[] input;
  private final float[] output;
  private final int[] negativeTable;
  private final float[] keepProbability;
  private final AtomicLong processed = new AtomicLong();
  private long totalWork;

  SkipGramTrainer(Vocabulary vocabulary, Options options) {
    this.vocabulary = vocabulary;
    this.options = options;
    this.dim = options.dimension();
    this.input = new float[vocabulary.size() * dim];
    this.output = new float[vocabulary.size() * dim];
    long random = options.seed();
    for (int i = 0; i < input.length; i++) {
      random = next(random);
      input[i] = (((random >>> 16) & 0xFFFF) / 65536f - 0.5f) / dim;
    }
    this.negativeTable = negativeTable(vocabulary);
    this.keepProbability = keepProbability(vocabulary, options.sample());
  }

  /** Trains and returns the word vectors, row-major: word i at [i * dimension, (i + 1) * dimension). */
  float[] train(int[][] sentences) throws InterruptedException {
    long words = 0;
    for (int[] sentence : sentences) {
      words += sentence.length;
    }
    totalWork = words * options.epochs() + 1;
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < options.threads(); t++) {
        int from = (int) ((long) sentences.length * t / options.threads());
        int to = (int) ((long) sentences.length * (t + 1) / options.threads());
        long seed = options.seed() + 31L * (t + 1);
        parts.add(pool.submit(() -> trainPart(sentences, from, to, seed)));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return input;
  }

  private void trainPart(int[][] sentences, int from, int to, long seed) {
    long random = seed;
    float[] gradient = new float[dim];
    int[] kept = new int[1024];
    long localCount = 0;
    float alpha = START_ALPHA;
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      for (int s = from; s < to; s++) {
        int[] sentence = sentences[s];
        if (kept.length < sentence.length) {
          kept = new int[sentence.length];
        }
        int n = 0;
        for (int word : sentence) {
          random = next(random);
          if (keepProbability[word] >= ((random >>> 16) & 0xFFFF) / 65536f) {
            kept[n++] = word;
          }
        }
        localCount += sentence.length;
        if (localCount > 10_000) {
          long done = processed.addAndGet(localCount);
          localCount = 0;
          alpha = Math.max(START_ALPHA * 0.0001f, START_ALPHA * (1 - (float) done / totalWork));
        }
        for (int pos = 0; pos < n; pos++) {
          random = next(random);
          int shrink = (int) ((random >>> 16) % options.window());
          int word = kept[pos];
          for (int c = pos - options.window() + shrink; c <= pos + options.window() - shrink; c++) {
            if (c == pos || c < 0 || c >= n) {
              continue;
            }
            random = update(kept[c], word, alpha, gradient, random);
          }
        }
      }
    }
  }

  /** One step: the context word's vector learns to predict the word against random others. */
  private long update(int context, int word, float alpha, float[] gradient, long random) {
    int l1 = context * dim;
    Arrays.fill(gradient, 0f);
    for (int d = 0; d <= options.negatives(); d++) {
      int target;
      float label;
      if (d == 0) {
        target = word;
        label = 1;
      } else {
        random = next(random);
        target = negativeTable[(int) ((random >>> 16) % TABLE_SIZE)];
        if (target == word) {
          continue;
        }
        label = 0;
      }
      int l2 = target * dim;
      float f = 0;
      for (int k = 0; k < dim; k++) {
        f += input[l1 + k] * output[l2 + k];
      }
      float g;
      if (f > 6) {
        g = (label - 1) * alpha;
      } else if (f < -6) {
        g = label * alpha;
      } else {
        g = (label - (float) (1 / (1 + Math.exp(-f)))) * alpha;
      }
      for (int k = 0; k < dim; k++) {
        gradient[k] += g * output[l2 + k];
        output[l2 + k] += g * input[l1 + k];
      }
    }
    for (int k = 0; k < dim; k++) {
      input[l1 + k] += gradient[k];
    }
    return random;
  }

  /** Negative samples are drawn with probability proportional to count^0.75. */
  private static int[] negativeTable(Vocabulary vocabulary) {
    int[] table = new int[TABLE_SIZE];
    double total = 0;
    for (int i = 0; i < vocabulary.size(); i++) {
      total += Math.pow(vocabulary.count(i), 0.75);
    }
    int word = 0;
    double cumulative = Math.pow(vocabulary.count(0), 0.75) / total;
    for (int a = 0; a < TABLE_SIZE; a++) {
      table[a] = word;
      if ((double) a / TABLE_SIZE > cumulative && word < vocabulary.size() - 1) {
        word++;
        cumulative += Math.pow(vocabulary.count(word), 0.75) / total;
      }
    }
    return table;
  }

  /** Frequent words are dropped at random (word2vec's subsampling), rare ones always kept. */
  private static float[] keepProbability(Vocabulary vocabulary, double sample) {
    long total = 0;
    for (int i = 0; i < vocabulary.size(); i++) {
      total += vocabulary.count(i);
    }
    float[] keep = new float[vocabulary.size()];
    for (int i = 0; i < keep.length; i++) {
      double ratio = vocabulary.count(i) / (sample * total);
      keep[i] = (float) ((Math.sqrt(ratio) + 1) / ratio);
    }
    return keep;
  }

  /** word2vec's linear congruential generator: fast, and the same sequence on every run. */
  private static long next(long random) {
    return random * 25214903917L + 11;
  }
}
