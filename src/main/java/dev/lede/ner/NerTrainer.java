package dev.lede.ner;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains lede's name finder over the descriptor's features, with BILOU tags (begin, inside,
 * last, unit, other), which beat OpenNLP's default BIO tags on CoNLL-2003.
 */
public final class NerTrainer {

  private NerTrainer() {}

  public static TokenNameFinderModel train(List<NameSample> samples, NerTrainingConfig config)
      throws IOException {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm().name());
    parameters.put(TrainingParameters.THREADS_PARAM, config.threads());
    parameters.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    parameters.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, config.beamSize());
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(
            null, config.featureDescriptor(), config.resources(), new BilouCodec());
    // a null type keeps each sample's own entity types
    return NameFinderME.train(
        "en", null, new CollectionObjectStream<>(samples), parameters, factory);
  }

  /**
   * OpenNLP's out-of-box name finder, as its command-line trainer ({@code opennlp
   * TokenNameFinderTrainer}) makes it when given no options: OpenNLP's default feature
   * generators, BIO tags, and the defaults NameFinderME.train fills in (averaged perceptron,
   * 300 iterations, cutoff 0, beam 3). lede's speed and accuracy are reported against it.
   */
  public static TokenNameFinderModel trainOpenNlpDefault(List<NameSample> samples) throws IOException {
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec());
    // empty parameters: NameFinderME.train fills in its own defaults, as for OpenNLP's tool
    return NameFinderME.train(
        "en", null, new CollectionObjectStream<>(samples), new TrainingParameters(), factory);
  }
}
