package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.Models;
import dev.lede.pipeline.ApacheModels;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.OpenNlpTokenizer;
import dev.lede.pipeline.Sentence;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model behind lede's real tokenizer, on article-style text (not CoNLL's). */
class OpenNlpEntityFinderTest {

  static OpenNlpTokenizer tokenizer;
  static OpenNlpEntityFinder finder;

  @BeforeAll
  static void load() {
    tokenizer = ApacheModels.tokenizer();
    finder = new OpenNlpEntityFinder(Models.loadNer(Models.NER_MODEL));
  }

  private static List<Mention> find(String text) {
    Sentence sentence = new Sentence(0, 0, text.length(), text, List.of());
    return finder.find(List.of(sentence.withTokens(tokenizer.tokenize(sentence))));
  }

  @Test
  void aCurlyPossessiveLeavesTheNameAloneInTheMention() {
    List<Mention> mentions = find("Germany’s chancellor met “reporters” in Paris on Monday.");

    assertThat(mentions).extracting(Mention::text).contains("Germany", "Paris");
    Mention germany = mentions.stream().filter(m -> m.text().equals("Germany")).findFirst().orElseThrow();
    assertThat(germany.type()).isEqualTo("LOCATION");
    assertThat(germany.start()).isZero();
    assertThat(germany.end()).isEqualTo("Germany".length());
    assertThat(mentions).extracting(Mention::text).noneMatch(t -> t.contains("’") || t.contains("“"));
  }

  @Test
  void findsTheSameNamesWithCurlyAndStraightQuotes() {
    List<String> curly = find("“We will not wait,” Chancellor Helmut Kohl told Germany’s parliament.")
        .stream().map(m -> m.type() + " " + m.text()).toList();
    List<String> straight = find("\"We will not wait,\" Chancellor Helmut Kohl told Germany's parliament.")
        .stream().map(m -> m.type() + " " + m.text()).toList();

    assertThat(curly).isEqualTo(straight).contains("PERSON Helmut Kohl", "LOCATION Germany");
  }

  @Test
  void contractionsInQuotesAreNotNames() {
    List<Mention> mentions =
        find("“I’m delighted, and I've waited for this,” said Tom Marden. “We're going to enjoy it, aren't we?”");

    assertThat(mentions).extracting(Mention::text).contains("Tom Marden").noneMatch(t -> t.contains("'") || t.contains("’"));
  }

  @Test
  void anAllCapsHeadlineStillYieldsItsNames() {
    assertThat(find("GERMANY’S KOHL MEETS YELTSIN IN MOSCOW"))
        .extracting(Mention::text)
        .contains("GERMANY", "MOSCOW");
  }

  @Test
  void titlesStayOutOfNamesParticlesStayInAndAPhotoCreditNamesItsAgency() {
    List<String> names =
        find("Harbour Commission President Marta van der Brugge met Health Secretary Alex Marden in Kestrel Bay.")
            .stream().map(m -> m.type() + " " + m.text()).toList();
    List<String> credit = find("Ferries wait at the pier. REUTERS/Ana Lima").stream().map(m -> m.type() + " " + m.text()).toList();

    assertThat(names).contains("PERSON Marta van der Brugge", "PERSON Alex Marden");
    assertThat(names).noneMatch(name -> name.contains("President") || name.contains("Secretary"));
    assertThat(credit).contains("ORGANIZATION REUTERS", "PERSON Ana Lima");
  }
}
