package dev.lede.analysis;

import dev.lede.inference.CompactLanguageModel;
import dev.lede.inference.CompactWeights;
import dev.lede.inference.ModelResources;
import dev.lede.ner.OpenNlpEntityFinder;
import dev.lede.numeric.NumericEntityFinder;
import dev.lede.pipeline.CombinedEntityFinder;
import dev.lede.pipeline.FastLanguageIdentifier;
import dev.lede.pipeline.OpenNlpPosTagger;
import dev.lede.pipeline.OpenNlpSentenceSplitter;
import dev.lede.pipeline.OpenNlpTokenizer;
import dev.lede.pipeline.Stages;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The models lede runs on, loaded once per process from the classpath and shared by every
 * thread (OpenNLP models are thread-safe; the {@code *ME} classes that use them are not, so
 * {@link #newAnalyzer} gives each thread its own).
 */
public final class Models {

  /** Apache's English models, from their Maven Central artifacts. */
  public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Read by the build, which writes its compact form {@link CompactLanguageModel#RESOURCE}. */
  public static final String LANGUAGE_MODEL = "/langdetect-183.bin";
  /** lede's own name finder, trained on CoNLL-2003 (see the note beside it). */
  public static final String NER_MODEL = "/dev/lede/ner/lede-ner-en.bin";
  /**
   * The compact forms of {@link #TOKEN_MODEL}, {@link #POS_MODEL} and {@link #NER_MODEL} that the
   * build writes (CompactModelWriter, run by pom.xml) and lede runs on: the same models, with weights that
   * load in a few bulk reads ({@link CompactWeights}).
   */
  public static final String TOKEN_MODEL_COMPACT = "/dev/lede/pipeline/opennlp-en-ud-ewt-tokens-1.3-2.5.4.compact.bin";
  public static final String POS_MODEL_COMPACT = "/dev/lede/pipeline/opennlp-en-ud-ewt-pos-1.3-2.5.4.compact.bin";
  public static final String NER_MODEL_COMPACT = "/dev/lede/ner/lede-ner-en.compact.bin";

  private final SentenceModel sentenceModel;
  private final CompactLanguageModel languageModel;
  // what a model makes of a word is computed once for every thread (WordCache)
  private final Supplier<OpenNlpTokenizer> tokenizers;
  private final Supplier<OpenNlpPosTagger> posTaggers;
  private final Supplier<OpenNlpEntityFinder> nameFinders;

  private Models(
      SentenceModel sentenceModel,
      Supplier<OpenNlpTokenizer> tokenizers,
      Supplier<OpenNlpPosTagger> posTaggers,
      CompactLanguageModel languageModel,
      Supplier<OpenNlpEntityFinder> nameFinders) {
    this.sentenceModel = sentenceModel;
    this.languageModel = languageModel;
    this.tokenizers = tokenizers;
    this.posTaggers = posTaggers;
    this.nameFinders = nameFinders;
  }

  /**
   * Loads every model from the classpath. The language model and the name finder, the two
   * largest, load on threads of their own while the others load on this one: a one-article run
   * spends much of its time here, and on two cores this nearly halves it. Each tagger's factory
   * (its feature generators, checked against the model's) is made on the thread that loaded its
   * model, as soon as it is loaded: made after the last model, the factories took a one-article
   * run's last 25-30 ms of loading.
   */
  public static Models load() {
    CompletableFuture<CompactLanguageModel> language =
        inBackground(() -> CompactLanguageModel.load(CompactLanguageModel.RESOURCE, LANGUAGE_MODEL));
    CompletableFuture<Supplier<OpenNlpEntityFinder>> nameFinders =
        inBackground(
            () -> OpenNlpEntityFinder.factory(ModelResources.loadCompact(NER_MODEL_COMPACT, NER_MODEL, TokenNameFinderModel::new)));
    SentenceModel sentences = ModelResources.load(SENTENCE_MODEL, SentenceModel::new);
    Supplier<OpenNlpTokenizer> tokenizers =
        OpenNlpTokenizer.factory(ModelResources.loadCompact(TOKEN_MODEL_COMPACT, TOKEN_MODEL, TokenizerModel::new));
    Supplier<OpenNlpPosTagger> posTaggers =
        OpenNlpPosTagger.factory(ModelResources.loadCompact(POS_MODEL_COMPACT, POS_MODEL, POSModel::new));
    return new Models(sentences, tokenizers, posTaggers, join(language), join(nameFinders));
  }

  /**
   * Starts loading the models now and gives them when asked, waiting for what is not loaded yet:
   * the command line calls this first, so that loading overlaps the JVM's work of parsing the
   * arguments and setting up the output.
   */
  public static Supplier<Models> loadInBackground() {
    CompletableFuture<Models> models = inBackground(Models::load);
    return () -> join(models);
  }

  private static <T> CompletableFuture<T> inBackground(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, Models::startDaemon);
  }

  private static <T> T join(CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static void startDaemon(Runnable task) {
    Thread thread = new Thread(task, "lede-model-load");
    thread.setDaemon(true);
    thread.start();
  }

  /** Loads a name-finder model from the classpath. */
  public static TokenNameFinderModel loadNer(String resource) {
    return ModelResources.load(resource, TokenNameFinderModel::new);
  }

  /** A new analyzer for the calling thread, over these shared models. */
  public ArticleAnalyzer newAnalyzer() {
    return new ArticleAnalyzer(newStages());
  }

  /** A new set of stages for the calling thread, over these shared models. */
  public Stages newStages() {
    return new Stages(
        new FastLanguageIdentifier(languageModel),
        new OpenNlpSentenceSplitter(sentenceModel),
        tokenizers.get(),
        posTaggers.get(),
        new CombinedEntityFinder(
            List.of(nameFinders.get(), new NumericEntityFinder())));
  }
}
