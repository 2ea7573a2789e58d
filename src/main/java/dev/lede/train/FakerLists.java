package dev.lede.train;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Name lists from datafaker's locale data (net.datafaker:datafaker, Apache License 2.0; its lists
 * come from the Ruby faker project, MIT): first names of every locale written in Latin letters
 * (FIRST_NAME), states and regions (REGION), and from the English data nationality words
 * (DEMONYM), capitals (CAPITAL), sports teams (TEAM), airlines (AIRLINE) and competitions
 * (EVENT). Read from the YAML files on the classpath; none of datafaker's code runs.
 */
final class FakerLists {

  /** The English lists, {@code file: category <- section.key...}. */
  private static final Map<String, Map<String, List<String>>> ENGLISH =
      Map.of(
          "demographic.yml", Map.of("DEMONYM", List.of("demographic.demonym")),
          "nation.yml", Map.of("DEMONYM", List.of("nation.nationality"), "CAPITAL", List.of("nation.capital_city")),
          "country.yml", Map.of("CAPITAL", List.of("country.capital")),
          "football.yml", Map.of("TEAM", List.of("football.teams"), "EVENT", List.of("football.competitions")),
          "englandfootball.yml",
              Map.of("TEAM", List.of("englandfootball.teams"), "EVENT", List.of("englandfootball.leagues")),
          "basketball.yml", Map.of("TEAM", List.of("basketball.teams")),
          "baseball.yml", Map.of("TEAM", List.of("baseball.teams")),
          "formula1.yml", Map.of("TEAM", List.of("formula1.team"), "EVENT", List.of("formula1.grand_prix")),
          "cricket.yml", Map.of("EVENT", List.of("cricket.tournaments")),
          "aviation.yml", Map.of("AIRLINE", List.of("aviation.airline")));

  private static final String ENGLISH_NAMES = "/en/name.yml";

  /** A name in Latin letters (no template such as "#{first_name}", no other script). */
  private static final Pattern LATIN = Pattern.compile("[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'.\\- ]+");

  private FakerLists() {}

  /** Names by category, each category's names sorted, so that a model built on them is reproducible. */
  static SortedMap<String, SortedSet<String>> read() {
    URL url = FakerLists.class.getResource(ENGLISH_NAMES);
    if (url == null) {
      throw new IllegalStateException(ENGLISH_NAMES + " (datafaker's name lists) is missing from the classpath");
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return read(Path.of(uri).getParent().getParent());
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return read(jar.getPath("/"));
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read datafaker's name lists at " + url + ": " + e.getMessage(), e);
    }
  }

  /** Reads every locale's file in {@code root} and the English files in {@code root/en}. */
  private static SortedMap<String, SortedSet<String>> read(Path root) throws IOException {
    SortedMap<String, SortedSet<String>> lists = new TreeMap<>();
    for (Path file : yamlFiles(root)) {
      addPeopleAndPlaces(parse(file), lists);
    }
    for (Path file : yamlFiles(root.resolve("en"))) {
      String name = file.getFileName().toString();
      if (name.equals("name.yml") || name.equals("address.yml")) {
        addPeopleAndPlaces(parse(file), lists);
      } else if (ENGLISH.containsKey(name)) {
        Map<String, Object> data = parse(file);
        ENGLISH.get(name).forEach((category, keys) -> keys.forEach(key -> add(category, at(data, key), lists)));
      }
    }
    return lists;
  }

  private static List<Path> yamlFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".yml")).sorted().toList();
    }
  }

  private static void addPeopleAndPlaces(Map<String, Object> data, SortedMap<String, SortedSet<String>> lists) {
    for (String key : List.of("name.first_name", "name.male_first_name", "name.female_first_name")) {
      add("FIRST_NAME", at(data, key), lists);
    }
    add("REGION", at(data, "address.state"), lists);
  }

  private static void add(String category, Object names, SortedMap<String, SortedSet<String>> lists) {
    if (names instanceof List<?> list) {
      for (Object name : list) {
        if (name instanceof String text && LATIN.matcher(text).matches() && text.strip().length() > 1) {
          lists.computeIfAbsent(category, c -> new TreeSet<>()).add(text.strip());
        }
      }
    }
  }

  /** The value at {@code section.key} under the file's {@code <locale>: faker:}, or null. */
  private static Object at(Map<String, Object> data, String path) {
    Object node = data;
    for (String step : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(step);
    }
    return node;
  }

  /** A file's {@code <locale>: faker:} map, or an empty map for a file without one. */
  private static Map<String, Object> parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (root instanceof Map<?, ?> locales && locales.size() == 1
          && locales.values().iterator().next() instanceof Map<?, ?> locale
          && locale.get("faker") instanceof Map<?, ?> faker) {
        @SuppressWarnings("unchecked")
        Map<String, Object> lists = (Map<String, Object>) faker;
        return lists;
      }
      return Map.of();
    }
  }
}
