package dev.lede.pipeline;

import dev.lede.pipeline.Beam.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
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
import opennlp.tools.util.Version;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * Tags exactly as {@link POSTaggerME} does with a maxent model whose feature descriptor asks for
 * {@code cache="true"} (as Apache's UD models do), with one model evaluation per token instead of
 * one per beam candidate.
 *
 * <p>Why that is the same: the cached generator keeps a token's features from the first time they
 * are asked for in a sentence, and the beam search asks first for its best candidate's. So every
 * candidate at a token gets the features — previous tags included — of the best candidate, and
 * the same probabilities; POSTaggerME just computes them once per candidate. Here they are
 * computed once, summed in the same order with the same arithmetic, and the candidates are
 * extended through the same priority queues, so ties break the same way too. Not thread-safe.
 */
public final class FastPosTagger implements UnaryOperator<String[]> {

  private static final String MODEL_ENTRY = "pos.model";
  /** The manifest entry naming the OpenNLP version that wrote a model (BaseModel's, private). */
  private static final String OPENNLP_VERSION = "OpenNLP-Version";
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final AdaptiveFeatureGenerator features;
  private final CompactWeights weights;
  private final String[] outcomes;
  private final int beamSize;
  private final SequenceValidator<String> validator;
  /** The log of the uniform prior every GIS model read from a file starts its sums from. */
  private final double logPrior;

  private FastPosTagger(POSModel model, CompactWeights weights, CachedFeatureGenerator cached, int beamSize) {
    this.features = cached.getCachedFeatureGenerator();
    this.weights = weights;
    this.outcomes = weights.outcomes();
    this.beamSize = beamSize;
    // POSTaggerFactory's own validator only looks at the token and the tag dictionary
    this.validator = model.getFactory().getSequenceValidator();
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
  }

  /**
   * A UD tagger for the model: the fast one when it is a maxent model with a cached configurable
   * feature generator and UD tags, OpenNLP's own otherwise. The weights are converted to their
   * compact form for each tagger, unless the model carries them in that form (as the build's
   * compact models do).
   */
  public static UnaryOperator<String[]> of(POSModel model) {
    POSTaggerFactory factory = model.getFactory();
    int beamSize = beamSize(model);
    if (factory.getClass() == POSTaggerFactory.class
        && model.getArtifact(MODEL_ENTRY) instanceof GISModel
        && usesConfigurableContext(model)
        && factory.createFeatureGenerators() instanceof CachedFeatureGenerator cached
        && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD) {
      return new FastPosTagger(model, CompactWeights.of(model, MODEL_ENTRY), cached, beamSize);
    }
    if (CompactWeights.isStripped(model, MODEL_ENTRY)) {
      throw new IllegalArgumentException(
          "the model keeps its weights in compact form, which only the fast tagger reads, and it cannot tag with this model");
    }
    return new POSTaggerME(model, POSTagFormat.UD)::tag;
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

  private static int beamSize(POSModel model) {
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
  }

  /** The UD tag of each token. */
  @Override
  public String[] apply(String[] tokens) {
    PriorityQueue<Candidate> previous = new PriorityQueue<>(beamSize);
    PriorityQueue<Candidate> next = new PriorityQueue<>(beamSize);
    previous.add(new Candidate(null, -1, 0, 0));
    List<String> tokenFeatures = new ArrayList<>();
    double[] scores = new double[outcomes.length];
    double[] logs = new double[outcomes.length];
    for (int i = 0; i < tokens.length; i++) {
      int candidates = Math.min(beamSize, previous.size());
      Candidate best = previous.remove();
      tokenFeatures.clear();
      features.createFeatures(tokenFeatures, tokens, i, best.outcomes(outcomes));
      evaluate(tokenFeatures, scores);
      double min = Beam.kthLargest(scores, beamSize);
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
      PriorityQueue<Candidate> swap = previous;
      previous = next;
      next = swap;
    }
    return previous.isEmpty() ? new String[0] : previous.remove().outcomes(outcomes);
  }

  /** GISModel's eval: uniform log prior, each feature's weights added in order, then softmax. */
  private void evaluate(List<String> tokenFeatures, double[] scores) {
    for (int o = 0; o < scores.length; o++) {
      scores[o] = logPrior;
    }
    for (String feature : tokenFeatures) {
      weights.add(weights.predicate(feature), scores);
    }
    double sum = 0;
    for (int o = 0; o < scores.length; o++) {
      scores[o] = StrictMath.exp(scores[o]);
      sum += scores[o];
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] /= sum;
    }
  }

  private void extend(
      Candidate top, String[] tokens, int i, double[] scores, double[] logs, double min,
      PriorityQueue<Candidate> next) {
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
