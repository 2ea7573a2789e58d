package dev.lede.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

  private static Dateline find(String text) {
    return Dateline.find(text, 0);
  }

  @Test
  void readsPlaceDateAndAgency() {
    String text = "LEEDS, March 3 (Reuters) - Britain's Environment Agency issued warnings.";
    Dateline d = find(text);
    assertThat(d.place()).isEqualTo("LEEDS");
    assertThat(d.source()).isEqualTo("Reuters");
    assertThat(text.substring(d.end())).startsWith("Britain's");
  }

  @Test
  void readsPlaceAloneWithAnEmDashAndPlacesWithAState() {
    assertThat(find("LONDON \u2014 The Bank of England held rates.").place()).isEqualTo("LONDON");
    Dateline d = find("NEW YORK, N.Y. (AP) \u2014 Stocks rose on Monday.");
    assertThat(d.place()).isEqualTo("NEW YORK, N.Y.");
    assertThat(d.source()).isEqualTo("AP");
  }

  @Test
  void readsTwoPlacesJoinedByASlash() {
    Dateline d = find("BEIRUT/DUBAI (Reuters) - Talks resumed on Monday.");
    assertThat(d.place()).isEqualTo("BEIRUT/DUBAI");
    assertThat(d.source()).isEqualTo("Reuters");
  }

  @Test
  void readsAnAgencyAlone() {
    Dateline d = find("(CNN) -- Rescue teams reached the village on Tuesday.");
    assertThat(d.place()).isNull();
    assertThat(d.source()).isEqualTo("CNN");
  }

  @Test
  void findsNothingInOrdinaryOpenings() {
    assertThat(find("In a potential shift in tone, the president proposed talks.")).isNull();
    assertThat(find("Shares of Calder rose - and then fell - on Monday.")).isNull();
    assertThat(find("NATO allies met on Friday in Brussels.")).isNull();
    assertThat(find("A - B testing is common.")).isNull();
  }

  @Test
  void takesTheDatelineOutOfTheFirstSentence() {
    Article article = Article.of("a.txt", "KYIV, April 21 (Reuters) - Talks resumed on Monday.\nMore text.", null);
    assertThat(article.dateline()).isNotNull();
    assertThat(article.text().substring(article.bodyStart())).startsWith("Talks resumed");
  }
}
