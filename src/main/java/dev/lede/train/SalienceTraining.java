package dev.lede.train;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.eval.Rouge;
import dev.lede.eval.RougeScores;
import dev.lede.eval.RougeTokenizer;
import dev.lede.eval.SummaryEvaluation;
import dev.lede.pipeline.Sentence;
import dev.lede.summary.LearnedSummarizer;
import dev.lede.summary.SalienceModel;
import dev.lede.summary.SentenceFeatures;
import dev.lede.summary.Summarizer;
import dev.lede.summary.SummaryLength;
import dev.lede.train.SummaryExamples.Example;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Fits a {@link SalienceModel} with OpenNLP's maximum-entropy trainer (L-BFGS, real-valued
 * features, L2 penalty): a two-outcome maxent model is a logistic regression. The label of a
 * sentence is whether the greedy ROUGE oracle takes it: the oracle adds, up to the summary
 * length, the sentence that most raises ROUGE-1 + ROUGE-2 F1 against the reference, and stops
 * when none does. By default each corpus weighs as much as the largest one (its events are
 * repeated), so a small corpus is not drowned by a large one; the corpus never enters the
 * features.
 */
public final class SalienceTraining {

  static final String IN = "in";
  static final String OUT = "out";

  /**
   * How to train: the features used, the L2 penalty, and the balance: a corpus of n articles
   * has its events repeated {@code round(balance × largest / n)} times (at least once), so at
   * 1 every corpus weighs as much as the largest one and at 0 each article counts once.
   */
  public record Options(Set<String> features, double l2, double balance, int sentences) {}

  /** Mean ROUGE of one system over one corpus, and its scores article by article. */
  public record Score(String corpus, String system, RougeScores mean, List<RougeScores> perArticle) {

    public int articles() {
      return perArticle.size();
    }
  }

  /** An example with what training needs, computed once. */
  public record Prepared(Example example, SentenceFeatures features, boolean[] oracle) {}

  private SalienceTraining() {}

  /**
   * Features and oracle labels of each example. The oracle may take as many sentences as the
   * reference has lines when that is more than {@code sentences}: a human extract of five
   * sentences labels all five.
   */
  public static List<Prepared> prepare(List<Example> examples, int sentences) {
    return examples.parallelStream()
        .map(e -> {
          SentenceFeatures f = SentenceFeatures.of(e.analysis());
          int steps = Math.max(sentences, lines(e.reference()));
          return new Prepared(e, f, oracle(e.analysis(), e.reference(), steps));
        })
        .toList();
  }

