package dev.lede.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern tried on every line or sentence of every article, with the literals that every match
 * of it contains, one at least: a few {@code contains} calls rule out almost every text at a
 * fraction of the cost of the pattern, which Java tries alternative by alternative at each
 * position. A case-insensitive pattern folds ASCII case only, so its literals are written in
 * lower case and looked for in the text lower-cased by {@link Locale#ROOT}, where a match's
 * literal stays whole. Immutable.
 */
public record ScreenedPattern(Pattern pattern, List<String> literals) {

  /** A case-insensitive pattern: {@link #find(String, String)} takes the lower-cased text too. */
  public static ScreenedPattern ignoringCase(String regex, String... lowerCaseLiterals) {
    return new ScreenedPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(lowerCaseLiterals));
  }

  /** A case-sensitive pattern, screened on the text as it is. */
  public static ScreenedPattern of(String regex, String... literals) {
    return new ScreenedPattern(Pattern.compile(regex), List.of(literals));
  }

  /**
   * Whether the pattern occurs in {@code text}; {@code screened} is the text the literals are
   * looked for in: {@code text} itself, or lower-cased for a case-insensitive pattern.
   */
  public boolean find(String text, String screened) {
    for (String literal : literals) {
      if (screened.contains(literal)) {
        return pattern.matcher(text).find();
      }
    }
    return false;
  }

  /** Whether a case-sensitive pattern occurs in {@code text}. */
  public boolean find(String text) {
    return find(text, text);
  }
}
