package dev.lede.train;

import dev.lede.ner.Gazetteer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A gazetteer from public lists: from those that ship with Java (the Unicode CLDR data), the
 * English names of the world's countries (COUNTRY) and languages (LANGUAGE, which are also the
 * nationality words CoNLL tags MISC: "German", "French") and the cities of the time-zone database
 * (CITY); from datafaker's, first names, regions, nationalities, capitals, teams, airlines and
 * competitions ({@link FakerLists}). Not from CoNLL's own entities, which would teach the model to
 * trust the list blindly.
 */
public final class PublicGazetteer {

  /** Area/City zone ids; three-part ids end in county and region names ("North_Dakota/Center"). */
  private static final String ZONE_AREAS = "(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[^/]+";
  /** Zones named after islands that share a holiday's name, which CoNLL tags MISC. */
  private static final Set<String> NOT_PLACES = Set.of("Easter", "Christmas");

  private PublicGazetteer() {}

  public static Gazetteer build() {
    List<Gazetteer.Entry> entries = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>();
    for (String code : Locale.getISOCountries()) {
      countries.add(clean(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
    }
    add("COUNTRY", countries, entries);
    Set<String> languages = new LinkedHashSet<>();
    for (String code : Locale.getISOLanguages()) {
      languages.add(clean(new Locale(code).getDisplayLanguage(Locale.ENGLISH)));
    }
    add("LANGUAGE", languages, entries);
    Set<String> cities = new LinkedHashSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
      if (id.matches(ZONE_AREAS) && !NOT_PLACES.contains(city)) {
        cities.add(city);
      }
    }
    add("CITY", cities, entries);
    FakerLists.read().forEach((category, names) -> add(category, names, entries));
    return new Gazetteer(entries);
  }

  /** "Myanmar (Burma)" becomes "Myanmar", "Bosnia & Herzegovina" "Bosnia and Herzegovina". */
  private static String clean(String name) {
    return name.replaceAll("\\s*\\(.*\\)", "").replace(" & ", " and ").replace("St. ", "St ").trim();
  }

  private static void add(String category, Set<String> names, List<Gazetteer.Entry> entries) {
    for (String name : names) {
      List<String> tokens = ConllStyleTokenizer.tokenize(name);
      if (!tokens.isEmpty() && !name.contains(" - ") && !name.contains("SAR")) {
        entries.add(new Gazetteer.Entry(category, tokens.toArray(String[]::new)));
      }
    }
  }
}
