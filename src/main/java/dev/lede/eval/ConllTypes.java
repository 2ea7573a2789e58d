package dev.lede.eval;

import java.util.Map;

/** The CoNLL-2003 entity types (PER, ORG, LOC, MISC) and the names lede's models use for them. */
public final class ConllTypes {

  private static final Map<String, String> LEDE_BY_CONLL =
      Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION", "MISC", "MISC");
  private static final Map<String, String> CONLL_BY_LEDE =
      Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");

  private ConllTypes() {}

  /** lede's type for a CoNLL type; a type CoNLL does not define is kept as it is. */
  public static String toLede(String conllType) {
    return LEDE_BY_CONLL.getOrDefault(conllType, conllType);
  }

  /** CoNLL's type for a lede type; a type CoNLL does not define is kept as it is. */
  public static String toConll(String ledeType) {
    return CONLL_BY_LEDE.getOrDefault(ledeType, ledeType);
  }
}
