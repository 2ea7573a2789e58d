package dev.lede.train;

import dev.lede.ner.DocumentContext;
import dev.lede.ner.FastNameFinder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.perceptron.PerceptronModel;
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
import opennlp.tools.util.TrainingParameters;

/**
 * Trains lede's name finder over the descriptor's features, with BILOU tags (begin, inside,
 * last, unit, other), which beat OpenNLP's default BIO tags on CoNLL-2003. Each sample's document
 * (samples from one clear-adaptive-data flag to the next) is its {@link DocumentContext}. With
 * several orders, one perceptron is trained per order of the documents (their own, then shuffled
 * by seeds 1, 2 ...), side by side on the machine's cores, and the model is their average
 * ({@link PerceptronAverage}); each run is deterministic, so the model is too.
 */
public final class NerTrainer {

  private NerTrainer() {}

  public static TokenNameFinderModel train(List<NameSample> samples, NerTrainingConfig config)
      throws IOException {
    List<List<NameSample>> documents = DocumentContext.byDocument(samples);
    List<List<String[]>> predicted = config.folds() > 1 ? crossPredict(documents, config) : null;
    return trainOrders(documents, predicted, config);
  }

  private static TokenNameFinderModel trainOrders(
      List<List<NameSample>> documents, List<List<String[]>> predicted, NerTrainingConfig config)
      throws IOException {
    if (config.orders() == 1) {
      return train(documents, predicted, config);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(config.orders(), Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<TokenNameFinderModel>> runs = new ArrayList<>();
      for (int order = 0; order < config.orders(); order++) {
        List<Integer> permutation = permutation(documents.size(), order);
        List<List<NameSample>> shuffled = reorder(documents, permutation);
        List<List<String[]>> shuffledPredicted = predicted == null ? null : reorder(predicted, permutation);
        runs.add(pool.submit(() -> train(shuffled, shuffledPredicted, config)));
      }
      List<PerceptronModel> perceptrons = new ArrayList<>();
      for (Future<TokenNameFinderModel> run : runs) {
        perceptrons.add(run.get().getArtifact(FastNameFinder.MODEL_ENTRY));
      }
      return new TokenNameFinderModel(
          "en", PerceptronAverage.of(perceptrons), config.beamSize(), config.featureDescriptor(),
          config.resources(), Map.of(), new BilouCodec(), factory(config));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while training");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The document indices in order 0 (their own) or shuffled by the order as seed. */
  static List<Integer> permutation(int size, int order) {
    List<Integer> indices = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      indices.add(i);
    }
    if (order > 0) {
      Collections.shuffle(indices, new Random(order));
    }
    return indices;
  }

  private static <T> List<T> reorder(List<T> items, List<Integer> permutation) {
    List<T> reordered = new ArrayList<>(items.size());
    for (int index : permutation) {
      reordered.add(items.get(index));
    }
    return reordered;
  }

  /**
   * Each document's outcomes as predicted by a model trained on the other folds (document i is in
   * fold i mod folds), so that document-level features learn from labels as fallible as a
   * tagger's.
   */
  private static List<List<String[]>> crossPredict(List<List<NameSample>> documents, NerTrainingConfig config)
      throws IOException {
    int folds = config.folds();
    List<List<String[]>> predicted = new ArrayList<>(Collections.nCopies(documents.size(), null));
    for (int fold = 0; fold < folds; fold++) {
      List<List<NameSample>> rest = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        if (d % folds != fold) {
          rest.add(documents.get(d));
        }
      }
      TokenNameFinderModel model = trainOrders(rest, null, config.withFolds(0));
      TokenNameFinder finder = FastNameFinder.of(model);
      SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
      for (int d = fold; d < documents.size(); d += folds) {
        List<String[]> sentences = DocumentContext.sentences(documents.get(d));
        List<String[]> outcomes = new ArrayList<>(sentences.size());
        finder.clearAdaptiveData();
        try (DocumentContext.Scope scope = DocumentContext.enter(sentences)) {
          for (String[] sentence : sentences) {
            outcomes.add((String[]) codec.encode(finder.find(sentence), sentence.length));
          }
        }
        predicted.set(d, outcomes);
      }
    }
    return predicted;
  }

  private static TokenNameFinderModel train(
      List<List<NameSample>> documents, List<List<String[]>> predicted, NerTrainingConfig config)
      throws IOException {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm().name());
    parameters.put(TrainingParameters.THREADS_PARAM, config.threads());
    parameters.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    parameters.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, config.beamSize());
    TokenNameFinderFactory factory = factory(config);
    // a null type keeps each sample's own entity types; OpenNLP makes each sample's features as
    // it reads the sample, on this thread, so the stream can name the sample's document first
    try (DocumentSamples stream = new DocumentSamples(documents, predicted)) {
      return NameFinderME.train("en", null, stream, parameters, factory);
    }
  }

  private static TokenNameFinderFactory factory(NerTrainingConfig config) throws IOException {
    return TokenNameFinderFactory.create(null, config.featureDescriptor(), config.resources(), new BilouCodec());
  }

  /** The samples in order, each document made this thread's {@link DocumentContext} as it begins. */
  private static final class DocumentSamples implements ObjectStream<NameSample> {

    private final List<List<NameSample>> documents;
    private final List<List<String[]>> predicted;
    private int document;
    private int sentence;
    private DocumentContext.Scope scope;

    /** {@code predicted}: each document's predicted outcomes, or null to remember gold ones. */
    DocumentSamples(List<List<NameSample>> documents, List<List<String[]>> predicted) {
      this.documents = documents;
      this.predicted = predicted;
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
        scope = predicted == null
            ? DocumentContext.enter(sentences)
            : DocumentContext.enter(sentences, predicted.get(document));
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
