package dev.lede.ner;

import dev.lede.pipeline.Beam;
import dev.lede.pipeline.Beam.Candidate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Tags with a perceptron name-finder model as {@link NameFinderME} does (same features, same
 * beam search, same scores up to the order in which weights are added), but faster:
 * <ul>
 *   <li>NameFinderME looks every feature of a token up again for each candidate in the beam;
 *       here a token's features are scored once ({@link TokenScorer}, which also caches each
 *       word's share), and only the four previous-outcome features differ between candidates;
 *   <li>candidates that end in the same two outcomes share one normalization (its exp calls are
 *       most of the remaining cost);
 *   <li>for OpenNLP's BIO and BILOU validators, which look at the last outcome only, validity
 *       comes from a table instead of the candidate's whole outcome sequence;
 *   <li>the empty ±8-token window generator NameFinderME runs for additional context lede never
 *       passes is left out.
 * </ul>
 * Not thread-safe.
 */
public final class FastNameFinder implements TokenNameFinder {

  /**
   * Words whose weights are kept: about 0.85 KB each, so some 4 MB per finder. Measured on the
   * CoNLL dev set (10k distinct tokens) from an empty cache: 500 words tag at ~80 %, 5,000 at
   * ~95 % of the speed of an unbounded cache.
   */
  static final int CACHED_WORDS = 5_000;

  private static final String MODEL_ENTRY = "nameFinder.model";
  private static final String OTHER = "other";
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final AdaptiveFeatureGenerator features;
  private final TokenScorer scorer;
  private final Map<String, Context> weights;
  private final String[] outcomes;
  private final int beamSize;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  // allowed[previous + 1][outcome], row 0 at the start; null: ask the validator each time
  private final boolean[][] allowed;
  // weights of the features that depend only on the previous outcomes, by outcome index
  private final Context[] previousOutcome;
  private final Context[] secondPreviousOutcome;
  // weights pairing a token class with the previous outcome, by class, looked up on first need
  private final Map<String, Context[]> classAfterOutcome = new HashMap<>();
  private final int otherIndex;
  // per token, one normalized score vector and beam threshold per (previous, second previous)
  // outcome pair among the candidates
  private final double[][] normalized;
  private final double[] thresholds;
  private final int[] normalizedPairs;

  private FastNameFinder(TokenNameFinderModel model, PerceptronModel perceptron, int cachedWords) {
    this.features = model.getFactory().createFeatureGenerators();
    Object[] data = perceptron.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.weights = pmap;
    this.outcomes = (String[]) data[2];
    this.scorer = new TokenScorer(features, weights, outcomes.length, cachedWords);
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    this.codec = model.getFactory().createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.allowed = transitions(validator, outcomes);
    this.previousOutcome = new Context[outcomes.length];
    this.secondPreviousOutcome = new Context[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      previousOutcome[o] = weights.get("po=" + outcomes[o]);
      secondPreviousOutcome[o] = weights.get("ppo=" + outcomes[o]);
    }
    this.otherIndex = Arrays.asList(outcomes).indexOf(OTHER);
    this.normalized = new double[beamSize][outcomes.length];
    this.thresholds = new double[beamSize];
    this.normalizedPairs = new int[beamSize];
  }

  /** The fast finder for a perceptron model; OpenNLP's own for any other kind. */
  public static TokenNameFinder of(TokenNameFinderModel model) {
    return of(model, CACHED_WORDS);
  }

  static TokenNameFinder of(TokenNameFinderModel model, int cachedWords) {
    Object artifact = model.getArtifact(MODEL_ENTRY);
    if (artifact instanceof PerceptronModel perceptron) {
      return new FastNameFinder(model, perceptron, cachedWords);
    }
    return new NameFinderME(model);
  }

