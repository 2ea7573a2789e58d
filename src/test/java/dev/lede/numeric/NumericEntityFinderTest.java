package dev.lede.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lede.pipeline.ApacheModels;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.OpenNlpPosTagger;
import dev.lede.pipeline.OpenNlpSentenceSplitter;
import dev.lede.pipeline.OpenNlpTokenizer;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules over real tokens and tags: each sentence goes through Apache's English tokenizer and
 * POS model, as in the pipeline, so the tests also pin down how those models split news text.
 * Expected mentions are written "TYPE:text", separated by ";".
 */
class NumericEntityFinderTest {

  private static final OpenNlpSentenceSplitter splitter = ApacheModels.sentenceSplitter();
  private static final OpenNlpTokenizer tokenizer = ApacheModels.tokenizer();
  private static final OpenNlpPosTagger tagger = ApacheModels.posTagger();
  private final NumericEntityFinder finder = new NumericEntityFinder();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The minister resigned on Sunday and the talks resumed on Friday. | DATE:Sunday; DATE:Friday
          Markets are shut on Sundays. | DATE:Sundays
          The treaty was signed on Feb. 24, 2022, in the capital. | DATE:Feb. 24, 2022
          Prices climbed in February 2022 and fell on 24 February 2022. | DATE:February 2022; DATE:24 February 2022
          The vote is due on April 21 and the count ends on May 3. | DATE:April 21; DATE:May 3
          The contract expired on 3 Sept 2021, not on Sep 3. | DATE:3 Sept 2021; DATE:Sep 3
          She was born on the 24th of February, not on February 24th. | DATE:the 24th of February; DATE:February 24th
          The strike began on Monday, March 3, and ended Tuesday 4 March 2025. | DATE:Monday, March 3; DATE:Tuesday 4 March 2025
          January was the wettest month on record. | DATE:January
          The rally is planned for early March and ends in mid-February. | DATE:early March; DATE:mid-February
          Rates rise in May and again from March to June. | DATE:May; DATE:March; DATE:June
          They meet at the end of March. | DATE:the end of March
          Rates rose in June, August and September. | DATE:June; DATE:August; DATE:September
          Sales for the year to March fell ahead of a June summit. | DATE:March; DATE:June
          The fair runs from 24-26 June and again on 12-13 March. | DATE:24-26 June; DATE:12-13 March
          Prices fell in March this year after rising in August last year. | DATE:March this year; DATE:August last year
          """)
  void findsCalendarDates(String sentence, String expected) {
    assertThat(found(sentence)).containsExactlyElementsOf(list(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The firm said last week that it would cut jobs this week or next month. | DATE:last week; DATE:this week; DATE:next month
          He said yesterday that talks would resume today and end tomorrow. | DATE:yesterday; DATE:today; DATE:tomorrow
          The talks continued over the weekend. | DATE:the weekend
          Sales grew earlier this year and fell late last year. | DATE:earlier this year; DATE:late last year
          Prices have doubled over the past three years. | DATE:the past three years
          The bank expects losses over the next few months. | DATE:the next few months
          The factory closed two years ago and reopened a decade later. | DATE:two years ago; DATE:a decade later
          The board met again the following day. | DATE:the following day
          The ceasefire held until last Monday and may end this summer. | DATE:last Monday; DATE:this summer
          The deal should close by the end of this year. | DATE:the end of this year
          It happened the day before yesterday. | DATE:the day before yesterday
          """)
  void findsRelativeDates(String sentence, String expected) {
    assertThat(found(sentence)).containsExactlyElementsOf(list(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Unemployment fell in 2022, the lowest level since 1998. | DATE:2022; DATE:1998
          The 2022 election was close. | DATE:2022
          Output rose steadily from 2010 to 2015. | DATE:2010 to 2015
          Between 2019 and 2021 the plant was idle. | DATE:2019 and 2021
          The target is to cut emissions by 2030. | DATE:2030
          2022 was a hard year for farmers. | DATE:2022
          The results of 2022's final quarter were weak. | DATE:2022's
          Profits rose in early 2022 and in fiscal 2023. | DATE:early 2022; DATE:fiscal 2023
          Growth slowed in mid-2022 and FY2023 looks better. | DATE:mid-2022; DATE:FY2023
          The club won the title in the 2022-23 season. | DATE:2022-23
          It was built in the summer of 2021 and opened in summer 2022. | DATE:the summer of 2021; DATE:summer 2022
          Revenue fell in Q3 2022 and in the first quarter of 2023. | DATE:Q3 2022; DATE:the first quarter of 2023
          """)
  void findsYears(String sentence, String expected) {
    assertThat(found(sentence)).containsExactlyElementsOf(list(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Music changed in the 1990s and again in the '80s. | DATE:the 1990s; DATE:the '80s
          Trade boomed in the early 2000s and in the nineties. | DATE:the early 2000s; DATE:the nineties
          The town grew in the mid-1990s. | DATE:the mid-1990s
          The filing is dated 2024-03-05 and was amended on 2024/03/06. | DATE:2024-03-05; DATE:2024/03/06
          The notice was posted on 5/3/2024. | DATE:5/3/2024
          """)
  void findsDecadesAndNumericDates(String sentence, String expected) {
    assertThat(found(sentence)).containsExactlyElementsOf(list(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The hearing starts at 10 a.m. and ends at 3:30 pm, with a break at noon. | TIME:10 a.m.; TIME:3:30 pm; TIME:noon
          The curfew begins at midnight and the minister will speak tonight. | TIME:midnight; TIME:tonight
          Markets closed at 10:45 GMT after a late rally. | TIME:10:45 GMT
          The polls open at 7am and close at 10pm. | TIME:7am; TIME:10pm
          The train left at 7.45am and arrived at 17:30. | TIME:7.45am; TIME:17:30
          The launch is set for 9 p.m. local time. | TIME:9 p.m. local time
          Trading resumed at 1500 GMT. | TIME:1500 GMT
          The bells rang at 10 o'clock. | TIME:10 o'clock
          She spoke this morning, after a fire broke out last night. | TIME:this morning; TIME:last night
          Police were called on Friday night. | TIME:Friday night
          The vote ended late last night. | TIME:late last night
          """)
  void findsTimes(String sentence, String expected) {
    assertThat(found(sentence)).containsExactlyElementsOf(list(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The firm raised $3.5 billion while a rival raised $1.2bn. | MONEY:$3.5 billion; MONEY:$1.2bn
          The fund holds 58.3 billion Norwegian crowns and 10 Swiss francs. | MONEY:58.3 billion Norwegian crowns; MONEY:10 Swiss francs
          The stake is worth 20 million Hong Kong dollars. | MONEY:20 million Hong Kong dollars
          The club paid £15.8m for the striker and €200 for the shirt. | MONEY:£15.8m; MONEY:€200
          The city spent 5 million euros on roads. | MONEY:5 million euros
          Tickets cost US$10 or US $12 at the door. | MONEY:US$10; MONEY:US $12
          A stamp costs 10 cents and a bun costs 50p. | MONEY:10 cents; MONEY:50p
          The bridge will cost Rs 500 crore. | MONEY:Rs 500 crore
          The fund lost HK$5bn and $5m. | MONEY:HK$5bn; MONEY:$5m
          The state paid five million dollars and a billion euros. | MONEY:five million dollars; MONEY:a billion euros
          The scheme cost millions of dollars. | MONEY:millions of dollars
          The dividend rose to 70 euro cents, or 65 Canadian cents. | MONEY:70 euro cents; MONEY:65 Canadian cents
          Shares closed at 533p after the bank set aside 100 trillion won. | MONEY:533p; MONEY:100 trillion won
          Tickets cost between $40-45.50 each. | MONEY:$40-45.50
          He bought 5 pounds of flour. |
          """)
  void findsMoney(String sentence, String expected) {
    assertThat(found(sentence)).containsExactlyElementsOf(list(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Inflation reached 12.5% in the spring. | PERCENT:12.5%
          Exports fell 12.5 percent. | PERCENT:12.5 percent
          Wages rose 3.2 per cent, or five per cent in cities. | PERCENT:3.2 per cent; PERCENT:five per cent
          Turnout rose 4pc in the north. | PERCENT:4pc
          Analysts expect a 10-12% rise, or 10 to 12 percent. | PERCENT:10-12%; PERCENT:10 to 12 percent
          There was a 3 percentage point rise in support. | PERCENT:3 percentage point
          Rates went up by 2 percentage points. | PERCENT:2 percentage points
          It was a 3-percentage-point swing. | PERCENT:3-percentage-point
          Output grew 0.7-0.8% and costs rose 6-6.5%. | PERCENT:0.7-0.8%; PERCENT:6-6.5%
          The virus left his strength at zero per cent. | PERCENT:zero per cent
          """)
  void findsPercentages(String sentence, String expected) {
    assertThat(found(sentence)).containsExactlyElementsOf(list(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          The three-year-old boy was found safe.
          Doctors worked 30-hour shifts with 1,000 people waiting.
          The government sold a 10-year bond.
          It may rain, and they may march to the square.
          They march every day.
          More than 2022 people signed the petition.
          The team scored 1500 points in 1500 cases.
          The Sunday Times and USA Today ran the story.
          The verse is John 3:16.
          A 3:2 majority backed the plan.
          The room is 10.30 metres wide.
          Theresa May spoke to April Jones.
          The May government fell.
          The rapper 50 Cent told the Today programme about Jamie Noon and the Tonight Show.
          The 10 O'clock News led with the story.
          """)
  void ignoresLookalikes(String sentence) {
    assertThat(found(sentence)).isEmpty();
  }

  @Test
  void readsAParagraphOfSeveralSentences() {
    // Apache's sentence model ends a sentence at any abbreviation's period ("Sept. 30" becomes
    // two sentences), so this paragraph keeps "a.m." at a sentence end and writes dates out
    String paragraph =
        "The company said on Tuesday that profit rose 8.5% to $2.3 billion in the three months"
            + " to 30 September. Its shares, which have doubled since 2019, jumped 4 percent by"
            + " 11:15 a.m. The chief executive, who is three years into a five-year plan, said last"
            + " month that the firm would spend €500 million by the end of 2026. Analysts expect"
            + " another 2 percentage point gain in the 2025 results, due on February 14.";

    List<Mention> mentions = finder.find(analyze(paragraph));

    assertThat(mentions)
        .extracting(m -> m.sentence() + " " + m.type() + ":" + m.text())
        .containsExactly(
            "0 DATE:Tuesday",
            "0 PERCENT:8.5%",
            "0 MONEY:$2.3 billion",
            "0 DATE:30 September",
            "1 DATE:2019",
            "1 PERCENT:4 percent",
            "1 TIME:11:15 a.m.",
            "2 DATE:last month",
            "2 MONEY:€500 million",
            "2 DATE:the end of 2026",
            "3 PERCENT:2 percentage point",
            "3 DATE:2025",
            "3 DATE:February 14");
    for (Mention m : mentions) {
      assertThat(paragraph.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void givesOffsetsIntoTheArticleThatSpanWholeTokens() {
    String article = "Headline here\n\nShares fell 3% on Monday. Gold rose to $2,000 at noon.";
    int body = article.indexOf("Shares");
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : splitter.split(article, body, article.length())) {
      sentences.add(s.withTokens(tagger.tag(tokenizer.tokenize(s))));
    }

    List<Mention> mentions = finder.find(sentences);

    assertThat(mentions)
        .extracting(Mention::type, Mention::text, Mention::sentence)
        .containsExactly(
            tuple("PERCENT", "3%", 0),
            tuple("DATE", "Monday", 0),
            tuple("MONEY", "$2,000", 1),
            tuple("TIME", "noon", 1));
    for (Mention m : mentions) {
      assertThat(article.substring(m.start(), m.end())).isEqualTo(m.text());
      List<Token> tokens = sentences.get(m.sentence()).tokens();
      assertThat(tokens).anyMatch(t -> t.start() == m.start());
      assertThat(tokens).anyMatch(t -> t.end() == m.end());
    }
  }

  @Test
  void findsNothingInNoSentences() {
    assertThat(finder.find(List.of())).isEmpty();
    assertThat(finder.find(List.of(new Sentence(0, 0, 0, "", List.of())))).isEmpty();
  }

  @Test
  void staysLinearOnLongRunsOfNumberWords() {
    // number words, "the" and month names re-read from every token would be quadratic
    String[] words = {"one", "hundred", "and", "the", "past", "May", "24", "-", "$"};
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 300_000; k++) {
      String word = words[k % words.length];
      tokens.add(new Token(text.length(), text.length() + word.length(), word, "NUM"));
      text.append(word).append(' ');
    }
    Sentence huge = new Sentence(0, 0, text.length(), text.toString(), tokens);

    // a guard against quadratic work, not a speed measure (the bench times the stages)
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> finder.find(List.of(huge)));
  }

  /** The mentions in {@code text}, read as one sentence, as "TYPE:text". */
  private List<String> found(String text) {
    Sentence sentence = new Sentence(0, 0, text.length(), text, List.of());
    sentence = sentence.withTokens(tagger.tag(tokenizer.tokenize(sentence)));
    List<String> found = new ArrayList<>();
    for (Mention m : finder.find(List.of(sentence))) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      found.add(m.type() + ":" + m.text());
    }
    return found;
  }

  private static List<Sentence> analyze(String text) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : splitter.split(text, 0, text.length())) {
      sentences.add(s.withTokens(tagger.tag(tokenizer.tokenize(s))));
    }
    return sentences;
  }

  private static List<String> list(String expected) {
    return expected == null ? List.of() : Arrays.stream(expected.split(";")).map(String::strip).toList();
  }
}
