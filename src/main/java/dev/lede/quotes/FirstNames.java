package dev.lede.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a first name is a man's or a woman's, from datafaker's English name lists (Apache 2.0,
 * in the jar for the name finder's gazetteer): a pronoun ("she said") then fits "Maria Okafor"
 * and not "Tom Reed". A name on both lists ("Jordan") says nothing. Loaded on first use, since
 * most articles never ask.
 */
final class FirstNames {

  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  private static final String LISTS = "/en/name.yml";

  private FirstNames() {}

  static Gender of(String firstName) {
    String name = firstName.toLowerCase(Locale.ROOT);
    boolean male = Lists.MALE.contains(name);
    boolean female = Lists.FEMALE.contains(name);
    return male == female ? Gender.UNKNOWN : male ? Gender.MALE : Gender.FEMALE;
  }

  /** The two lists, read when first asked for. */
  private static final class Lists {
    static final Set<String> MALE = new HashSet<>();
    static final Set<String> FEMALE = new HashSet<>();

    static {
      try (InputStream in = FirstNames.class.getResourceAsStream(LISTS)) {
        if (in != null) {
          read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + LISTS, e);
      }
    }

    /** The file's {@code male_first_name:} and {@code female_first_name:} items, one {@code - "Name"} a line. */
    private static void read(BufferedReader lines) throws IOException {
      Set<String> into = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String item = line.strip();
        if (item.endsWith(":")) {
          into = switch (item) {
            case "male_first_name:" -> MALE;
            case "female_first_name:" -> FEMALE;
            default -> null;
          };
        } else if (into != null && item.startsWith("- ")) {
          into.add(item.substring(2).replace("\"", "").strip().toLowerCase(Locale.ROOT));
        }
      }
    }
  }
}
