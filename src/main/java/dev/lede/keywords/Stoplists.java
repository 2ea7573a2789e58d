package dev.lede.keywords;

import java.util.Arrays;
import java.util.Set;

/**
 * Words that never make a key phrase, or never open one. The POS tagger sometimes tags function
 * words as nouns or adjectives, and many real nouns say nothing about what an article is about
 * ("way", "time", "thing"): an editor would strike them from any keyword list.
 */
final class Stoplists {

  private Stoplists() {}

  /** Function words and pronouns, in case the tagger calls one a noun or an adjective. */
  static final Set<String> FUNCTION_WORDS =
      words(
          """
          a an the and or but nor if then than so as of in on at to for from by with about
          into over after before under between through during without within against i me my
          we us our you your he him his she her it its they them their this that these those
          who whom whose which what there here all any each every both either neither some
          none no not one ones anyone everyone someone anything everything something nothing
          nobody somebody everybody much many more most less least few fewer lot lots etc mr
          mrs ms dr prof st per via vs cent others be been being is are was were am do does did
          has have had can could may might must shall should will would bn mn pc
          zero two three four five six seven eight nine ten eleven twelve twenty thirty forty
          fifty hundred hundreds thousand thousands million millions billion billions dozen
          dozens
          """);

  /**
   * Nouns too general to tell one story from another: vague nouns, units of time, calendar words
   * and the vocabulary of reporting itself ("statement", "spokesman", "reporters", "video").
   */
  static final Set<String> GENERIC_NOUNS =
      words(
          """
          way ways time times thing things form forms part parts kind kinds sort sorts type
          types lot number numbers amount side sides end ends case cases fact facts point
          points matter matters issue issues question questions place places area areas level
          levels term terms course sense view views example examples reason reasons result
          results situation move moves step steps bit stuff idea ideas people person man men
          woman women group groups member members world use work life lives
          day days week weeks month months year years hour hours minute minutes second
          seconds decade decades century today tonight yesterday tomorrow morning afternoon
          evening night weekend moment period date past future beginning start rest top
          bottom front back line lines word words name names statement statements comment
          comments spokesman spokeswoman spokesperson reporter reporters interview news
          report reports source sources official officials percent % monday tuesday wednesday
          thursday friday saturday sunday january february march april may june july august
          september october november december jan feb mar apr jun jul aug sep sept oct nov
          dec video videos photo photos picture pictures image images caption
          """);

  /**
   * Quantifiers and determiner-like adjectives: they are never part of a key phrase ("such terms",
   * "other talks", "own forces"), so they end a run of phrase words.
   */
  static final Set<String> DETERMINERS =
      words(
          """
          other another such same own several various certain many few more most much only very
          further enough whole entire additional else
          """);

  /**
   * Adjectives that say little on their own: a phrase they open must be repeated to count ("first
   * lady" said eight times is a key phrase, "new ferry link" said once is "ferry link").
   */
  static final Set<String> WEAK_MODIFIERS =
      words(
          """
          new old last first next former latest recent main major big small large great good
          bad best worst long short early late full different similar possible real current
          previous total particular specific important little clear likely potential initial
          final second third fourth fifth sixth seventh eighth ninth tenth past overall
          serious significant huge single hard easy right wrong true sure able
          """);

  private static Set<String> words(String list) {
    return Set.copyOf(Arrays.asList(list.strip().split("\\s+")));
  }
}
