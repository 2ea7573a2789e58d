package dev.lede.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains lede's name finder over the descriptor's features, with BILOU tags (begin, inside,
 * last, unit, other), which beat OpenNLP's default BIO tags on CoNLL-2003. Each sample's document
 * (samples from one clear-adaptive-data flag to the next) is its {@link DocumentContext}. With a
 * first pass, the model returned is the second pass, with the first-pass model inside it.
 */
public final class NerTrainer {

  private NerTrainer() {}

  public static TokenNameFinderModel train(List<NameSample> samples, NerTrainingConfig config)
      throws IOException {
    List<List<NameSample>> documents = DocumentContext.byDocument(samples);
    if (config.firstPass() == null) {
      return trainOnePass(documents, config);
    }
    NerTrainingConfig first = config.firstPassConfig();
    List<List<Span[]>> firstPassNames = crossPredict(documents, first, config.firstPass().folds());
    Map<String, Object> resources = new HashMap<>(config.resources());
    resources.put(FirstPassFeatureGeneratorFactory.RESOURCE, new FirstPassModel(trainOnePass(documents, first)));
    NerTrainingConfig second =
        config.secondPassConfig(FirstPassFeatureGeneratorFactory.addTo(config.featureDescriptor()), resources);
    // the second pass's previous-label feature remembers gold labels: the folds serve the first pass
    return train(documents, null, firstPassNames, second);
  }

  private static TokenNameFinderModel trainOnePass(List<List<NameSample>> documents, NerTrainingConfig config)
      throws IOException {
    List<List<String[]>> predicted = null;
    if (config.folds() > 1) {
      SequenceCodec<String> codec = new BilouCodec();
      predicted = new ArrayList<>(documents.size());
      List<List<Span[]>> names = crossPredict(documents, config, config.folds());
      for (int d = 0; d < documents.size(); d++) {
        List<String[]> outcomes = new ArrayList<>();
        for (int s = 0; s < names.get(d).size(); s++) {
          String[] sentence = documents.get(d).get(s).getSentence();
          outcomes.add((String[]) codec.encode(names.get(d).get(s), sentence.length));
        }
        predicted.add(outcomes);
      }
    }
    return train(documents, predicted, null, config);
  }

  /**
   * The names in each document's sentences as found by a model trained on the other folds
   * (document i is in fold i mod folds), so that document-level features learn from labels as
   * fallible as a tagger's.
   */
  private static List<List<Span[]>> crossPredict(
      List<List<NameSample>> documents, NerTrainingConfig config, int folds) throws IOException {
    List<List<Span[]>> predicted = new ArrayList<>(Collections.nCopies(documents.size(), null));
    for (int fold = 0; fold < folds; fold++) {
      List<List<NameSample>> rest = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        if (d % folds != fold) {
          rest.add(documents.get(d));
        }
      }
      TokenNameFinder finder = FastNameFinder.of(train(rest, null, null, config.withFolds(0)));
      for (int d = fold; d < documents.size(); d += folds) {
        List<String[]> sentences = DocumentContext.sentences(documents.get(d));
        List<Span[]> names = new ArrayList<>(sentences.size());
        finder.clearAdaptiveData();
        try (DocumentContext.Scope scope = DocumentContext.enter(sentences)) {
          for (String[] sentence : sentences) {
            names.add(finder.find(sentence));
          }
        }
        predicted.set(d, names);
      }
    }
    return predicted;
  }

  /**
   * {@code predicted}: each document's outcomes for the previous-label feature, or null for gold
   * ones; {@code firstPassNames}: each document's first-pass names, or null without a first pass.
   */
  private static TokenNameFinderModel train(
      List<List<NameSample>> documents, List<List<String[]>> predicted, List<List<Span[]>> firstPassNames,
      NerTrainingConfig config) throws IOException {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm().name());
    parameters.put(TrainingParameters.THREADS_PARAM, config.threads());
    parameters.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    parameters.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, config.beamSize());
    TokenNameFinderFactory factory =
        TokenNameFinderFactory.create(
            null, config.featureDescriptor(), config.resources(), new BilouCodec());
    // a null type keeps each sample's own entity types; OpenNLP makes each sample's features as
    // it reads the sample, on this thread, so the stream can name the sample's document first
    try (DocumentSamples stream = new DocumentSamples(documents, predicted, firstPassNames)) {
      return NameFinderME.train("en", null, stream, parameters, factory);
    }
  }

  /** The samples in order, each document made this thread's {@link DocumentContext} as it begins. */
  private static final class DocumentSamples implements ObjectStream<NameSample> {

    private final List<List<NameSample>> documents;
    private final List<List<String[]>> predicted;
    private final List<List<Span[]>> firstPassNames;
    private int document;
    private int sentence;
    private DocumentContext.Scope scope;

    DocumentSamples(
        List<List<NameSample>> documents, List<List<String[]>> predicted, List<List<Span[]>> firstPassNames) {
      this.documents = documents;
      this.predicted = predicted;
      this.firstPassNames = firstPassNames;
    }

    @Override
    public NameSample read() {
      if (document < documents.size() && sentence == documents.get(document).size()) {
        document++;
        sentence = 0;
      }
      if (document == documents.size()) {
        return null;
      }
      List<NameSample> samples = documents.get(document);
      if (sentence == 0) {
        close();
        List<String[]> sentences = DocumentContext.sentences(samples);
        scope = DocumentContext.enter(
            sentences,
            predicted == null ? null : predicted.get(document),
            firstPassNames == null ? null : firstPassNames.get(document));
      }
      return samples.get(sentence++);
    }

    @Override
    public void reset() {
      close();
      document = 0;
      sentence = 0;
    }

    @Override
    public void close() {
      if (scope != null) {
        scope.close();
        scope = null;
      }
    }
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
