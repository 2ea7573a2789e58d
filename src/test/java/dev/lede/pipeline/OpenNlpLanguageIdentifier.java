package dev.lede.pipeline;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language from OpenNLP's own detector over the original model: the oracle that
 * {@link FastLanguageIdentifier} must match.
 */
final class OpenNlpLanguageIdentifier implements LanguageIdentifier {

  private final LanguageDetectorME detector;

  OpenNlpLanguageIdentifier(LanguageDetectorModel model) {
    this.detector = new LanguageDetectorME(model);
  }

  @Override
  public Language identify(CharSequence text) {
    opennlp.tools.langdetect.Language best = detector.predictLanguages(text)[0];
    return DetectorLanguage.of(best.getLang(), best.getConfidence(), text.length());
  }
}