  private static int lines(String text) {
    int lines = 0;
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines++;
      }
    }
    return lines;
  }

  /** Greedy oracle: which sentences together score best against the reference. */
  static boolean[] oracle(AnalyzedArticle article, String reference, int sentences) {
    List<Sentence> all = article.sentences();
    List<String> ref = RougeTokenizer.tokenize(reference);
    List<List<String>> tokens = new ArrayList<>(all.size());
    for (Sentence s : all) {
      tokens.add(RougeTokenizer.tokenize(s.text()));
    }
    boolean[] chosen = new boolean[all.size()];
    double best = 0;
    for (int step = 0; step < sentences; step++) {
      int pick = -1;
      for (int i = 0; i < chosen.length; i++) {
        if (chosen[i]) {
          continue;
        }
        chosen[i] = true;
        double value = oracleValue(ref, tokens, chosen);
        chosen[i] = false;
        if (value > best) {
          best = value;
          pick = i;
        }
      }
      if (pick < 0) {
        break;
      }
      chosen[pick] = true;
    }
    return chosen;
  }

  private static double oracleValue(List<String> ref, List<List<String>> tokens, boolean[] chosen) {
    List<String> cand = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        cand.addAll(tokens.get(i));
      }
    }
    return Rouge.ngramF1(ref, cand, 1) + Rouge.ngramF1(ref, cand, 2);
  }

  public static SalienceModel train(List<Prepared> data, Options options) throws IOException {
    Map<String, Integer> repeats = repeats(data, options.balance());
    List<String> names = SentenceFeatures.NAMES;
    List<Event> events = new ArrayList<>();
    for (Prepared p : data) {
      double[][] values = p.features().values();
      int times = repeats.get(p.example().corpus());
      for (int i = 0; i < values.length; i++) {
        List<String> context = new ArrayList<>();
        List<Float> vals = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
          if (options.features().contains(names.get(f)) && values[i][f] != 0) {
            context.add(names.get(f));
            vals.add((float) values[i][f]);
          }
        }
        float[] v = new float[vals.size()];
        for (int j = 0; j < v.length; j++) {
          v[j] = vals.get(j);
        }
        Event event = new Event(p.oracle()[i] ? IN : OUT, context.toArray(String[]::new), v);
        for (int t = 0; t < times; t++) {
          events.add(event);
        }
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(TrainingParameters.ITERATIONS_PARAM, 500);
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put(QNTrainer.L2COST_PARAM, options.l2());
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    AbstractModel model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    return new SalienceModel(logitWeights(model));
  }

  /** Each feature's weight on the log-odds of "in" against "out". */
  @SuppressWarnings("unchecked")
  private static Map<String, Double> logitWeights(AbstractModel model) {
    Object[] data = model.getDataStructures();
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    int in = model.getIndex(IN);
    int out = model.getIndex(OUT);
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String name : SentenceFeatures.NAMES) {
      Context c = predicates.get(name);
      if (c == null) {
        continue;
      }
      double w = 0;
      for (int k = 0; k < c.getOutcomes().length; k++) {
        if (c.getOutcomes()[k] == in) {
          w += c.getParameters()[k];
        } else if (c.getOutcomes()[k] == out) {
          w -= c.getParameters()[k];
        }
      }
      weights.put(name, w);
    }
    return weights;
  }

  /** How often each corpus's events are repeated: the largest corpus once, the others in proportion. */
  private static Map<String, Integer> repeats(List<Prepared> data, double balance) {
    Map<String, Integer> counts = new HashMap<>();
    for (Prepared p : data) {
      counts.merge(p.example().corpus(), 1, Integer::sum);
    }
    int largest = Collections.max(counts.values());
    Map<String, Integer> repeats = new HashMap<>();
    counts.forEach((corpus, n) -> repeats.put(corpus, n == largest ? 1 : (int) Math.max(1, Math.round(balance * largest / n))));
    return repeats;
  }

  /** The fold of each example: a seeded shuffle dealt round-robin, so folds are by article. */
  public static int[] folds(int size, int k, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] fold = new int[size];
    for (int r = 0; r < size; r++) {
      fold[order.get(r)] = r % k;
    }
    return fold;
  }

  /**
   * The fold of each example, by article: examples of the same article (the same story with
   * two references, highlights and a human extract) always share a fold, so no story is trained
   * on under one reference and tested under the other.
   */
  static int[] foldsByArticle(List<Prepared> data, int k, long seed) {
    Map<String, Integer> keys = new TreeMap<>();
    for (Prepared p : data) {
      keys.putIfAbsent(articleKey(p.example()), keys.size());
    }
    List<String> sorted = new ArrayList<>(keys.keySet());
    int[] byKey = folds(sorted.size(), k, seed);
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      foldOf.put(sorted.get(i), byKey[i]);
    }
    int[] fold = new int[data.size()];
    for (int i = 0; i < fold.length; i++) {
      fold[i] = foldOf.get(articleKey(data.get(i).example()));
    }
    return fold;
  }

  /** An article's text identifies it: the same file read for two references has the same text. */
  private static String articleKey(Example e) {
    return e.analysis().article().text();
  }

  /** Held-out summaries: each example is summarized by the model trained without its fold. */
  public static List<Score> crossValidate(
      List<Prepared> data, Options options, int k, long seed, Map<String, Summarizer> baselines)
      throws IOException {
    int[] fold = foldsByArticle(data, k, seed);
    Map<String, Map<String, List<RougeScores>>> scores = new LinkedHashMap<>();
    SummaryLength length = SummaryLength.sentences(options.sentences());
    for (int f = 0; f < k; f++) {
      List<Prepared> train = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        if (fold[i] != f) {
          train.add(data.get(i));
        }
      }
      Summarizer learned = new LearnedSummarizer(train(train, options));
      for (int i = 0; i < data.size(); i++) {
        if (fold[i] != f) {
          continue;
        }
        Example e = data.get(i).example();
        Map<String, List<RougeScores>> corpus = scores.computeIfAbsent(e.corpus(), c -> new LinkedHashMap<>());
        add(corpus, "learned", e, learned, length);
        for (Map.Entry<String, Summarizer> b : baselines.entrySet()) {
          add(corpus, b.getKey(), e, b.getValue(), length);
        }
      }
    }
    List<Score> result = new ArrayList<>();
    scores.forEach((corpus, systems) -> systems.forEach((system, list) ->
        result.add(new Score(corpus, system, RougeScores.mean(list), list))));
    return result;
  }

  private static void add(
      Map<String, List<RougeScores>> scores, String system, Example e, Summarizer summarizer, SummaryLength length) {
    String text = SummaryEvaluation.text(e.analysis(), summarizer.summarize(e.analysis(), length));
    scores.computeIfAbsent(system, x -> new ArrayList<>()).add(Rouge.score(e.reference(), text));
  }
}
