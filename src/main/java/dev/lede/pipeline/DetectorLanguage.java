package dev.lede.pipeline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a language detector's verdict into lede's {@link Language}: the ISO 639-3 code into the
 * two-letter ISO 639-1 code most tools use where the JDK knows one, and the confidence capped on
 * texts too short for any detector to be trusted.
 */
final class DetectorLanguage {

  /** Texts shorter than this are scored, but no detector is trustworthy on them. */
  static final int MIN_RELIABLE_CHARS = 40;

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private DetectorLanguage() {}

  /** The language for a detector's best ISO 639-3 code and confidence on a text of this length. */
  static Language of(String iso3, double confidence, int textLength) {
    if (textLength < MIN_RELIABLE_CHARS) {
      confidence = Math.min(confidence, textLength / (double) MIN_RELIABLE_CHARS / 2);
    }
    return new Language(ISO3_TO_ISO1.getOrDefault(iso3, iso3), confidence);
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
