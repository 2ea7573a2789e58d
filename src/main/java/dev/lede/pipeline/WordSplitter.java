package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Where {@link TokenizerME} splits one word (a string without white space), with the same
 * decisions, from the same weights summed in the same order, for a maxent model with OpenNLP's
 * default token features and no abbreviation dictionary: the model is asked at each char
 * boundary, and {@code DefaultTokenContextGenerator} builds some fifteen feature strings there,
 * each hashed and looked up anew. Here a char's own features and the char-class features are
 * looked up once (Latin-1 chars) or once per boundary, and only the prefix, suffix and char-pair
 * features are built as strings. Other models are split by {@link TokenizerME}. Not thread-safe.
 */
final class WordSplitter {

  private static final String MODEL_ENTRY = "token.model";
  private static final int CACHED_CHARS = 256;
  /** The keys of a char's features, in {@code addCharPreds}' order of calls. */
  private static final String[] KEYS = {"p1", "p2", "f1", "f2"};
  private static final int P1 = 0;
  private static final int P2 = 1;
  private static final int F1 = 2;
  private static final int F2 = 3;

  /** The char-class features {@code addCharPreds} adds after {@code key=c}. */
  private static final String[] CLASSES = {"_alpha", "_caps", "_num", "_ws", "_eos", "_quote", "_lp", "_rp"};
  private static final int ALPHA = 0;
  private static final int CAPS = 1;
  private static final int NUM = 2;
  private static final int WS = 3;
  private static final int EOS = 4;
  private static final int QUOTE = 5;
  private static final int LP = 6;
  private static final int RP = 7;

  private final Map<String, Context> predicates;
  private final double logPrior;
  private final int split;
  private final double[] sums;
  /** {@code key=c} for each key and Latin-1 char, looked up on first need. */
  private final Context[][] charFeatures = new Context[KEYS.length][CACHED_CHARS];
  private final boolean[][] charLookedUp = new boolean[KEYS.length][CACHED_CHARS];
  /** {@code key_alpha}, {@code key_caps}, ... by key, in the order of CLASSES. */
  private final Context[][] classFeatures;
  private final Context p2Bok;
  private final Context f2Bok;
  private final Context charCode;

  @SuppressWarnings("unchecked")
  private WordSplitter(GISModel model) {
    Object[] data = model.getDataStructures();
    this.predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    this.logPrior = StrictMath.log(1.0 / outcomes.length); // as OpenNLP's UniformPrior
    this.split = Arrays.asList(outcomes).indexOf(TokenizerME.SPLIT);
    this.sums = new double[outcomes.length];
    this.classFeatures = new Context[KEYS.length][CLASSES.length];
    for (int k = 0; k < KEYS.length; k++) {
      for (int c = 0; c < CLASSES.length; c++) {
        classFeatures[k][c] = predicates.get(KEYS[k] + CLASSES[c]);
      }
    }
    this.p2Bok = predicates.get("p2=bok");
    this.f2Bok = predicates.get("f2=bok");
    this.charCode = predicates.get("cc");
  }

  /**
   * Each word's spans as {@link TokenizerME#tokenizePos} gives them: from this splitter when the
   * model allows, else from a TokenizerME of the model's own.
   */
  static Function<String, Span[]> of(TokenizerModel model) {
    TokenizerFactory factory = model.getFactory();
    if (factory.getClass() == TokenizerFactory.class
        && factory.getContextGenerator().getClass() == DefaultTokenContextGenerator.class
        && model.getAbbreviations() == null
        && !factory.isUseAlphaNumericOptimization()
        && model.getArtifact(MODEL_ENTRY) instanceof GISModel gis
        && Arrays.asList((String[]) gis.getDataStructures()[2]).contains(TokenizerME.SPLIT)) {
      return new WordSplitter(gis)::split;
    }
    return new TokenizerME(model)::tokenizePos;
  }

  /** The tokens of {@code word}, which holds no white space. */
  Span[] split(String word) {
    int end = word.length();
    if (end < 2) {
      return new Span[] {new Span(0, end)};
    }
    List<Span> found = new ArrayList<>(2);
    int start = 0;
    for (int j = 1; j < end; j++) {
      if (splitsAt(word, j)) {
        found.add(new Span(start, j));
        start = j;
      }
    }
    found.add(new Span(start, end));
    return found.toArray(new Span[0]);
  }

  /** GISModel's best outcome for the boundary before char {@code index}: whether it is a split. */
  private boolean splitsAt(String word, int index) {
    Arrays.fill(sums, logPrior);
    // DefaultTokenContextGenerator.createContext's features, in its order (index > 0 here)
    add(predicates.get("p=" + word.substring(0, index)));
    add(predicates.get("s=" + word.substring(index)));
    char previous = word.charAt(index - 1);
    char current = word.charAt(index);
    addChar(P1, previous);
    if (index > 1) {
      char second = word.charAt(index - 2);
      addChar(P2, second);
      add(predicates.get("p21=" + second + previous));
    } else {
      add(p2Bok);
    }
    add(predicates.get("p1f1=" + previous + current));
    addChar(F1, current);
    if (index + 1 < word.length()) {
      char next = word.charAt(index + 1);
      addChar(F2, next);
      add(predicates.get("f12=" + current + next));
    } else {
      add(f2Bok);
    }
    if (word.charAt(0) == '&' && word.charAt(word.length() - 1) == ';') {
      add(charCode);
    }
    GisNormalization.normalize(sums);
    int best = 0; // ArrayMath.argmax: the first of equals
    for (int o = 1; o < sums.length; o++) {
      if (sums[best] < sums[o]) {
        best = o;
      }
    }
    return best == split;
  }

  /** {@code addCharPreds(KEYS[key], c, ...)}. */
  private void addChar(int key, char c) {
    add(charFeature(key, c));
    Context[] classes = classFeatures[key];
    if (Character.isLetter(c)) {
      add(classes[ALPHA]);
      if (Character.isUpperCase(c)) {
        add(classes[CAPS]);
      }
    } else if (Character.isDigit(c)) {
      add(classes[NUM]);
    } else if (StringUtil.isWhitespace(c)) {
      add(classes[WS]);
    } else if (c == '.' || c == '?' || c == '!') {
      add(classes[EOS]);
    } else if (c == '`' || c == '"' || c == '\'') {
      add(classes[QUOTE]);
    } else if (c == '[' || c == '{' || c == '(') {
      add(classes[LP]);
    } else if (c == ']' || c == '}' || c == ')') {
      add(classes[RP]);
    }
  }

  private Context charFeature(int key, char c) {
    if (c >= CACHED_CHARS) {
      return predicates.get(KEYS[key] + "=" + c);
    }
    if (!charLookedUp[key][c]) {
      charFeatures[key][c] = predicates.get(KEYS[key] + "=" + c);
      charLookedUp[key][c] = true;
    }
    return charFeatures[key][c];
  }

  /**
   * ArrayMath.sumFeatures for one predicate: its weights added by outcome, in its order (each
   * times the feature's value, 1, which changes no bit).
   */
  private void add(Context context) {
    if (context != null) {
      int[] outcomes = context.getOutcomes();
      double[] parameters = context.getParameters();
      for (int i = 0; i < outcomes.length; i++) {
        sums[outcomes[i]] += parameters[i];
      }
    }
  }
}
