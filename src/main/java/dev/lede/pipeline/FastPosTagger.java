package dev.lede.pipeline;

import dev.lede.inference.Beam;
import dev.lede.inference.Beam.Candidate;
import dev.lede.inference.CompactWeights;
import dev.lede.inference.FeatureSink;
import dev.lede.inference.GisNormalization;
import dev.lede.inference.WeightSums;
import dev.lede.inference.WordCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.Version;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Tags as {@link POSTaggerME} does with a maxent model whose feature descriptor is Apache's default
 * for POS models ({@code cache="true"}, as Apache's UD models have), with one model evaluation per
 * token instead of one per beam candidate, and each word's own features summed once.
 *
 * <p>Why one evaluation is the same: the cached generator keeps a token's features from the first
 * time they are asked for in a sentence, and the beam search asks first for its best candidate's.
 * So every candidate at a token gets the features, previous tags included, of the best candidate,
 * and the same probabilities; POSTaggerME just computes them once per candidate. The candidates
 * are extended through the same priority queues, so ties break the same way too.
 *
 * <p>The features of a token are those of its word (prefixes, suffixes, lower-cased form, shape),
 * one feature for each word up to two places before and after it, its place at the start of the
 * sentence and the previous two tags. A word's part is looked up and summed once and kept in a
 * bounded cache, the rest is one lookup each, also cached: the same sum as GISModel's up to the
 * order of its additions (the last bits of a double, which left every tag of the BBC and CNN/DM dev
 * articles as it was). The decomposition is checked against the model's own feature generator
 * when the factory is made; a model with other features goes to POSTaggerME. Not thread-safe: one
 * per thread, from one {@link #factory} per model.
 */
public final class FastPosTagger implements UnaryOperator<String[]> {

  private static final String MODEL_ENTRY = "pos.model";
  /** The manifest entry naming the OpenNLP version that wrote a model (BaseModel's, private). */
  private static final String OPENNLP_VERSION = "OpenNLP-Version";
  private static final double MIN_SEQUENCE_SCORE = -100000;
  /**
   * Words whose weights are kept per generation of the cache all of a model's taggers share
   * (at most two are): about 300 bytes each. The 1,781 BBC dev articles hold 58,074 distinct
   * words, and a word met for the first time costs the three caches (this one, the tokenizer's
   * and the name finder's) some 20 us together, more than the rest of its analysis. With 30,000
   * here, 40,000 for the tokenizer and 25,000 for the name finder instead of 10,000, 20,000 and
   * 20,000, 26,280 news articles ran in 68.0-68.1 s against 70.1-71.0 s at --threads 2 (2
   * alternating pairs; an earlier pair 71.9 against 76.0 s), BBC dev in 5.41 s against 5.51 s
   * (medians of 6 pairs). The caches live in the fixed heap: peak RSS stays at 272 MiB for those
   * 26,280 articles, and what a full collection leaves grows from 73 to 94 MB of the 215 MB heap.
   */
  static final int CACHED_WORDS = 30_000;
  /** Prefixes and suffixes of up to this many characters (OpenNLP's default). */
  private static final int AFFIX_LENGTH = 4;
  /** Words on each side whose lower-cased form is a feature. */
  private static final int WINDOW = 2;
  /** The head of a word's lower-cased form as a feature, and as a neighbour's k places away. */
  private static final String WORD = "w=";
  private static final String[] WORD_BEFORE = {WORD, neighbour("p", 1, WORD), neighbour("p", 2, WORD)};
  private static final String[] WORD_AFTER = {WORD, neighbour("n", 1, WORD), neighbour("n", 2, WORD)};
  /** Tokens whose features the decomposition is checked on: cases, lengths, digits, accents. */
  private static final String[] PROBE = {
    "Harbour", "FERRIES", "sail", "at", "10:30", "to", "Åland", ",", "e-mail", "it's", "X", "."
  };

  /**
   * A word's part of a token's sum, and its features as a neighbour (-1: not in the model). Never
   * changed once made: the taggers of one model share them.
   */
  private record WordWeights(double[] own, int[] asPrevious, int[] asNext) {}

  private final CompactWeights weights;
  private final String[] outcomes;
  private final int beamSize;
  private final SequenceValidator<String> validator;
  /** The log of the uniform prior every GIS model read from a file starts its sums from. */
  private final double logPrior;
  private final int outcomePrior;
  /** "S=begin" as the first token's own feature and as that of the one or two after it. */
  private final int[] sentenceStart = new int[WINDOW + 1];
  private final int[] previousTag;
  private final int[] previousTwoTags;
  private final WordCache<WordWeights> words;
  private final WeightSums summing;
  private final double[] beamTop;
  // made once: C1 does not inline invokedynamic, and a method reference made per token costs a
  // runtime call to allocate it
  private final Function<String, WordWeights> weigh = this::weigh;

  private FastPosTagger(POSModel model, CompactWeights weights, int beamSize, WordCache<WordWeights> words) {
    this.weights = weights;
    this.summing = new WeightSums(weights);
    this.words = words;
    this.outcomes = weights.outcomes();
    this.beamSize = beamSize;
    this.beamTop = new double[beamSize];
    // POSTaggerFactory's own validator only looks at the token and the tag dictionary
    this.validator = model.getFactory().getSequenceValidator();
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    this.outcomePrior = weights.predicate("def");
    for (int i = 0; i <= WINDOW; i++) {
      sentenceStart[i] = weights.predicate(neighbour("p", i, "S=begin"));
    }
    this.previousTag = new int[outcomes.length];
    this.previousTwoTags = new int[outcomes.length * outcomes.length];
    for (int a = 0; a < outcomes.length; a++) {
      previousTag[a] = weights.predicate("t=" + outcomes[a]);
      for (int b = 0; b < outcomes.length; b++) {
        previousTwoTags[a * outcomes.length + b] = weights.predicate("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
  }

  /**
   * A UD tagger for the model: the fast one when it is a maxent model with a cached configurable
   * feature generator of the default features and UD tags, OpenNLP's own otherwise.
   */
  public static UnaryOperator<String[]> of(POSModel model) {
    return factory(model).get();
  }

  /**
   * UD taggers for the model, one per thread, as {@link #of} makes them. The fast ones share one
   * cache of words' weights. The weights are converted to their compact form once, unless the
   * model carries them in that form (as the build's compact models do).
   */
  public static Supplier<UnaryOperator<String[]>> factory(POSModel model) {
    POSTaggerFactory factory = model.getFactory();
    if (factory.getClass() == POSTaggerFactory.class
        && model.getArtifact(MODEL_ENTRY) instanceof GISModel
        && usesConfigurableContext(model)
        && factory.createFeatureGenerators() instanceof CachedFeatureGenerator cached
        && hasDefaultFeatures(cached.getCachedFeatureGenerator())
        && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD) {
      CompactWeights weights = CompactWeights.of(model, MODEL_ENTRY);
      int beamSize = beamSize(model);
      WordCache<WordWeights> words = new WordCache<>(CACHED_WORDS);
      return () -> new FastPosTagger(model, weights, beamSize, words);
    }
    if (CompactWeights.isStripped(model, MODEL_ENTRY)) {
      throw new IllegalArgumentException(
          "the model keeps its weights in compact form, which only the fast tagger reads, and it cannot tag with this model");
    }
    return () -> new POSTaggerME(model, POSTagFormat.UD)::tag;
  }

  /**
   * Whether POSTaggerME would build its features with the model's descriptor
   * ({@link ConfigurablePOSContextGenerator}): models written since OpenNLP 1.8. Asked of the
   * manifest, as the factory does, rather than by building that generator, which parses the
   * descriptor's XML once more for every thread.
   */
  private static boolean usesConfigurableContext(POSModel model) {
    Version written = Version.parse(model.getManifestProperty(OPENNLP_VERSION));
    return written.getMajor() > 1 || written.getMinor() >= 8;
  }

  /** Whether the generator gives each token of the probe sentence the features this tagger sums. */
  static boolean hasDefaultFeatures(AdaptiveFeatureGenerator generator) {
    String[] tags = new String[PROBE.length];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = "T" + i;
    }
    for (int i = 0; i < PROBE.length; i++) {
      List<String> expected = new ArrayList<>();
      generator.createFeatures(expected, PROBE, i, tags);
      List<String> summed = new ArrayList<>(List.of("def"));
      ownFeatures(PROBE[i], StringUtil.toLowerCase(PROBE[i]), FeatureSink.of(summed));
      for (int k = 1; k <= WINDOW; k++) {
        if (i - k >= 0) {
          summed.add(neighbour("p", k, word(StringUtil.toLowerCase(PROBE[i - k]))));
        }
        if (i + k < PROBE.length) {
          summed.add(neighbour("n", k, word(StringUtil.toLowerCase(PROBE[i + k]))));
        }
      }
      if (i <= WINDOW) {
        summed.add(neighbour("p", i, "S=begin"));
      }
      if (i >= 1) {
        summed.add("t=" + tags[i - 1]);
      }
      if (i >= 2) {
        summed.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
      }
      expected.sort(null);
      summed.sort(null);
      if (!expected.equals(summed)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The features of a token that depend on its word alone, in the order OpenNLP makes them;
   * {@code lowerCase} is the token as OpenNLP lower-cases it.
   */
  private static void ownFeatures(String token, String lowerCase, FeatureSink features) {
    int affixes = Math.min(AFFIX_LENGTH, token.length());
    for (int n = 1; n <= affixes; n++) {
      features.add("suf=", token, token.length() - n, token.length());
    }
    for (int n = 1; n <= affixes; n++) {
      features.add("pre=", token, 0, n);
    }
    String shape = FeatureGeneratorUtil.tokenFeature(token);
    features.add(WORD, lowerCase);
    features.add("wc=", shape);
    features.add("w&c=", lowerCase, shape);
  }

  private static String word(String lowerCase) {
    return WORD + lowerCase;
  }

  /** A feature as OpenNLP's window generator names it for a token {@code distance} away. */
  private static String neighbour(String side, int distance, String feature) {
    return distance == 0 ? feature : side + distance + feature;
  }

  private static int beamSize(POSModel model) {
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
  }

  /** The UD tag of each token. */
  @Override
  public String[] apply(String[] tokens) {
    WordWeights[] sentence = new WordWeights[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      sentence[i] = words.get(tokens[i], weigh);
    }
    Beam.Queue previous = new Beam.Queue();
    Beam.Queue next = new Beam.Queue();
    previous.add(new Candidate(null, -1, 0, 0));
    double[] scores = new double[outcomes.length];
    double[] logs = new double[outcomes.length];
    for (int i = 0; i < tokens.length; i++) {
      int candidates = Math.min(beamSize, previous.size());
      Candidate best = previous.remove();
      evaluate(sentence, i, best, scores);
      double min = Beam.kthLargest(scores, beamTop);
      // only outcomes in the beam need their log, unless nothing could follow (see extend)
      for (int o = 0; o < scores.length; o++) {
        logs[o] = scores[o] >= min ? StrictMath.log(scores[o]) : Double.NaN;
      }
      Candidate top = best;
      for (int c = 0; c < candidates; c++) {
        if (c > 0) {
          if (previous.isEmpty()) {
            break;
          }
          top = previous.remove();
        }
        extend(top, tokens, i, scores, logs, min, next);
        if (next.isEmpty()) {
          // as OpenNLP's beam search: if nothing could follow yet, any valid outcome may
          extend(top, tokens, i, scores, logs, Double.NEGATIVE_INFINITY, next);
        }
      }
      previous.clear();
      Beam.Queue swap = previous;
      previous = next;
      next = swap;
    }
    return previous.isEmpty() ? new String[0] : previous.remove().outcomes(outcomes);
  }

  private WordWeights weigh(String token) {
    // OpenNLP lower-cases through a code-point stream: once per word is enough
    String lowerCase = StringUtil.toLowerCase(token);
    double[] own = new double[outcomes.length];
    summing.into(own);
    ownFeatures(token, lowerCase, summing);
    int[] asPrevious = new int[WINDOW + 1];
    int[] asNext = new int[WINDOW + 1];
    for (int k = 1; k <= WINDOW; k++) {
      asPrevious[k] = weights.predicate(WORD_BEFORE[k], lowerCase, 0, lowerCase.length());
      asNext[k] = weights.predicate(WORD_AFTER[k], lowerCase, 0, lowerCase.length());
    }
    return new WordWeights(own, asPrevious, asNext);
  }

  /** GISModel's eval of token i's features: uniform log prior, the weights added, then softmax. */
  private void evaluate(WordWeights[] sentence, int i, Candidate best, double[] scores) {
    Arrays.fill(scores, logPrior);
    weights.add(outcomePrior, scores);
    double[] own = sentence[i].own();
    for (int o = 0; o < scores.length; o++) {
      scores[o] += own[o];
    }
    for (int k = 1; k <= WINDOW; k++) {
      if (i - k >= 0) {
        weights.add(sentence[i - k].asPrevious()[k], scores);
      }
      if (i + k < sentence.length) {
        weights.add(sentence[i + k].asNext()[k], scores);
      }
    }
    if (i <= WINDOW) {
      weights.add(sentenceStart[i], scores);
    }
    if (i >= 1) {
      weights.add(previousTag[best.outcome()], scores);
    }
    if (i >= 2) {
      weights.add(previousTwoTags[best.parent().outcome() * outcomes.length + best.outcome()], scores);
    }
    GisNormalization.normalize(scores);
  }

  private void extend(
      Candidate top, String[] tokens, int i, double[] scores, double[] logs, double min,
      Beam.Queue next) {
    for (int o = 0; o < scores.length; o++) {
      if (scores[o] >= min && validator.validSequence(i, tokens, null, outcomes[o])) {
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
}
