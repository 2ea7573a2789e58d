package dev.lede.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Tags with a perceptron name-finder model exactly as {@link NameFinderME} does (same features,
 * same beam search, same scores), but faster: NameFinderME looks every feature of a token up in
 * the model again for each candidate in the beam and runs an empty ±8-token window generator for
 * additional context lede never passes; here a token's own features are looked up and summed once,
 * and only the four previous-outcome features differ between candidates. Not thread-safe.
 */
public final class FastNameFinder implements TokenNameFinder {

  private static final String MODEL_ENTRY = "nameFinder.model";
  private static final String OTHER = "other";
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final AdaptiveFeatureGenerator features;
  private final Map<String, Context> weights;
  private final String[] outcomes;
  private final int beamSize;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  // weights of the features that depend only on the previous outcomes, by outcome index
  private final Context[] previousOutcome;
  private final Context[] secondPreviousOutcome;
  private final int otherIndex;

  private FastNameFinder(TokenNameFinderModel model, PerceptronModel perceptron) {
    this.features = model.getFactory().createFeatureGenerators();
    Object[] data = perceptron.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.weights = pmap;
    this.outcomes = (String[]) data[2];
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    this.codec = model.getFactory().createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.previousOutcome = new Context[outcomes.length];
    this.secondPreviousOutcome = new Context[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      previousOutcome[o] = weights.get("po=" + outcomes[o]);
      secondPreviousOutcome[o] = weights.get("ppo=" + outcomes[o]);
    }
    this.otherIndex = Arrays.asList(outcomes).indexOf(OTHER);
  }

  /** The fast finder for a perceptron model; OpenNLP's own for any other kind. */
  public static TokenNameFinder of(TokenNameFinderModel model) {
    Object artifact = model.getArtifact(MODEL_ENTRY);
    if (artifact instanceof PerceptronModel perceptron) {
      return new FastNameFinder(model, perceptron);
    }
    return new NameFinderME(model);
  }

  /** A candidate tag sequence: its last outcome, its parent and its summed log probability. */
  private record Candidate(Candidate parent, int outcome, double score, int length)
      implements Comparable<Candidate> {

    String[] outcomes(String[] names) {
      String[] out = new String[length];
      Candidate node = this;
      for (int i = length - 1; i >= 0; i--) {
        out[i] = names[node.outcome];
        node = node.parent;
      }
      return out;
    }

    @Override
    public int compareTo(Candidate other) {
      return Double.compare(other.score, score);
    }
  }

  @Override
  public Span[] find(String[] tokens) {
    PriorityQueue<Candidate> previous = new PriorityQueue<>(beamSize);
    PriorityQueue<Candidate> next = new PriorityQueue<>(beamSize);
    previous.add(new Candidate(null, otherIndex, 0, 0));
    List<String> tokenFeatures = new ArrayList<>();
    double[] scores = new double[outcomes.length];
    // per token, the weights of "pow=" and "powf=" for each previous outcome, looked up once
    Context[] withWord = new Context[outcomes.length];
    Context[] withClass = new Context[outcomes.length];
    boolean[] looked = new boolean[outcomes.length];
    for (int i = 0; i < tokens.length; i++) {
      tokenFeatures.clear();
      features.createFeatures(tokenFeatures, tokens, i, null);
      double[] tokenScores = new double[outcomes.length];
      for (String feature : tokenFeatures) {
        add(weights.get(feature), tokenScores);
      }
      String tokenClass = FeatureGeneratorUtil.tokenFeature(tokens[i]);
      Arrays.fill(looked, false);
      int candidates = Math.min(beamSize, previous.size());
      for (int c = 0; c < candidates && !previous.isEmpty(); c++) {
        Candidate top = previous.remove();
        // the start of a sentence counts as "other" for both previous outcomes
        int po = i > 0 ? top.outcome() : otherIndex;
        int ppo = i > 1 ? top.parent().outcome() : otherIndex;
        if (!looked[po]) {
          withWord[po] = weights.get("pow=" + outcomes[po] + "," + tokens[i]);
          withClass[po] = weights.get("powf=" + outcomes[po] + "," + tokenClass);
          looked[po] = true;
        }
        System.arraycopy(tokenScores, 0, scores, 0, scores.length);
        add(previousOutcome[po], scores);
        add(withWord[po], scores);
        add(withClass[po], scores);
        add(secondPreviousOutcome[ppo], scores);
        normalize(scores);
        double min = kthLargest(scores, beamSize);
        String[] sofar = top.outcomes(outcomes);
        extend(top, sofar, tokens, i, scores, min, next);
        if (next.isEmpty()) {
          // as OpenNLP's beam search: if nothing could follow yet, any valid outcome may
          extend(top, sofar, tokens, i, scores, Double.NEGATIVE_INFINITY, next);
        }
      }
      previous.clear();
      PriorityQueue<Candidate> swap = previous;
      previous = next;
      next = swap;
    }
    String[] best = previous.isEmpty() ? new String[0] : previous.remove().outcomes(outcomes);
    features.updateAdaptiveData(tokens, best);
    return codec.decode(Arrays.asList(best));
  }

  /** The k-th largest score (the smallest when there are fewer than k): the beam's threshold. */
  private static double kthLargest(double[] scores, int k) {
    if (k >= scores.length) {
      double min = Double.POSITIVE_INFINITY;
      for (double s : scores) {
        min = Math.min(min, s);
      }
      return min;
    }
    double[] top = new double[k];
    Arrays.fill(top, Double.NEGATIVE_INFINITY);
    for (double s : scores) {
      if (s > top[k - 1]) {
        int j = k - 1;
        while (j > 0 && top[j - 1] < s) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = s;
      }
    }
    return top[k - 1];
  }

  private void extend(
      Candidate top, String[] sofar, String[] tokens, int i, double[] scores, double min,
      PriorityQueue<Candidate> next) {
    for (int o = 0; o < scores.length; o++) {
      if (scores[o] >= min && validator.validSequence(i, tokens, sofar, outcomes[o])) {
        Candidate candidate =
            new Candidate(top, o, top.score() + StrictMath.log(scores[o]), top.length() + 1);
        if (candidate.score() > MIN_SEQUENCE_SCORE) {
          next.add(candidate);
        }
      }
    }
  }

  private static void add(Context context, double[] scores) {
    if (context != null) {
      int[] which = context.getOutcomes();
      double[] parameters = context.getParameters();
      for (int k = 0; k < which.length; k++) {
        scores[which[k]] += parameters[k];
      }
    }
  }

  /** The perceptron model's own normalization: exp of scores scaled by the largest magnitude. */
  private static void normalize(double[] scores) {
    double max = 1;
    for (double s : scores) {
      if (max < StrictMath.abs(s)) {
        max = StrictMath.abs(s);
      }
    }
    double sum = 0;
    for (int o = 0; o < scores.length; o++) {
      scores[o] = StrictMath.exp(scores[o] / max);
      sum += scores[o];
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] /= sum;
    }
  }

  @Override
  public void clearAdaptiveData() {
    features.clearAdaptiveData();
  }
}
