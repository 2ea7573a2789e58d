package dev.lede.numeric;


/**
 * MONEY mentions: a currency sign or code before an amount ("$3.5 billion", "£15.8m", "US$10",
 * "Rs 500 crore", "USD 10") or a currency word after one ("5 million euros", "10 cents", "50p",
 * "58.3 billion Norwegian crowns"), and vague sums ("millions of dollars").
 */
final class MoneyRule implements Rule {

  /** Signs and codes written as their own token before the amount, as written. */
  private static final WordSet PREFIX_TOKENS =
      WordSet.of(
          "$", "£", "€", "¥", "₹", "US$", "A$", "C$", "HK$", "NZ$", "S$", "R$", "Rs", "Rs.", "USD",
          "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "AUD", "CAD");
  /** Signs the tokenizer may leave glued to a number ("£15.8", "Rs500"), longest first. */
  private static final String[] GLUED_PREFIXES = {
    "US$", "HK$", "NZ$", "A$", "C$", "S$", "R$", "Rs.", "Rs", "$", "£", "€", "¥", "₹"
  };
  /** The first characters of those signs: a token opening with another has none of them. */
  private static final String GLUED_PREFIX_STARTS = firstCharacters(GLUED_PREFIXES);
  /** Country words before "dollar(s)": "5 million US dollars". */
  private static final WordSet DOLLAR_COUNTRIES =
      WordSet.of("us", "u.s.", "australian", "canadian", "singapore", "taiwan", "zimbabwean",
          "hong-kong", "new-zealand");
  private static final WordSet DOLLAR_UNITS = WordSet.of("dollar", "dollars", "cent", "cents");
  private static final WordSet CURRENCY_WORDS =
      WordSet.of(
          "dollar", "dollars", "euro", "euros", "pound", "pounds", "pence", "penny", "cent",
          "cents", "yen", "yuan", "renminbi", "rupee", "rupees", "rouble", "roubles", "ruble",
          "rubles", "franc", "francs", "peso", "pesos", "rand", "naira", "shilling", "shillings",
          "dirham", "dirhams", "riyal", "riyals", "lira", "lire", "krona", "kronor", "krone",
          "kroner", "ringgit", "baht", "rupiah", "hryvnia", "zloty", "sterling", "crown", "crowns",
          "reais", "dinar", "dinars", "shekel", "shekels", "forint", "koruna", "dong", "cedi", "cedis");
  private static final WordSet VAGUE_MULTIPLES = WordSet.of("thousands", "millions", "billions",
      "trillions");

  @Override
  public Match match(Tokens t, int i) {
    int end = Math.max(signBefore(t, i), gluedSign(t, i));
    end = Math.max(end, wordAfter(t, i));
    end = Math.max(end, vague(t, i));
    return end > i ? new Match(NumericType.MONEY, end) : null;
  }

  /** "$ 3.5 billion", "US $ 10", "Rs . 500", "USD 10" as the tokenizer splits them. */
  private static int signBefore(Tokens t, int i) {
    int j;
    if (PREFIX_TOKENS.contains(t.text(i))) {
      j = t.text(i).equals("Rs") && t.is(i + 1, ".") ? i + 2 : i + 1;
    } else if (t.text(i).equals("US") && t.text(i + 1).equals("$")) {
      j = i + 2;
    } else {
      return -1;
    }
    int end = t.numberPhraseEnd(j);
    return end > j ? end : -1;
  }

  /** "£15.8 m", "€200", "Rs500": the sign inside the number's token. */
  private static int gluedSign(Tokens t, int i) {
    String s = t.text(i);
    if (s.isEmpty() || GLUED_PREFIX_STARTS.indexOf(s.charAt(0)) < 0) {
      return -1;
    }
    for (String sign : GLUED_PREFIXES) {
      if (s.length() > sign.length() && s.startsWith(sign)) {
        return Numbers.isNumeralWithScale(s.substring(sign.length()))
            ? Numbers.scalesEnd(t, i + 1, i + 4)
            : -1;
      }
    }
    return -1;
  }

  /**
   * "5 million euros", "10 cents", "50p", "533p", "20 US dollars", "100 trillion won"; not "5
   * pounds of flour".
   */
  private static int wordAfter(Tokens t, int i) {
    String s = t.lower(i);
    if (s.length() > 1 && s.endsWith("p") && Numbers.isNumeral(s.substring(0, s.length() - 1))) {
      return i + 1; // pence, glued: "533p"
    }
    int j = t.numberPhraseEnd(i);
    if (j < 0) {
      return -1;
    }
    if (t.is(j, "p") && t.attached(j) && Numbers.isNumeral(t.text(j - 1))) {
      return j + 1;
    }
    if (t.is(j, "won") && Numbers.isScale(t.lower(j - 1))) {
      return j + 1; // Korean won, told from the verb by the scale word before it
    }
    if (t.in(j, DOLLAR_COUNTRIES) && t.in(j + 1, DOLLAR_UNITS)) {
      j++;
    } else if (t.capitalized(j) && t.in(j + 1, CURRENCY_WORDS) && !t.capitalized(j + 1)) {
      j++; // "58.3 billion Norwegian crowns", "10 Swiss francs"
    } else if (t.capitalized(j) && t.capitalized(j + 1) && t.in(j + 2, CURRENCY_WORDS) && !t.capitalized(j + 2)) {
      j += 2; // "5 million South African rand", "20 Hong Kong dollars"
    }
    if (!t.in(j, CURRENCY_WORDS) || t.capitalized(j)) { // "50 Cent" is a rapper
      return -1;
    }
    if ((t.is(j, "euro") || t.is(j, "dollar")) && (t.is(j + 1, "cents") || t.is(j + 1, "cent"))) {
      return j + 2;
    }
    boolean weight = (t.is(j, "pound") || t.is(j, "pounds")) && t.is(j + 1, "of");
    return weight ? -1 : j + 1;
  }

  /** "millions of dollars", "hundreds of millions of pounds". */
  private static int vague(Tokens t, int i) {
    int j = i;
    if ((t.is(j, "tens") || t.is(j, "hundreds")) && t.is(j + 1, "of")) {
      j += 2;
    }
    if (!t.in(j, VAGUE_MULTIPLES) || !t.is(j + 1, "of")) {
      return -1;
    }
    j += 2;
    if (t.in(j, CURRENCY_WORDS) && !t.is(j, "sterling")) {
      return j + 1;
    }
    return -1;
  }

  private static String firstCharacters(String[] words) {
    StringBuilder firsts = new StringBuilder();
    for (String word : words) {
      firsts.append(word.charAt(0));
    }
    return firsts.toString();
  }
}
