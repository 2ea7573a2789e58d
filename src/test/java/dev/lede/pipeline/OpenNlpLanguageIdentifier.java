package dev.lede.pipeline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language from OpenNLP's 103-language detector. Its ISO 639-3 codes are turned into the
 * two-letter ISO 639-1 codes most tools use, where the JDK knows one.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {

  /** Texts shorter than this are scored, but no detector is trustworthy on them. */
  static final int MIN_RELIABLE_CHARS = 40;

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final LanguageDetectorME detector;

  public OpenNlpLanguageIdentifier(LanguageDetectorModel model) {
    this.detector = new LanguageDetectorME(model);
  }

  @Override
  public Language identify(CharSequence text) {
    opennlp.tools.langdetect.Language[] ranked = detector.predictLanguages(text);
    opennlp.tools.langdetect.Language best = ranked[0];
    double confidence = best.getConfidence();
    if (text.length() < MIN_RELIABLE_CHARS) {
      confidence = Math.min(confidence, text.length() / (double) MIN_RELIABLE_CHARS / 2);
    }
    return new Language(ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang()), confidence);
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    // the JDK still lists three languages under codes ISO 639-1 withdrew
    Map<String, String> current = Map.of("iw", "he", "in", "id", "ji", "yi");
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(iso1).getISO3Language(), current.getOrDefault(iso1, iso1));
      } catch (java.util.MissingResourceException noIso3) {
        // a two-letter code with no three-letter form: nothing to map
      }
    }
    return Map.copyOf(map);
  }
}
