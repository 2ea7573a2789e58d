package dev.lede.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.entity.AnnotatedText;
import dev.lede.input.Article;
import dev.lede.pipeline.Language;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

// Every article here is invented for these tests: the people, places and firms are fictional.
class KeywordExtractorTest {

  private final KeywordExtractor extractor = new KeywordExtractor();

  private List<Keyword> extract(String marked) {
    return extractor.extract(AnnotatedText.analyze(marked), 10);
  }

  private static List<String> texts(List<Keyword> keywords) {
    return keywords.stream().map(Keyword::text).toList();
  }

  private static Keyword named(List<Keyword> keywords, String text) {
    return keywords.stream()
        .filter(k -> k.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no keyword " + text + " in " + keywords));
  }

  @Test
  void topicalPhrasesRankFirst() {
    List<Keyword> keywords =
        extract(
            "The water shortage in {LOC Marrow Bay} has forced the council to approve a "
                + "desalination plant. The desalination plant will pump sea water into the town "
                + "reservoir. Residents queued at standpipes for a third day as the water shortage "
                + "grew. Engineers said the desalination plant could be ready by the spring. "
                + "Farmers asked for help with their thirsty cattle, and a local bakery closed for "
                + "the afternoon. The council said the water shortage was the worst in memory.");
    assertThat(texts(keywords).subList(0, 2))
        .containsExactlyInAnyOrder("water shortage", "desalination plant");
    assertThat(keywords.get(0).score()).isGreaterThan(keywords.get(keywords.size() - 1).score());
  }

  @Test
  void entitiesAndTheirPartsAreNotKeywords() {
    List<Keyword> keywords =
        extract(
            "{PER Anna Kovac} opened the {MISC Lantern Festival} on the river bank. "
                + "The festival drew crowds to the river bank for paper lanterns. "
                + "{PER Kovac} praised the volunteers who built the paper lanterns. "
                + "Next year the festival will add a night market by the river bank.");
    assertThat(texts(keywords))
        .contains("river bank", "paper lanterns")
        .doesNotContain("festival", "lantern festival", "anna kovac", "kovac");
  }

  @Test
  void titleBeforeAPersonIsNotAKeyword() {
    List<Keyword> keywords =
        extract(
            "Harbour spokesman {PER Elias Varga} said the pier repairs would finish soon. "
                + "The pier repairs began after a storm damaged the wooden deck.");
    assertThat(texts(keywords)).contains("pier repairs").doesNotContain("harbour spokesman");
  }

  @Test
  void singularAndPluralAreOneKeywordWithTheirCountsAdded() {
    List<Keyword> keywords =
        extract(
            "The village voted to build a wind turbine on the hill. Two more wind turbines "
                + "could follow if the first wind turbine works well. Neighbours fear the wind "
                + "turbines will spoil the view from the old chapel.");
    Keyword turbines = named(keywords, "wind turbine");
    assertThat(turbines.count()).isEqualTo(4);
    assertThat(texts(keywords)).doesNotContain("wind turbines", "turbine", "turbines");
  }

  @Test
  void countIsTheNumberOfOccurrences() {
    List<Keyword> keywords =
        extract(
            "A rare orchid was found in the quarry. Botanists fenced off the quarry to protect "
                + "the orchid. Visitors may see the orchid from a viewing platform.");
    assertThat(named(keywords, "orchid").count()).isEqualTo(3);
    assertThat(named(keywords, "quarry").count()).isEqualTo(2);
  }

  @Test
  void possessiveEndsItsPhraseAndLosesItsEnding() {
    List<Keyword> keywords =
        extract(
            "The ferry's engine failed again on the crossing. Mechanics said the ferry's engine "
                + "needs new pistons. The ferry's captain blamed cheap fuel.");
    assertThat(texts(keywords)).allMatch(text -> !text.contains("'"));
    assertThat(named(keywords, "ferry").count()).isEqualTo(3);
    assertThat(named(keywords, "engine").count()).isEqualTo(2);
  }

  @Test
  void hyphenatedNumbersDoNotLeaveHalfAWordBehind() {
    List<Keyword> keywords =
        extract(
            "The two sides agreed a 30-hour truce. The truce held through the night, and the "
                + "truce monitors reported calm streets.");
    assertThat(texts(keywords)).contains("truce").doesNotContain("hour truce", "hour");
  }

  @Test
  void stopwordsNumbersAndGenericNounsAreExcluded() {
    List<Keyword> keywords =
        extract(
            "In 2024 there were 3,400 visitors, the most in years. This time the museum will "
                + "stay open for three more months. The museum extension is one way to draw "
                + "crowds, and the extension will house the fossil collection. Each year the "
                + "fossil collection grows by 120 pieces.");
    assertThat(keywords).isNotEmpty();
    for (Keyword k : keywords) {
      assertThat(k.text()).matches("[a-z][a-z -]*[a-z]");
      assertThat(k.score()).isPositive();
      assertThat(k.count()).isPositive();
    }
    assertThat(texts(keywords))
        .contains("museum", "fossil collection")
        .doesNotContain("time", "way", "years", "months", "three", "visitors 2024", "most");
  }

  @Test
  void articleWithoutSentencesHasNoKeywords() {
    AnalyzedArticle empty =
        new AnalyzedArticle(
            new Article("empty", "", null, 0, null, null),
            new Language("eng", 1.0),
            List.of(),
            List.of());
    assertThat(extractor.extract(empty, 10)).isEmpty();
    assertThat(extractor.extract(AnnotatedText.analyze("The lock keeper opened the lock."), 0))
        .isEmpty();
  }

  @Test
  void largeArticleFinishes() {
    // a guard against quadratic work (hours on 40,000 sentences), not a speed measure: the bench
    // times the stages, and this bound holds on a machine busy with other work
    AnalyzedArticle huge = syntheticArticle(40_000);
    List<Keyword> keywords =
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extractor.extract(huge, 10));
    assertThat(keywords).hasSize(10);
  }

  /** Sentences of adjective-noun-verb-noun tokens over a vocabulary of a few thousand words. */
  private static AnalyzedArticle syntheticArticle(int sentenceCount) {
    List<Sentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    long seed = 7;
    for (int s = 0; s < sentenceCount; s++) {
      int sentenceStart = text.length();
      List<Token> tokens = new ArrayList<>();
      String[] pos = {"ADJ", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"};
      for (String tag : pos) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        String word = tag.equals("PUNCT") ? "." : tag.equals("DET") ? "the" : letters(seed, tag);
        if (!tag.equals("PUNCT") && text.length() > sentenceStart) {
          text.append(' ');
        }
        tokens.add(new Token(text.length(), text.length() + word.length(), word, tag));
        text.append(word);
      }
      sentences.add(
          new Sentence(s, sentenceStart, text.length(), text.substring(sentenceStart), tokens));
      text.append(' ');
    }
    Article article = new Article("huge", text.toString(), null, 0, null, null);
    return new AnalyzedArticle(article, new Language("eng", 1.0), sentences, List.of());
  }

  /** A made-up word of letters, from a skewed pick among 3,000 per tag. */
  private static String letters(long random, String tag) {
    int index = (int) Math.floorMod(random >>> 33, 3000L);
    index = index * index / 3000; // small indexes are picked more often, like real words
    StringBuilder word = new StringBuilder(tag.substring(0, 1).toLowerCase());
    do {
      word.append((char) ('a' + index % 26));
      index /= 26;
    } while (index > 0);
    return word.append("ko").toString();
  }
}
