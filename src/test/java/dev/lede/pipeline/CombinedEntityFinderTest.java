package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CombinedEntityFinderTest {

  private static final String TEXT = "Talks resumed at 09:12 GMT in Brenton on Monday Morning Ltd's premises.";
  private static final List<Sentence> SENTENCES = List.of(new Sentence(0, 0, TEXT.length(), TEXT, List.of()));

  private static Mention mention(String type, String text) {
    int start = TEXT.indexOf(text);
    return new Mention(type, start, start + text.length(), 0, text);
  }

  private static EntityFinder finding(Mention... mentions) {
    return sentences -> List.of(mentions);
  }

  @Test
  void theFirstFinderWinsUnlessALaterMentionHoldsItsMentionsWhole() {
    EntityFinder names =
        finding(mention("MISC", "GMT"), mention("LOCATION", "Brenton"), mention("ORGANIZATION", "Monday Morning Ltd"));
    EntityFinder rules = finding(mention("TIME", "09:12 GMT"), mention("LOCATION", "Brenton"), mention("DATE", "Monday"));

    List<Mention> merged = new CombinedEntityFinder(List.of(names, rules)).find(SENTENCES);

    assertThat(merged)
        .extracting(m -> m.type() + ":" + m.text())
        .containsExactly("TIME:09:12 GMT", "LOCATION:Brenton", "ORGANIZATION:Monday Morning Ltd");
  }
}
