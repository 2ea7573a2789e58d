package dev.lede.summary;

import dev.lede.pipeline.ArticleAnalyzer;
import dev.lede.pipeline.OpenNlpLanguageIdentifier;
import dev.lede.pipeline.OpenNlpPosTagger;
import dev.lede.pipeline.OpenNlpSentenceSplitter;
import dev.lede.pipeline.OpenNlpTokenizer;
import dev.lede.pipeline.Stages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The pipeline on Apache's models alone, with no named-entity model: tests must not depend on
 * lede's NER model, so these analyzers find no mentions.
 */
public final class ApachePipeline {

  private static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
  private static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
  private static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
  private static final LanguageDetectorModel LANGUAGE = load("/langdetect-183.bin", LanguageDetectorModel::new);

  private ApachePipeline() {}

  public static ArticleAnalyzer newAnalyzer() {
    return new ArticleAnalyzer(
        new Stages(
            new OpenNlpLanguageIdentifier(LANGUAGE),
            new OpenNlpSentenceSplitter(SENTENCES),
            new OpenNlpTokenizer(TOKENS),
            new OpenNlpPosTagger(POS),
            sentences -> List.of()));
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Reader<T> reader) {
    try (InputStream in = ApachePipeline.class.getResourceAsStream(resource)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