  /**
   * Which outcome may follow which, for OpenNLP's BIO and BILOU validators: they judge an
   * outcome by the one before it alone, so asking them once per pair gives their every answer.
   * Null for any other validator (subclasses included), which is asked with the whole sequence.
   */
  private static boolean[][] transitions(SequenceValidator<String> validator, String[] outcomes) {
    Class<?> kind = validator.getClass();
    if (kind != BilouNameFinderSequenceValidator.class && kind != NameFinderSequenceValidator.class) {
      return null;
    }
    String[] tokens = {"", ""};
    boolean[][] allowed = new boolean[outcomes.length + 1][outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      allowed[0][o] = validator.validSequence(0, tokens, new String[0], outcomes[o]);
      for (int previous = 0; previous < outcomes.length; previous++) {
        allowed[previous + 1][o] = validator.validSequence(1, tokens, new String[] {outcomes[previous]}, outcomes[o]);
      }
    }
    return allowed;
  }

  /** How many words' weights are cached now. */
  int cachedWords() {
    return scorer.cachedWords();
  }

  @Override
  public Span[] find(String[] tokens) {
    WordWeights[] words = scorer.words(tokens);
    double[][] tokenScores = scorer.score(tokens, words);
    PriorityQueue<Candidate> previous = new PriorityQueue<>(beamSize);
    PriorityQueue<Candidate> next = new PriorityQueue<>(beamSize);
    previous.add(new Candidate(null, otherIndex, 0, 0));
    for (int i = 0; i < tokens.length; i++) {
      int candidates = Math.min(beamSize, previous.size());
      int pairsSeen = 0;
      for (int c = 0; c < candidates && !previous.isEmpty(); c++) {
        Candidate top = previous.remove();
        // the start of a sentence counts as "other" for both previous outcomes
        int po = i > 0 ? top.outcome() : otherIndex;
        int ppo = i > 1 ? top.parent().outcome() : otherIndex;
        int pair = po * outcomes.length + ppo;
        int slot = 0;
        while (slot < pairsSeen && normalizedPairs[slot] != pair) {
          slot++;
        }
        double[] scores = normalized[slot];
        if (slot == pairsSeen) {
          pairsSeen++;
          normalizedPairs[slot] = pair;
          System.arraycopy(tokenScores[i], 0, scores, 0, scores.length);
          TokenScorer.add(previousOutcome[po], scores);
          TokenScorer.add(afterOutcome(words[i], tokens[i], po), scores);
          TokenScorer.add(classAfterOutcome(words[i], po), scores);
          TokenScorer.add(secondPreviousOutcome[ppo], scores);
          normalize(scores);
          thresholds[slot] = Beam.kthLargest(scores, beamSize);
        }
        double min = thresholds[slot];
        String[] sofar = allowed == null ? top.outcomes(outcomes) : null;
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

  /** The weights of "pow=" (previous outcome and this token), as DefaultNameContextGenerator names it. */
  private Context afterOutcome(WordWeights word, String token, int outcome) {
    Context found = word.afterOutcome(outcome);
    if (found == null) {
      word.rememberAfterOutcome(outcome, weights.get("pow=" + outcomes[outcome] + "," + token));
      found = word.afterOutcome(outcome);
    }
    return found;
  }

  /** The weights of "powf=" (previous outcome and this token's class). */
  private Context classAfterOutcome(WordWeights word, int outcome) {
    Context[] byOutcome = classAfterOutcome.computeIfAbsent(word.tokenClass(), c -> new Context[outcomes.length]);
    if (byOutcome[outcome] == null) {
      Context found = weights.get("powf=" + outcomes[outcome] + "," + word.tokenClass());
      byOutcome[outcome] = found == null ? WordWeights.ABSENT : found;
    }
    return byOutcome[outcome];
  }

  /** Adds the valid continuations of {@code top} that score at least {@code min}. */
  private void extend(
      Candidate top, String[] sofar, String[] tokens, int i, double[] scores, double min,
      PriorityQueue<Candidate> next) {
    for (int o = 0; o < scores.length; o++) {
      if (scores[o] >= min && valid(top, sofar, tokens, i, o)) {
        Candidate candidate =
            new Candidate(top, o, top.score() + StrictMath.log(scores[o]), top.length() + 1);
        if (candidate.score() > MIN_SEQUENCE_SCORE) {
          next.add(candidate);
        }
      }
    }
  }

  private boolean valid(Candidate top, String[] sofar, String[] tokens, int i, int outcome) {
    if (allowed != null) {
      return allowed[top.length() == 0 ? 0 : top.outcome() + 1][outcome];
    }
    return validator.validSequence(i, tokens, sofar, outcomes[outcome]);
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
