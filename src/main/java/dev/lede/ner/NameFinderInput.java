package dev.lede.ner;

import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's tokens as the CoNLL-trained model expects them, with the article offsets of each.
 * lede's tokenizer (UD EWT) leaves "Ukraine’s" whole, keeps curly quotes and em dashes, while
 * CoNLL-2003's Reuters text has "Ukraine" "'s", straight quotes and "--". So quotes, apostrophes,
 * dashes and ellipses are mapped to their CoNLL form, and quotes and a possessive attached to a
 * word are split off it, the pieces keeping their offsets so mentions cover just the name. A slash
 * between letters is split off too, as CoNLL's tokens never join words with one: a photo credit
 * "REUTERS/Ana Lima" reads "REUTERS" "/" "Ana" "Lima". A word the tokenizer split at a hyphen
 * inside it ("Berlin" "-" "based", "pro-" "Moscow") is one token again, as in CoNLL's text, and
 * contractions are split as CoNLL's text splits them ("I" "'m", "is" "n't").
 */
record NameFinderInput(String[] texts, int[] starts, int[] ends) {

  static NameFinderInput of(Sentence sentence) {
    List<String> texts = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); ) {
      // the tokens of one word (no space between them), joined again at a hyphen inside the word
      int from = i;
      String piece = tokens.get(i).text();
      for (i++; i < tokens.size() && tokens.get(i).start() == tokens.get(i - 1).end(); i++) {
        String next = tokens.get(i).text();
        if (hyphenInside(piece, next, tokens, i)) {
          piece += next;
        } else {
          addToken(piece, tokens.get(from).start(), tokens.get(i - 1).end(), texts, offsets);
          from = i;
          piece = next;
        }
      }
      addToken(piece, tokens.get(from).start(), tokens.get(i - 1).end(), texts, offsets);
    }
    int[] starts = new int[offsets.size()];
    int[] ends = new int[offsets.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = offsets.get(i)[0];
      ends[i] = offsets.get(i)[1];
    }
    return new NameFinderInput(texts.toArray(String[]::new), starts, ends);
  }

  /**
   * Whether the split between {@code piece} and the token {@code next} (at {@code index}, directly
   * after it) is at a hyphen between two letters or digits: lede's tokenizer splits "Berlin-based",
   * "Mercedes-Benz" and "pro-Moscow" there, CoNLL's text never does.
   */
  private static boolean hyphenInside(String piece, String next, List<Token> tokens, int index) {
    int last = piece.length() - 1;
    if (isHyphen(piece.charAt(last))) {
      return last > 0 && Character.isLetterOrDigit(piece.charAt(last - 1)) && Character.isLetterOrDigit(next.charAt(0));
    }
    if (!isHyphen(next.charAt(0)) || !Character.isLetterOrDigit(piece.charAt(last))) {
      return false;
    }
    if (next.length() > 1) {
      return Character.isLetterOrDigit(next.charAt(1));
    }
    // a hyphen on its own: what follows it in the same word
    return index + 1 < tokens.size() && tokens.get(index + 1).start() == tokens.get(index).end()
        && Character.isLetterOrDigit(tokens.get(index + 1).text().charAt(0));
  }

  private static boolean isHyphen(char ch) {
    return ch == '-' || ch == '\u2010' || ch == '\u2011';
  }

  /** One token (or word joined at hyphens) in CoNLL form, split at quotes, possessives and slashes. */
  private static void addToken(String token, int start, int end, List<String> texts, List<int[]> offsets) {
    String normal = normalize(token);
    if (normal.length() == token.length()) {
      int from = 0;
      for (int slash = normal.indexOf('/'); slash >= 0; slash = normal.indexOf('/', slash + 1)) {
        if (slash > from && slash + 1 < normal.length()
            && Character.isLetter(normal.charAt(slash - 1)) && Character.isLetter(normal.charAt(slash + 1))) {
          split(normal.substring(from, slash), start + from, texts, offsets);
          add(normal, slash, slash + 1, start, texts, offsets);
          from = slash + 1;
        }
      }
      split(normal.substring(from), start + from, texts, offsets);
    } else {
      texts.add(normal);
      offsets.add(new int[] {start, end});
    }
  }

  /**
   * The CoNLL form of a token, character for character so offsets still line up; only a whole
   * token "…" or "—" becomes longer ("...", "--").
   */
  static String normalize(String token) {
    switch (token) {
      case "…":
        return "...";
      case "—":
      case "―":
        return "--";
      default:
        break;
    }
    StringBuilder out = null;
    for (int i = 0; i < token.length(); i++) {
      char ch = token.charAt(i);
      char mapped = switch (ch) {
        case '‘', '’', '‚', '‛', '′', '`', '´' -> '\'';
        case '“', '”', '„', '‟', '″', '«', '»' -> '"';
        case '–', '‐', '‑', '−', '—' -> '-';
        case '\u00A0' -> ' ';
        default -> ch;
      };
      if (mapped != ch && out == null) {
        out = new StringBuilder(token);
      }
      if (out != null) {
        out.setCharAt(i, mapped);
      }
    }
    return out == null ? token : out.toString();
  }

  /** Splits leading quotes, trailing quotes and a trailing contraction or possessive ('s or ') off a word. */
  private static void split(String token, int start, List<String> texts, List<int[]> offsets) {
    int from = 0;
    int to = token.length();
    while (from < to - 1 && token.charAt(from) == '"') {
      add(token, from, from + 1, start, texts, offsets);
      from++;
    }
    List<int[]> tail = new ArrayList<>();
    while (to - 1 > from && token.charAt(to - 1) == '"') {
      tail.add(0, new int[] {to - 1, to});
      to--;
    }
    int contraction = contraction(token, from, to);
    if (contraction > 0) {
      tail.add(0, new int[] {to - contraction, to});
      to -= contraction;
    } else if (to - from > 2 && token.regionMatches(true, to - 2, "'s", 0, 2)) {
      tail.add(0, new int[] {to - 2, to});
      to -= 2;
    } else if (to - from > 1 && token.charAt(to - 1) == '\'' && Character.isLetter(token.charAt(to - 2))) {
      tail.add(0, new int[] {to - 1, to});
      to--;
    }
    add(token, from, to, start, texts, offsets);
    for (int[] piece : tail) {
      add(token, piece[0], piece[1], start, texts, offsets);
    }
  }

  /** The clitics CoNLL's Reuters text writes as tokens of their own ("I" "'m", "is" "n't"). */
  private static final String[] CONTRACTIONS = {"n't", "'re", "'ve", "'ll", "'m", "'d"};

  /**
   * The length of the contraction ending {@code token[from, to)} after a letter ("I'm", "we're",
   * "isn't", "can't" as "ca" "n't"), or 0. Kept whole, "I'm" and "We're" are capitalized words the
   * model never met, and it took them for names.
   */
  private static int contraction(String token, int from, int to) {
    for (String clitic : CONTRACTIONS) {
      int at = to - clitic.length();
      if (at > from && Character.isLetter(token.charAt(at - 1)) && token.regionMatches(true, at, clitic, 0, clitic.length())) {
        return clitic.length();
      }
    }
    return 0;
  }

  private static void add(String token, int from, int to, int start, List<String> texts, List<int[]> offsets) {
    texts.add(token.substring(from, to));
    offsets.add(new int[] {start + from, start + to});
  }
}
