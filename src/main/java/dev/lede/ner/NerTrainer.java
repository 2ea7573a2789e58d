package dev.lede.ner;

import java.io.IOException;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains lede's name finder over the descriptor's features, with BILOU tags (begin, inside,
 * last, unit, other), which beat OpenNLP's default BIO tags on CoNLL-2003. Each sample's document
 * (samples from one clear-adaptive-data flag to the next) is its {@link DocumentContext}.
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
    // a null type keeps each sample's own entity types; OpenNLP makes each sample's features as
    // it reads the sample, on this thread, so the stream can name the sample's document first
    try (DocumentSamples stream = new DocumentSamples(DocumentContext.byDocument(samples))) {
      return NameFinderME.train("en", null, stream, parameters, factory);
    }
  }

  /** The samples in order, each document made this thread's {@link DocumentContext} as it begins. */
  private static final class DocumentSamples implements ObjectStream<NameSample> {

    private final List<List<NameSample>> documents;
    private int document;
    private int sentence;
    private DocumentContext.Scope scope;

    DocumentSamples(List<List<NameSample>> documents) {
      this.documents = documents;
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
        scope = DocumentContext.enter(DocumentContext.sentences(samples));
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
}
