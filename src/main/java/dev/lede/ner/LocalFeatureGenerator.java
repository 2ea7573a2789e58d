package dev.lede.ner;

import dev.lede.inference.FeatureSink;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The local features of a token for the name finder: the lower-cased words and token classes in
 * a window around it, word-class and word-bigram pairs, prefixes and suffixes, a collapsed word
 * shape, sentence begin and end, and whether the sentence is an all-caps headline. What the
 * features need of a word is made once per sentence, or once per word for the fast finder,
 * which keeps it with the word's weights ({@link #describe}).
 */
final class LocalFeatureGenerator implements TokenwiseFeatureGenerator {

  /**
   * The token classes OpenNLP's {@code FeatureGeneratorUtil.tokenFeature} gives, so that a pair
   * of them is one string made once ({@link #CLASS_PAIRS}): a sink can then remember its lookup
   * ({@code WeightSums}), where a pair named in parts is looked up in the model every time.
   */
  private static final List<String> TOKEN_CLASSES =
      List.of("jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp", "ic", "other");
  /** {@code "pc,c=a,b"} and {@code "c,nc=a,b"}, by the two classes' places in TOKEN_CLASSES. */
  private static final String[][][] CLASS_PAIRS = new String[2][TOKEN_CLASSES.size()][TOKEN_CLASSES.size()];
  private static final int BEFORE = 0;
  private static final int AFTER = 1;

  static {
    for (int a = 0; a < TOKEN_CLASSES.size(); a++) {
      for (int b = 0; b < TOKEN_CLASSES.size(); b++) {
        CLASS_PAIRS[BEFORE][a][b] = "pc,c=" + TOKEN_CLASSES.get(a) + "," + TOKEN_CLASSES.get(b);
        CLASS_PAIRS[AFTER][a][b] = "c,nc=" + TOKEN_CLASSES.get(a) + "," + TOKEN_CLASSES.get(b);
      }
    }
  }

  private final int window;
  private final int affixLength;
  /** {@code "w" + offset + "="} and {@code "c" + offset + "="}, by offset + window(). */
  private final String[] wordHeads;
  private final String[] classHeads;

  private String[] sentence;
  private Word[] words;
  private boolean headline;
  // the fast finder asks for one token's features at each offset in a row: describe it once
  private String lastToken;
  private Word lastWord;

  /**
   * What a token's features are made of, its class's place in {@link #TOKEN_CLASSES} (-1 for a
   * class not listed), and its {@link DocumentWords#letterCounts} for the headline test.
   */
  private record Word(String lower, String tokenClass, int classIndex, String shape, long letterCounts) {

    static Word of(String token) {
      String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
      return new Word(
          token.toLowerCase(Locale.ROOT),
          tokenClass,
          TOKEN_CLASSES.indexOf(tokenClass),
          LocalFeatureGenerator.shape(token),
          DocumentWords.letterCounts(token));
    }
  }

  LocalFeatureGenerator(int window, int affixLength) {
    this.window = window;
    this.affixLength = affixLength;
    int reach = window();
    this.wordHeads = new String[2 * reach + 1];
    this.classHeads = new String[2 * reach + 1];
    for (int offset = -reach; offset <= reach; offset++) {
      wordHeads[offset + reach] = "w" + offset + "=";
      classHeads[offset + reach] = "c" + offset + "=";
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    FeatureSink sink = FeatureSink.of(features);
    int reach = window();
    for (int offset = -reach; offset <= reach; offset++) {
      int i = index + offset;
      if (i >= 0 && i < tokens.length) {
        addTokenFeatures(sink, words[i], offset);
      }
    }
    addContextFeatures(sink, index);
  }

  @Override
  public int window() {
    // the neighbours' shapes are features even when the word window is 0
    return Math.max(window, 1);
  }

  @Override
  public void addTokenFeatures(FeatureSink features, String token, int offset) {
    addTokenFeatures(features, word(token), offset);
  }

  private Word word(String token) {
    if (!token.equals(lastToken)) {
      lastWord = Word.of(token);
      lastToken = token;
    }
    return lastWord;
  }

  @Override
  public void addContextFeatures(FeatureSink features, String[] tokens, int index) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    addContextFeatures(features, index);
  }

  private void addTokenFeatures(FeatureSink features, Word word, int offset) {
    String lower = word.lower();
    if (offset == 0) {
      features.add("w=", lower);
      features.add("c=", word.tokenClass());
      features.add("wc=", lower, word.tokenClass());
      features.add("sh=", word.shape());
      int maxAffix = Math.min(affixLength, lower.length());
      for (int n = 1; n <= maxAffix; n++) {
        features.add("pre=", lower, 0, n);
        features.add("suf=", lower, lower.length() - n, lower.length());
      }
      return;
    }
    if (Math.abs(offset) <= window) {
      features.add(wordHeads[offset + window()], lower);
      features.add(classHeads[offset + window()], word.tokenClass());
    }
    if (offset == -1) {
      features.add("psh=", word.shape());
    } else if (offset == 1) {
      features.add("nsh=", word.shape());
    }
  }

  private void addContextFeatures(FeatureSink features, int index) {
    Word word = words[index];
    if (index > 0) {
      Word previous = words[index - 1];
      features.add("pw,w=", previous.lower(), word.lower());
      addClassPair(features, BEFORE, "pc,c=", previous, word);
    } else {
      features.add("S=begin");
    }
    if (index + 1 < words.length) {
      Word next = words[index + 1];
      features.add("w,nw=", word.lower(), next.lower());
      addClassPair(features, AFTER, "c,nc=", word, next);
    } else {
      features.add("S=end");
    }
    if (headline) {
      features.add("hl,w=", word.lower());
      features.add("hl,sh=", word.shape());
    }
  }

  private static void addClassPair(FeatureSink features, int side, String head, Word first, Word second) {
    if (first.classIndex() >= 0 && second.classIndex() >= 0) {
      features.add(CLASS_PAIRS[side][first.classIndex()][second.classIndex()]);
    } else {
      features.add(head, first.tokenClass(), second.tokenClass());
    }
  }

  @Override
  public Object describe(String token) {
    return word(token);
  }

  @Override
  public void describedSentence(String[] tokens, Object[] descriptions) {
    Word[] described = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      described[i] = (Word) descriptions[i];
    }
    use(tokens, described);
  }

  private void prepare(String[] tokens) {
    Word[] described = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      described[i] = Word.of(tokens[i]);
    }
    use(tokens, described);
  }

  private void use(String[] tokens, Word[] described) {
    sentence = tokens;
    words = described;
    long letterCounts = 0;
    for (Word word : described) {
      letterCounts += word.letterCounts();
    }
    // headlines ("CRICKET - LEICESTERSHIRE TAKE OVER ...") need their own weights: case says little there
    headline = DocumentWords.isHeadline(letterCounts);
  }

  /** Upper-case letters as X, lower-case as x, digits as d, runs of one kind collapsed. */
  static String shape(String token) {
    StringBuilder out = new StringBuilder(8);
    char last = 0;
    for (int k = 0; k < token.length(); k++) {
      char ch = token.charAt(k);
      char kind;
      if (Character.isUpperCase(ch)) {
        kind = 'X';
      } else if (Character.isLowerCase(ch)) {
        kind = 'x';
      } else if (Character.isDigit(ch)) {
        kind = 'd';
      } else {
        kind = ch;
      }
      if (kind != last) {
        out.append(kind);
        last = kind;
      }
    }
    return out.toString();
  }
}
