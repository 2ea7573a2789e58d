package dev.lede.numeric;

import dev.lede.pipeline.EntityFinder;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * DATE, TIME, MONEY and PERCENT mentions found by hand-written rules over the tokens of each
 * sentence (OpenNLP's English UD EWT tokenization and UD POS tags), written for news style.
 *
 * <p>Scanning goes left to right; at each token every rule proposes its longest mention starting
 * there, the longest proposal wins and scanning resumes after it. Each rule reads a bounded
 * number of tokens through set look-ups and small hand-written scanners (no backtracking regular
 * expressions), so the cost is linear in the number of tokens. Mentions span whole tokens.
 *
 * <h2>What is recognised</h2>
 *
 * <ul>
 *   <li><b>DATE</b>
 *       <ul>
 *         <li>calendar dates: "Feb. 24, 2022", "February 24", "February 24th", "April 21",
 *             "24 February 2022", "3 Sept 2021", "the 24th of February", "February 2022",
 *             "24-26 June", "March this year"; a weekday joined to one: "Monday, March 3";
 *         <li>month names alone: "January"; the ambiguous ones (May, March, April, June, August:
 *             verbs, modals, first names) only after a date word ("in May", "early March", "March
 *             and May", "June, August", "the year to March", "a June summit"); abbreviations
 *             ("Feb.", "Sept") only beside a number; never lower case;
 *         <li>weekdays: "Sunday", "Mondays" (not in "the Sunday Times");
 *         <li>years used as years: after "in", "since", "by", "until", "from", "between", ...
 *             ("in 2022", "since 1998"), "the 2022 election", "2022's", "2022 was ...", with a
 *             modifier ("early 2022", "fiscal 2022", "mid-2022", "FY2022"), ranges ("2010 to
 *             2015", "2022-23"); never a bare number or a count ("2022 people", "in 1500
 *             cases");
 *         <li>decades and centuries: "the 1990s", "the '80s", "the early 2000s", "the nineties",
 *             "mid-1990s";
 *         <li>numeric dates: "2024-03-05", "2024/03/05", "5/3/2024", "05.03.2024";
 *         <li>relative dates: "yesterday", "today", "tomorrow" (not capitalized inside a
 *             sentence: "USA Today"), "last week", "this week", "next month", "last Monday",
 *             "this summer", "the weekend", "the past three years", "the next few months", "the
 *             following day", "two years ago", "a decade earlier", "years ago", "the day before
 *             yesterday";
 *         <li>quarters and seasons: "Q3", "Q3 2022", "the first quarter of 2022", "the second
 *             half of next year", "summer 2021", "the summer of 2021";
 *         <li>with a modifier: "early", "late", "mid", "earlier", "later", "the end / start /
 *             beginning / middle of" ("earlier this year", "late last year", "the end of
 *             March").
 *       </ul>
 *   <li><b>TIME</b>: "10 a.m.", "10am", "7.45am", "3:30 pm", "17:30", "10:45 GMT", "1500 GMT", "9
 *       p.m. local time", "10 o'clock", "noon", "midnight", "midday", "tonight", "this morning",
 *       "last night", "Friday night", "late last night" (not capitalized inside a sentence:
 *       "Jamie Noon").
 *   <li><b>MONEY</b>: "$3.5 billion", "$1.2bn", "$5m", "£15.8m", "€200", "US$10", "US $10",
 *       "HK$5bn", "Rs 500 crore", "Rs500", "USD 10", "5 million euros", "20 US dollars", "58.3 billion Norwegian crowns", "10
 *       cents", "70 euro cents", "65 Canadian cents", "50p", "533p", "100 trillion won", "a billion
 *       euros", "millions of dollars", "$40-45.50" (not "5 pounds of flour", not "50 Cent").
 *   <li><b>PERCENT</b>: "12.5%", "12.5 percent", "12.5 per cent", "12.5pc", "five per cent",
 *       "10-12%", "0.7-0.8%", "10 to 12 percent", "3 percentage points", "a 3-percentage-point
 *       rise".
 * </ul>
 *
 * <p>Not dates: hyphenated measures ("three-year-old", "30-hour", "a 10-year bond"), counts
 * ("1,000 people"), "may" and "march" as verbs, bare numbers. Durations without an anchor ("for
 * three years"), holidays ("Christmas") and fractional times ("half past ten") are left out, and
 * so is a number the tokenizer glued to a sentence's final period ("$1.9094.").
 *
 * <p>Keeps no state: one instance may serve several threads.
 */
public final class NumericEntityFinder implements EntityFinder {

  // an array: C1 would allocate an iterator over a list at every token
  private static final Rule[] RULES = {new DateRule(), new TimeRule(), new MoneyRule(), new PercentRule()};

  @Override
  public List<Mention> find(List<Sentence> sentences) {
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : sentences) {
      find(sentence, mentions);
    }
    return mentions;
  }

  private static void find(Sentence sentence, List<Mention> mentions) {
    Tokens tokens = new Tokens(sentence.tokens());
    int i = 0;
    while (i < tokens.size()) {
      Match best = null;
      for (Rule rule : RULES) {
        Match match = rule.match(tokens, i);
        if (match != null && (best == null || match.end() > best.end())) {
          best = match;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      Token first = tokens.get(i);
      Token last = tokens.get(best.end() - 1);
      int offset = sentence.start();
      String text = sentence.text().substring(first.start() - offset, last.end() - offset);
      mentions.add(
          new Mention(best.type().name(), first.start(), last.end(), sentence.index(), text));
      i = best.end();
    }
  }
}
