package dev.lede.pipeline;

import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.analysis.Models;
import dev.lede.inference.CompactLanguageModel;
import dev.lede.inference.ModelResources;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Apache's English models, loaded once for the whole test run, and fresh stages over them:
 * for tests that must not depend on lede's own name-finder model.
 */
public final class ApacheModels {

  private static final SentenceModel SENTENCES = ModelResources.load(Models.SENTENCE_MODEL, SentenceModel::new);
  private static final TokenizerModel TOKENS = ModelResources.load(Models.TOKEN_MODEL, TokenizerModel::new);
  private static final POSModel POS = ModelResources.load(Models.POS_MODEL, POSModel::new);

  /** The language model is large: loaded only by the tests that ask for it. */
  private static final class Language {
    static final CompactLanguageModel MODEL =
        CompactLanguageModel.load(CompactLanguageModel.RESOURCE, Models.LANGUAGE_MODEL);
  }

  private ApacheModels() {}

  public static POSModel posModel() {
    return POS;
  }

  /** The POS model's maxent model, whose weights the fast tagger reads. */
  public static GISModel posWeights() {
    return (GISModel) POS.getArtifact("pos.model");
  }

  /** A maxent or perceptron model's contexts (outcomes and their weights), by feature. */
  @SuppressWarnings("unchecked")
  public static Map<String, Context> predicates(AbstractModel model) {
    return (Map<String, Context>) model.getDataStructures()[1];
  }

  public static OpenNlpSentenceSplitter sentenceSplitter() {
    return new OpenNlpSentenceSplitter(SENTENCES);
  }

  public static OpenNlpTokenizer tokenizer() {
    return new OpenNlpTokenizer(TOKENS);
  }

  public static OpenNlpPosTagger posTagger() {
    return new OpenNlpPosTagger(POS);
  }

  /** An analyzer on Apache's models whose entity finder finds nothing. */
  public static ArticleAnalyzer analyzerWithoutEntities() {
    return new ArticleAnalyzer(
        new Stages(
            new FastLanguageIdentifier(Language.MODEL),
            sentenceSplitter(),
            tokenizer(),
            posTagger(),
            sentences -> List.of()));
  }
}
