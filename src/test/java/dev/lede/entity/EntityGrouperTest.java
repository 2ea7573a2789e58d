package dev.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lede.analysis.AnalyzedArticle;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

// Every article here is invented for these tests: the people, places and firms are fictional.
class EntityGrouperTest {

  private final EntityGrouper grouper = new EntityGrouper();

  private List<Entity> group(String marked) {
    return grouper.group(AnnotatedText.analyze(marked));
  }

  private static Entity named(List<Entity> entities, String text) {
    return entities.stream()
        .filter(e -> e.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + text + " in " + entities));
  }

  @Test
  void amountsKeepTheirCurrencySignAndPercentSign() {
    List<Entity> entities =
        group("The port will spend {MONEY £4.2 million} after costs rose {PERCENT 12.5%} this year.");
    assertThat(entities).extracting(Entity::text).containsExactlyInAnyOrder("£4.2 million", "12.5%");
  }

  @Test
  void anEntityIsWrittenWithTheArticlesOwnApostrophe() {
    List<Entity> entities =
        group(
            "The {ORG Vell Fishermen\u2019s Association} met on Monday. "
                + "The {ORG Vell Fishermen's Association} agreed.");
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo("Vell Fishermen\u2019s Association");
      assertThat(e.aliases()).containsExactly("Vell Fishermen's Association");
    });
  }

  @Test
  void aPartOfADoubleBarrelledSurnameJoinsTheFullName() {
    List<Entity> entities =
        group("{PER Jos\u00e9 M\u00fcller-\u0141ukasiewicz} chaired the hearing. {PER M\u00fcller} closed it on Friday.");
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo("Jos\u00e9 M\u00fcller-\u0141ukasiewicz");
      assertThat(e.aliases()).containsExactly("M\u00fcller");
    });
  }

  @Test
  void laterSurnameJoinsTheFullName() {
    List<Entity> entities =
        group(
            "{PER Marta Lindqvist} opened the bridge on Monday. "
                + "Later, {PER Lindqvist} thanked the builders.");
    assertThat(entities).hasSize(1);
    Entity marta = entities.get(0);
    assertThat(marta.text()).isEqualTo("Marta Lindqvist");
    assertThat(marta.type()).isEqualTo("PERSON");
    assertThat(marta.count()).isEqualTo(2);
    assertThat(marta.aliases()).containsExactly("Lindqvist");
    assertThat(marta.mentions()).extracting(m -> m.text()).containsExactly("Marta Lindqvist", "Lindqvist");
  }

  @Test
  void honorificSurnameJoinsTheFullName() {
    List<Entity> entities =
        group("{PER Grace Okafor} won the seat. {PER Ms Okafor} said little about it.");
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo("Grace Okafor");
      assertThat(e.aliases()).containsExactly("Ms Okafor");
    });
  }

  @Test
  void acronymsAndInitialsAreOnePlace() {
    List<Entity> entities =
        group(
            "Talks in the {LOC United States} ended. {LOC U.S.} officials left. "
                + "The {LOC US} team stayed.");
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo("United States");
      assertThat(e.count()).isEqualTo(3);
      assertThat(e.aliases()).containsExactly("U.S.", "US");
    });
  }

  @Test
  void acronymTaggedAsAnotherTypeStillJoinsAndMajorityDecides() {
    List<Entity> entities =
        group(
            "The {ORG European Union} met. The {ORG EU} agreed. The {LOC EU} border was shut. "
                + "The {ORG EU} said so.");
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo("European Union");
      assertThat(e.type()).isEqualTo("ORGANIZATION");
      assertThat(e.count()).isEqualTo(4);
    });
  }

  @Test
  void possessivesAreStripped() {
    List<Entity> entities =
        group(
            "{LOC Norland's} harbour froze. Ships left {LOC Norland}. "
                + "{ORG Reuters'} reporter saw it. {ORG Reuters} confirmed it. "
                + "{ORG Kestrel\u2019s} shares fell while {ORG Kestrel} stayed quiet.");
    assertThat(entities).extracting(Entity::text)
        .containsExactlyInAnyOrder("Norland", "Reuters", "Kestrel");
    assertThat(entities).allSatisfy(e -> {
      assertThat(e.count()).isEqualTo(2);
      assertThat(e.aliases()).isEmpty();
    });
  }

  @Test
  void typeConflictIsResolvedByMajority() {
    List<Entity> entities =
        group(
            "{PER Halvorsen} spoke first. {ORG Halvorsen} spoke again. "
                + "Then {PER Halvorsen} left.");
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("PERSON");
      assertThat(e.count()).isEqualTo(3);
    });
  }

  @Test
  void sharedSurnameGoesToTheNearestEarlierFullName() {
    List<Entity> entities =
        group(
            "{PER Ada Brennan} arrived. {PER Brennan} sat down. "
                + "{PER Tom Brennan} arrived later. {PER Brennan} stood up.");
    assertThat(entities).hasSize(2);
    Entity ada = named(entities, "Ada Brennan");
    Entity tom = named(entities, "Tom Brennan");
    assertThat(ada.count()).isEqualTo(2);
    assertThat(tom.count()).isEqualTo(2);
    assertThat(ada.mentions().get(1).start()).isLessThan(tom.mentions().get(0).start());
    assertThat(tom.mentions().get(1).start()).isGreaterThan(tom.mentions().get(0).start());
  }

  @Test
  void placeIsNotMergedWithAPersonOfTheSameSurname() {
    List<Entity> entities =
        group("{PER Carla Jordan} flew to {LOC Jordan}. {PER Jordan} landed at dawn.");
    assertThat(entities).hasSize(2);
    assertThat(named(entities, "Carla Jordan").count()).isEqualTo(2);
    assertThat(named(entities, "Jordan").type()).isEqualTo("LOCATION");
  }

  @Test
  void acronymIsNotMergedWithAPerson() {
    List<Entity> entities =
        group("{PER Anna Berg} joined {ORG AB} last year. {ORG AB} grew.");
    assertThat(entities).hasSize(2);
  }

  @Test
  void oneWordShortNameJoinsTheOrganizationItOpens() {
    List<Entity> entities =
        group("{ORG Nimbus Cloud} went down. {ORG Nimbus} apologised. {ORG Nimbus} paid.");
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo("Nimbus Cloud");
      assertThat(e.count()).isEqualTo(3);
    });
  }

  @Test
  void ambiguousShortNameStaysApart() {
    List<Entity> entities =
        group("{ORG Nimbus Cloud} and {ORG Nimbus Bank} merged. {ORG Nimbus} grew.");
    assertThat(entities).hasSize(3);
  }

  @Test
  void legalFormSuffixDoesNotSplitACompany() {
    List<Entity> entities =
        group("{ORG Brightwater Inc} sold {ORG Brightwater} bonds. {ORG Brightwater Inc.} grew.");
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo("Brightwater Inc.");
      assertThat(e.count()).isEqualTo(3);
    });
  }

  @Test
  void salienceFollowsTheDocumentedFormula() {
    AnalyzedArticle article =
        AnnotatedText.analyze(
            "Lindqvist opens the bridge\n\n"
                + "{PER Marta Lindqvist} opened the bridge. Crowds cheered on the bank. "
                + "Traffic was light. {LOC Osterby} waited. {PER Lindqvist} left.\n");
    List<Entity> entities = grouper.group(article);
    assertThat(entities).extracting(Entity::text).containsExactly("Marta Lindqvist", "Osterby");
    int bodyStart = article.article().bodyStart();
    double span = article.article().text().length() - bodyStart;
    Entity marta = entities.get(0);
    // two mentions, first near the body's start (after the blank line), surname in the title, lead
    assertThat(marta.firstStart() - bodyStart).isEqualTo(2);
    assertThat(marta.salience()).isCloseTo(log2(3) + (1 - 2 / span) + 1.5 + 0.75, within(1e-9));
    Entity osterby = entities.get(1);
    double first = (osterby.firstStart() - bodyStart) / span;
    assertThat(osterby.salience()).isCloseTo(log2(2) + (1 - first), within(1e-9));
  }

  @Test
  void theTitleNamesAnEntityOnlyAsAWholeWord() {
    String body =
        "{PER Marta Lindqvist} opened the bridge. Crowds cheered on the bank. "
            + "Traffic was light. {LOC Osterby} waited. {PER Lindqvist} left.\n";
    // "Lindqvist's" names her; "Osterbyans" and "Osterby2" do not name the town
    assertThat(titleBonus("Osterbyans and Osterby2 cheer Lindqvist's bridge\n\n" + body))
        .containsExactly(1.5, 0.0);
    // an all-capitals headline is compared without case
    assertThat(titleBonus("OSTERBY CHEERS THE BRIDGE\n\n" + body)).containsExactly(0.0, 1.5);
  }

  /** Each entity's salience less what the formula gives it without the title, in article order. */
  private List<Double> titleBonus(String marked) {
    AnalyzedArticle article = AnnotatedText.analyze(marked);
    int bodyStart = article.article().bodyStart();
    double span = article.article().text().length() - bodyStart;
    return grouper.group(article).stream()
        .sorted(Comparator.comparingInt(Entity::firstStart))
        .map(e -> {
          double first = (e.firstStart() - bodyStart) / span;
          boolean lead = e.firstStart() - bodyStart < 40;
          double bonus = e.salience() - log2(1 + e.count()) - (1 - first) - (lead ? 0.75 : 0);
          return Math.round(bonus * 1e6) / 1e6;
        })
        .toList();
  }

  @Test
  void titleAndLeadOutrankAFewMoreMentionsLater() {
    List<Entity> entities =
        group(
            "Harbour strike in Osterby\n\n"
                + "Dock workers in {LOC Osterby} walked out on Tuesday. The port closed. "
                + "Cargo waited offshore for days. Nobody moved. "
                + "{ORG Kestrel} lost money. {ORG Kestrel} cut jobs. {ORG Kestrel} said sorry.\n");
    assertThat(entities).extracting(Entity::text).containsExactly("Osterby", "Kestrel");
  }

  @Test
  void frequentEntityOutranksASingleMentionAtTheSamePlace() {
    List<Entity> entities =
        group(
            "{ORG Kestrel} and {ORG Falcon Freight} merged. {ORG Kestrel} will lead. "
                + "{ORG Kestrel} keeps its name.");
    assertThat(entities).extracting(Entity::text).containsExactly("Kestrel", "Falcon Freight");
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
