package dev.lede.ner;

import dev.lede.inference.Beam;
import dev.lede.inference.Beam.Candidate;
import dev.lede.inference.CompactWeights;
import dev.lede.inference.WordCache;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.ml.BeamSearch;
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
   * Words whose weights are kept per generation of the cache a model's finders share (at most two
   * are): about 0.85 KB each, so some 21 MB per generation. A stream of news
   * has more distinct words than the CoNLL dev set (10k, where 5,000 tagged at ~95 % of the speed
   * of an unbounded cache): on the 1,781 BBC dev articles 20,000 tag 9-10 % faster than 5,000
   * (in-process CPU, alternating runs). 25,000, with the POS tagger's and the tokenizer's larger
   * caches: see {@link dev.lede.pipeline.FastPosTagger#CACHED_WORDS}.
   */
  static final int CACHED_WORDS = 25_000;

  /** The model entry of a name finder's weights, as OpenNLP names it. */
  public static final String MODEL_ENTRY = "nameFinder.model";
  private static final String OTHER = "other";
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final AdaptiveFeatureGenerator features;
  private final TokenScorer scorer;
  private final CompactWeights weights;
  private final String[] outcomes;
  private final int beamSize;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  // allowed[previous + 1][outcome], row 0 at the start; null: ask the validator each time
  private final boolean[][] allowed;
  // weights of the features that depend only on the previous outcomes, by outcome index
  private final int[] previousOutcome;
  private final int[] secondPreviousOutcome;
  // predicates pairing a token class with the previous outcome, by class, looked up on first need
  private final Map<String, int[]> classAfterOutcome = new HashMap<>();
  private final int otherIndex;
  // per token, one normalized score vector and beam threshold per (previous, second previous)
  // outcome pair among the candidates
  private final double[][] normalized;
  private final double[] thresholds;
  private final int[] normalizedPairs;
  // the log of each normalized score, computed when a candidate first needs it (NaN: not yet)
  private final double[][] logs;
  private final double[] beamTop;

  private FastNameFinder(TokenNameFinderModel model, CompactWeights weights, WordCache<WordWeights> words) {
    this.features = model.getFactory().createFeatureGenerators();
    this.weights = weights;
    this.outcomes = weights.outcomes();
    this.scorer = new TokenScorer(features, weights, words);
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    this.codec = model.getFactory().createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.allowed = transitions(validator, outcomes);
    this.previousOutcome = new int[outcomes.length];
    this.secondPreviousOutcome = new int[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      previousOutcome[o] = weights.predicate("po=" + outcomes[o]);
      secondPreviousOutcome[o] = weights.predicate("ppo=" + outcomes[o]);
    }
    this.otherIndex = Arrays.asList(outcomes).indexOf(OTHER);
    this.normalized = new double[beamSize][outcomes.length];
    this.logs = new double[beamSize][outcomes.length];
    this.thresholds = new double[beamSize];
    this.beamTop = new double[beamSize];
    this.normalizedPairs = new int[beamSize];
  }

  /** The fast finder for a perceptron model; OpenNLP's own for any other kind. */
  public static TokenNameFinder of(TokenNameFinderModel model) {
    return of(model, CACHED_WORDS);
  }

  static TokenNameFinder of(TokenNameFinderModel model, int cachedWords) {
    return factory(model, cachedWords).get();
  }

  /**
   * Finders for the model, one per thread, as {@link #of} makes them. The fast ones share one
   * cache of words' weights. The weights are converted to their compact form once, unless the
   * model carries them in that form (as the build's compact model does).
   */
  public static Supplier<TokenNameFinder> factory(TokenNameFinderModel model) {
    return factory(model, CACHED_WORDS);
  }

  static Supplier<TokenNameFinder> factory(TokenNameFinderModel model, int cachedWords) {
    if (model.getArtifact(MODEL_ENTRY) instanceof PerceptronModel) {
      CompactWeights weights = CompactWeights.of(model, MODEL_ENTRY);
      WordCache<WordWeights> words = new WordCache<>(cachedWords);
      return () -> new FastNameFinder(model, weights, words);
    }
    if (CompactWeights.isStripped(model, MODEL_ENTRY)) {
      throw new IllegalArgumentException(
          "the model keeps its weights in compact form, which only the fast finder reads, and it cannot find names with this model");
    }
    return () -> new NameFinderME(model);
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
    Beam.Queue previous = new Beam.Queue();
    Beam.Queue next = new Beam.Queue();
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
          weights.add(previousOutcome[po], scores);
          weights.add(afterOutcome(words[i], tokens[i], po), scores);
          weights.add(classAfterOutcome(words[i], po), scores);
          weights.add(secondPreviousOutcome[ppo], scores);
          normalize(scores);
          thresholds[slot] = Beam.kthLargest(scores, beamTop);
          Arrays.fill(logs[slot], Double.NaN);
        }
        double min = thresholds[slot];
        String[] sofar = allowed == null ? top.outcomes(outcomes) : null;
        extend(top, sofar, tokens, i, scores, logs[slot], min, next);
        if (next.isEmpty()) {
          // as OpenNLP's beam search: if nothing could follow yet, any valid outcome may
          extend(top, sofar, tokens, i, scores, logs[slot], Double.NEGATIVE_INFINITY, next);
        }
      }
      previous.clear();
      Beam.Queue swap = previous;
      previous = next;
      next = swap;
    }
    String[] best = previous.isEmpty() ? new String[0] : previous.remove().outcomes(outcomes);
    features.updateAdaptiveData(tokens, best);
    return codec.decode(Arrays.asList(best));
  }

  /** The predicate "pow=" (previous outcome and this token), as DefaultNameContextGenerator names it. */
  private int afterOutcome(WordWeights word, String token, int outcome) {
    int found = word.afterOutcome(outcome);
    if (found == WordWeights.NOT_LOOKED_UP) {
      found = weights.predicate("pow=", outcomes[outcome], ',', token);
      word.rememberAfterOutcome(outcome, found);
    }
    return found;
  }

  /** The predicate "powf=" (previous outcome and this token's class). */
  private int classAfterOutcome(WordWeights word, int outcome) {
    // get and put, not computeIfAbsent: C1 would allocate the capturing lambda at every token
    int[] byOutcome = classAfterOutcome.get(word.tokenClass());
    if (byOutcome == null) {
      byOutcome = notLookedUp();
      classAfterOutcome.put(word.tokenClass(), byOutcome);
    }
    if (byOutcome[outcome] == WordWeights.NOT_LOOKED_UP) {
      byOutcome[outcome] = weights.predicate("powf=" + outcomes[outcome] + "," + word.tokenClass());
    }
    return byOutcome[outcome];
  }

  private int[] notLookedUp() {
    int[] predicates = new int[outcomes.length];
    Arrays.fill(predicates, WordWeights.NOT_LOOKED_UP);
    return predicates;
  }

  /**
   * Adds the valid continuations of {@code top} that score at least {@code min}; {@code logs}
   * keeps the scores' logs for the other candidates with the same previous outcomes.
   */
  private void extend(
      Candidate top, String[] sofar, String[] tokens, int i, double[] scores, double[] logs, double min,
      Beam.Queue next) {
    for (int o = 0; o < scores.length; o++) {
      if (scores[o] >= min && valid(top, sofar, tokens, i, o)) {
        if (Double.isNaN(logs[o])) {
          logs[o] = StrictMath.log(scores[o]);
        }
        Candidate candidate = new Candidate(top, o, top.score() + logs[o], top.length() + 1);
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
