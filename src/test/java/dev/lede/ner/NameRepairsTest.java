package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The rules on invented sentences, the tagger's names given as it might have found them. */
class NameRepairsTest {

  private static final String PER = "PERSON";
  private static final String ORG = "ORGANIZATION";
  private static final String LOC = "LOCATION";

  /** The repaired names of a one-sentence document, as "TYPE text". */
  private static List<String> repair(String sentence, Span... names) {
    return repair(List.of(sentence), List.<Span[]>of(names)).get(0);
  }

  private static List<List<String>> repair(List<String> sentences, List<Span[]> names) {
    List<String[]> tokens = sentences.stream().map(s -> s.split(" ")).toList();
    List<Span[]> repaired = NameRepairs.repair(tokens, names);
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < tokens.size(); s++) {
      List<String> found = new ArrayList<>();
      for (Span span : repaired.get(s)) {
        found.add(span.getType() + " " + String.join(" ", List.of(tokens.get(s)).subList(span.getStart(), span.getEnd())));
      }
      out.add(found);
    }
    return out;
  }

  @Test
  void aTitleInsideAPersonIsLeftOut() {
    assertThat(repair("Norland Health Secretary Alex Marden said on Monday", new Span(0, 5, PER)))
        .containsExactly("PERSON Alex Marden");
    assertThat(repair("Mayor Rudy Calloway said", new Span(0, 3, PER))).containsExactly("PERSON Rudy Calloway");
    assertThat(repair("said Mr Tellworth .", new Span(1, 3, PER))).containsExactly("PERSON Tellworth");
  }

  @Test
  void anOrganizationBeforeATitleKeepsItsTypeAndThePersonAfterItIsAPerson() {
    assertThat(repair("Brevik Managing Director Petra Holm said", new Span(0, 5, ORG)))
        .containsExactly("ORGANIZATION Brevik", "PERSON Petra Holm");
    // only the run of name words after the title is the person
    assertThat(repair("Harbour Council President Tomas Eide of Norland spoke", new Span(0, 7, ORG)))
        .containsExactly("ORGANIZATION Harbour Council", "PERSON Tomas Eide");
    // a title at the end of an organization's name is cut off
    assertThat(repair("the Harbour Council President said", new Span(1, 4, ORG)))
        .containsExactly("ORGANIZATION Harbour Council");
  }

  @Test
  void oneWordAfterATitleInAnOrganizationsNameStaysTheOrganization() {
    // "Coach Kestrel" could be a brand: no person without more evidence
    assertThat(repair("shares of Coach Kestrel fell", new Span(2, 4, ORG))).containsExactly("ORGANIZATION Coach Kestrel");
    assertThat(repair("the General Dynamo plant", new Span(1, 3, ORG))).containsExactly("ORGANIZATION General Dynamo");
  }

  @Test
  void nameParticlesJoinThePerson() {
    // "Marta" a person, "Brugge" tagged apart as an organization
    assertThat(repair("Marta van der Brugge met Idris", new Span(0, 1, PER), new Span(3, 4, ORG), new Span(5, 6, PER)))
        .containsExactly("PERSON Marta van der Brugge", "PERSON Idris");
    // two particles open a surname, and a particle tagged as a place on its own joins it
    assertThat(repair("later von der Brugge said", new Span(3, 4, ORG))).containsExactly("PERSON von der Brugge");
    assertThat(repair("a pass from Van der Brugge", new Span(3, 4, LOC), new Span(5, 6, "MISC"))).containsExactly("PERSON Van der Brugge");
    assertThat(repair("Von der Brugge said", new Span(0, 3, ORG))).containsExactly("PERSON Von der Brugge");
    // not after another name word, and not a capitalized "De La" firm
    assertThat(repair("Rio de la Plata", new Span(3, 4, LOC))).containsExactly("LOCATION Plata");
    assertThat(repair("De La Marca Group", new Span(0, 4, ORG))).containsExactly("ORGANIZATION De La Marca Group");
  }

  @Test
  void aSurnameTakesThePersonsLabelFromTheFullNameElsewhereInTheDocument() {
    List<List<String>> names =
        repair(
            List.of("Brugge said talks would go on", "Commissioner Marta Brugge arrived later", "Brugge Mills rose"),
            List.of(new Span[] {new Span(0, 1, ORG)}, new Span[] {new Span(1, 3, PER)}, new Span[] {new Span(0, 2, ORG)}));

    assertThat(names.get(0)).containsExactly("PERSON Brugge");
    assertThat(names.get(1)).containsExactly("PERSON Marta Brugge");
    // a longer name is another name
    assertThat(names.get(2)).containsExactly("ORGANIZATION Brugge Mills");
  }

  @Test
  void theAgencyOfAPhotoCreditIsAnOrganization() {
    assertThat(repair("REUTERS / Ana Lima / File Photo", new Span(2, 4, PER)))
        .containsExactly("ORGANIZATION REUTERS", "PERSON Ana Lima");
    // not a slash between numbers or a tagged word
    assertThat(repair("ABC / 12 and NORLAND / Kestrel", new Span(4, 5, LOC))).containsExactly("LOCATION NORLAND");
  }

  @Test
  void aNameAfterANounForAKindOfOrganizationIsThatOrganizationAllThroughTheDocument() {
    List<List<String>> names =
        repair(
            List.of("the gas company Kelvorn said on Monday", "Kelvorn shares rose", "Anna Kelvorn spoke", "Kelvorn 's deal"),
            List.of(
                new Span[] {new Span(3, 4, PER)},
                new Span[] {new Span(0, 1, LOC)},
                new Span[] {new Span(0, 2, PER)},
                new Span[] {new Span(0, 1, PER)}));

    assertThat(names.get(0)).containsExactly("ORGANIZATION Kelvorn");
    assertThat(names.get(1)).containsExactly("ORGANIZATION Kelvorn");
    // a longer name is another name
    assertThat(names.get(2)).containsExactly("PERSON Anna Kelvorn");
    // the company's own mention outweighs its likeness to the person's surname
    assertThat(names.get(3)).containsExactly("ORGANIZATION Kelvorn");
    // an upper-case word before the name is no such noun ("Group Kelvorn")
    assertThat(repair("Group Kelvorn said", new Span(1, 2, PER))).containsExactly("PERSON Kelvorn");
    // nor a noun for a kind of person, or one that comes before persons as often ("film producer")
    assertThat(repair("said analyst Tom Kelvorn", new Span(2, 4, PER))).containsExactly("PERSON Tom Kelvorn");
    assertThat(repair("the film producer Kelvorn said", new Span(3, 4, PER))).containsExactly("PERSON Kelvorn");
  }

  @Test
  void aPlaceMadeAnAdjectiveIsMiscApartFromTheNameItDescribes() {
    // left out by the tagger
    assertThat(repair("the Norland-based lender", new Span[0])).containsExactly("MISC Norland-based");
    // taken into the name it describes
    assertThat(repair("of Velm-based Kestrel Communications", new Span(1, 4, ORG)))
        .containsExactly("MISC Velm-based", "ORGANIZATION Kestrel Communications");
    // the rest of the place tagged apart, just before it
    assertThat(repair("a Port Velm-listed firm", new Span(1, 2, LOC), new Span(2, 3, "MISC")))
        .containsExactly("MISC Port Velm-listed");
    // not an adverb opening a sentence, nor a word in lower case
    assertThat(repair("Privately-owned mills and state-run ones", new Span[0])).isEmpty();
  }

  @Test
  void theAllCapsWordsOpeningADatelineAreAPlace() {
    assertThat(repair("KESTREL BAY , Norland 1996-05-01", new Span(0, 2, ORG), new Span(3, 4, LOC)))
        .containsExactly("LOCATION KESTREL BAY", "LOCATION Norland");
    assertThat(repair("MARDEN ( Reuters ) - Talks resumed", new Span(0, 1, PER), new Span(2, 3, ORG)))
        .containsExactly("LOCATION MARDEN", "ORGANIZATION Reuters");
    assertThat(repair("HOLMSTAD , Norland , May 4 ( Reuters ) - Talks resumed", new Span(2, 3, LOC)))
        .containsExactly("LOCATION HOLMSTAD", "LOCATION Norland");
    // no comma before the date, or a headline: not a dateline
    assertThat(repair("KESTREL GROUP 1996-05-01", new Span(0, 2, ORG))).containsExactly("ORGANIZATION KESTREL GROUP");
    assertThat(repair("KESTREL , NORLAND AGREE ON TALKS .", new Span(0, 1, ORG), new Span(2, 3, LOC)))
        .containsExactly("ORGANIZATION KESTREL", "LOCATION NORLAND");
  }

  @Test
  void datesAndLowerCaseWordsAtANamesEdgesAreLeftOut() {
    assertThat(repair("will meet Tomas Eide Monday for talks", new Span(2, 5, PER))).containsExactly("PERSON Tomas Eide");
    assertThat(repair("By Petra Holm Dec 7", new Span(1, 4, PER))).containsExactly("PERSON Petra Holm");
    assertThat(repair("the Norland Buyers August index", new Span(1, 4, ORG))).containsExactly("ORGANIZATION Norland Buyers");
    assertThat(repair("shares of Kestrel and Brevik", new Span(2, 4, ORG))).containsExactly("ORGANIZATION Kestrel");
    assertThat(repair("since the news of Kestrel 's bid", new Span(2, 5, ORG))).containsExactly("ORGANIZATION Kestrel");
    // a surname that is a month, a club named after a weekday, particles, lower-case names
    assertThat(repair("Ada May said", new Span(0, 2, PER))).containsExactly("PERSON Ada May");
    assertThat(repair("Holmstad Wednesday won", new Span(0, 2, ORG))).containsExactly("ORGANIZATION Holmstad Wednesday");
    assertThat(repair("Rio de la Plata", new Span(0, 4, LOC))).containsExactly("LOCATION Rio de la Plata");
    assertThat(repair("Ali al-Marden said", new Span(0, 2, PER))).containsExactly("PERSON Ali al-Marden");
    assertThat(repair("the interior ministry said", new Span(1, 3, ORG))).containsExactly("ORGANIZATION interior ministry");
  }

  @Test
  void aSentencesClosingPeriodIsNoPartOfANameUnlessItEndsAnAbbreviation() {
    assertThat(repair("She spoke to the KTN .", new Span(4, 6, ORG))).containsExactly("ORGANIZATION KTN");
    assertThat(repair("He met Ilse Varga .", new Span(2, 5, PER))).containsExactly("PERSON Ilse Varga");
    assertThat(repair("It sold the unit to Marsh & Co .", new Span(5, 9, ORG))).containsExactly("ORGANIZATION Marsh & Co .");
    // a period inside the sentence is the model's call
    assertThat(repair("Brevik Bros . said so", new Span(0, 3, ORG))).containsExactly("ORGANIZATION Brevik Bros .");
  }

  @Test
  void anUntaggedRepeatOfANameInRunningTextIsThatName() {
    List<List<String>> names =
        repair(
            List.of(
                "Kestrel Mills said it would close a plant in Holmstad .",
                "Analysts said Kestrel Mills could lose a third of its market .",
                "Kestrel Mills shares fell on Jan. 5 as Holmstad voted .",
                "Kestrel Mills 12 14",
                "The unions at Norland Kestrel Mills said it was too late .",
                "Talks will resume in Jan. and in Holmstad , it said ."),
            List.of(
                new Span[] {new Span(0, 2, ORG), new Span(9, 10, LOC)},
                new Span[0],
                new Span[] {new Span(5, 6, ORG), new Span(8, 9, ORG)},
                new Span[0],
                new Span[0],
                new Span[0]));
    assertThat(names.get(1)).containsExactly("ORGANIZATION Kestrel Mills");
    // not at a sentence's start, in a table's row or next to another capitalized word
    assertThat(names.get(2)).containsExactly("ORGANIZATION Jan.", "ORGANIZATION Holmstad");
    assertThat(names.get(3)).isEmpty();
    assertThat(names.get(4)).isEmpty();
    // nor a date word, nor a name the document tags with two types
    assertThat(names.get(5)).isEmpty();
  }

  @Test
  void aWordWithAJoinedParticleContinuesTheName() {
    assertThat(repair("Sheikh Tarek al-Mansur al-Hadi took office", new Span(1, 3, PER)))
        .containsExactly("PERSON Tarek al-Mansur al-Hadi");
    // a name tagged on it is taken in, and it opens the name after it
    assertThat(repair("in the Wadi al-Kestrel region", new Span(2, 3, LOC), new Span(3, 4, "MISC")))
        .containsExactly("LOCATION Wadi al-Kestrel");
    assertThat(repair("the group al-Harakat Norland said", new Span(3, 4, ORG))).containsExactly("ORGANIZATION al-Harakat Norland");
    // not a hyphenated word of another kind
    assertThat(repair("Tarek pro-Norland", new Span(0, 1, PER))).containsExactly("PERSON Tarek");
  }
}
