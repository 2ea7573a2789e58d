package dev.lede.keywords;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.PorterStems;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key phrases of an article: the noun phrases an editor would tag it with.
 *
 * <p><b>Candidates.</b> Within each sentence, a run is a maximal sequence of tokens tagged NOUN or
 * ADJ that are words (a letter, no digit, two characters or more; hyphenated compounds joined back
 * into one word), not function words or quantifiers ("such", "other") and not part of a
 * named-entity mention of any type (so dates and amounts are out too). Proper nouns end a run:
 * outside a mention they are mostly names the name finder missed. A run right before a person's
 * name is that person's title ("spokesman Dmitry Peskov") and is dropped. A possessive ends its
 * run, without its ending ("the company's legal issues" gives "company" and "legal issues").
 * Trailing adjectives are dropped, so a run ends with its head noun. The candidates of a run are
 * its suffixes of up to {@value #MAX_WORDS} words ("bilateral peace talks", "peace talks", "talks")
 * and its other single nouns ("peace"). A candidate is never a single generic noun ("way", "time",
 * "week", "statement"), never opens with one, and never pairs a weak opening modifier ("new",
 * "last") with a generic head ("last week"); one that has just one of these ("first lady", "extra
 * time"), one of {@value #MAX_WORDS} words, and a suffix that cuts a noun compound ("seeker
 * children" in "asylum seeker children") count only when they occur twice or in the headline (a
 * long phrase said once is mostly a tagging slip, "raises school funding"; its shorter suffixes
 * stay candidates). A candidate may not be an entity or part of one: its words may not be a
 * sequence inside any person, organization, place or misc mention of the article ("festival" is out
 * where "Lantern Festival" is a mention, however written). Candidates are one phrase when their
 * Porter stems are equal word by word ("civilian target", "civilian targets"); a phrase is shown
 * lower-cased in its most frequent form, and its {@code count} is the number of times it occurs as
 * a candidate.
 *
 * <p><b>Word ranks (TextRank).</b> A word graph links candidate words that stand within {@value
 * WordGraph#WINDOW} positions of each other among a sentence's candidate words; PageRank over it
 * gives each word stem a rank {@code R(w)}, scaled to mean 1: words that keep company with many
 * other content words across the article rank high.
 *
 * <p><b>Phrase score.</b>
 *
 * <pre>
 *   score = mean(R(w) for content words w) * (1 + 0.5 * (content - 1 + 0.5 * weak))
 *         * log2(1 + count) * (1 + 0.5 * (1 - first)) * (1 + 0.5 * inTitle)
 * </pre>
 *
 * where {@code content} is the number of the phrase's words that are neither weak modifiers nor
 * generic nouns and {@code weak} the number that are, {@code first} is the relative position of
 * the sentence of the first occurrence (0 first sentence, 1 last) and {@code inTitle} is 1 when
 * the headline holds the phrase. The length bonus favours a longer phrase over its head alone,
 * the logarithm of the count favours the head, which occurs at least as often; whichever wins is
 * kept and the other dropped: phrases are taken best first, skipping any that contains, or is
 * contained in, one already taken, and any said only once that scores below {@value
 * #MIN_RELATIVE_SCORE} times the best phrase (a short article has few key phrases, and the rest
 * of its nouns, said once, are noise), until {@code max} phrases are taken.
 *
 * <p><b>Cost.</b> Linear in the article's length: a constant number of candidates per token, a
 * graph with at most {@code WINDOW - 1} edges per candidate word and a fixed number of PageRank
 * iterations. Stateless and thread-safe.
 */
public final class KeywordExtractor {

  static final int MAX_WORDS = 3;
  static final double LENGTH_WEIGHT = 0.5;
  static final double POSITION_WEIGHT = 0.5;
  static final double TITLE_WEIGHT = 0.5;
  static final double MIN_RELATIVE_SCORE = 0.1;
  private static final Set<String> NAME_TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  /** At most {@code max} key phrases of the article, best first. */
  public List<Keyword> extract(AnalyzedArticle article, int max) {
    List<Sentence> sentences = article.sentences();
    if (max <= 0 || sentences.isEmpty()) {
      return List.of();
    }
    Stems stems = new Stems();
    BitSet inMention = new BitSet();
    BitSet inPerson = new BitSet();
    Set<String> entityKeys = new HashSet<>();
    for (Mention m : article.mentions()) {
      inMention.set(m.start(), m.end());
      if ("PERSON".equals(m.type())) {
        inPerson.set(m.start(), m.end());
      }
      if (NAME_TYPES.contains(m.type())) {
        addSequences(stems.ofText(m.text()), entityKeys);
      }
    }
    Set<String> titleKeys = new HashSet<>();
    if (article.article().title() != null) {
      addSequences(stems.ofText(article.article().title()), titleKeys);
    }

    WordGraph graph = new WordGraph();
    Map<String, Phrase> phrases = new LinkedHashMap<>();
    for (Sentence sentence : sentences) {
      List<Token> words = new ArrayList<>();
      List<String> graphWords = new ArrayList<>();
      for (Token tagged : joinHyphens(sentence.tokens())) {
        Token token = withoutPossessive(tagged);
        String word = normalized(token.text());
        if (isPhraseWord(token, word, inMention)) {
          words.add(token);
          graphWords.add(stems.of(word));
          if (token != tagged) { // a possessor ends its phrase: "the company's legal issues"
            addRun(words, sentence.index(), stems, entityKeys, phrases);
            words.clear();
          }
          continue;
        }
        // a run right before a person's name is their title: "spokesman Dmitry Peskov"
        if (!isCovered(inPerson, token)) {
          addRun(words, sentence.index(), stems, entityKeys, phrases);
        }
        words.clear();
      }
      addRun(words, sentence.index(), stems, entityKeys, phrases);
      graph.addSentence(graphWords);
    }

    Map<String, Double> ranks = graph.ranks();
    int firstIndex = sentences.get(0).index();
    int span = Math.max(1, sentences.get(sentences.size() - 1).index() - firstIndex);
    List<Phrase> ranked = new ArrayList<>();
    for (Phrase p : phrases.values()) {
      boolean inTitle = titleKeys.contains(p.key);
      if (!p.clearSeen && p.count < 2 && !inTitle) {
        continue;
      }
      ranked.add(p);
      double first = (double) (p.firstSentence - firstIndex) / span;
      p.score =
          p.wordScore(ranks)
              * log2(1 + p.count)
              * (1 + POSITION_WEIGHT * (1 - first))
              * (1 + (inTitle ? TITLE_WEIGHT : 0));
    }
    ranked.sort(Comparator.comparingDouble((Phrase p) -> p.score).reversed());
    double floor = ranked.isEmpty() ? 0 : MIN_RELATIVE_SCORE * ranked.get(0).score;

    List<Keyword> keywords = new ArrayList<>();
    List<Phrase> taken = new ArrayList<>();
    for (Phrase p : ranked) {
      if (keywords.size() == max) {
        break;
      }
      boolean noise = p.count < 2 && p.score < floor;
      if (!noise && !overlapsAny(taken, p)) {
        taken.add(p);
        keywords.add(new Keyword(p.text(), p.score, p.count));
      }
    }
    return keywords;
  }

  private static boolean isPhraseWord(Token token, String word, BitSet inMention) {
    String pos = baseTag(token.pos());
    if (!"NOUN".equals(pos) && !"ADJ".equals(pos) || isCovered(inMention, token)) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter
        && word.length() >= 2
        && !Stoplists.FUNCTION_WORDS.contains(word)
        && !Stoplists.DETERMINERS.contains(word);
  }

  /** The tag of a token's word: "NOUN" for the "NOUN+PART" of a token such as "firm's". */
  private static String baseTag(String pos) {
    if (pos == null) {
      return "";
    }
    int plus = pos.indexOf('+');
    return plus < 0 ? pos : pos.substring(0, plus);
  }

  /** "company's" as "company" (offsets and tag too); the token itself when it has no ending. */
  static Token withoutPossessive(Token token) {
    String text = token.text().replace('\u2019', '\'');
    int cut = 0;
    if (text.length() > 2 && (text.endsWith("'s") || text.endsWith("'S"))) {
      cut = 2;
    } else if (text.length() > 1 && text.endsWith("'")) {
      cut = 1;
    }
    if (cut == 0) {
      return token;
    }
    return new Token(
        token.start(),
        token.end() - cut,
        token.text().substring(0, text.length() - cut),
        baseTag(token.pos()));
  }

  private static boolean isCovered(BitSet chars, Token token) {
    int covered = chars.nextSetBit(token.start());
    return covered >= 0 && covered < token.end();
  }

  /**
   * The tokenizer splits "long-term" into "long", "-", "term": glue such words back into one
   * token, tagged as its last part, so that "30-hour truce" is not read as "hour truce".
   */
  static List<Token> joinHyphens(List<Token> tokens) {
    List<Token> joined = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int last = joined.size() - 1;
      if (i + 1 < tokens.size()
          && last >= 0
          && t.text().equals("-")
          && joined.get(last).end() == t.start()
          && t.end() == tokens.get(i + 1).start()) {
        Token left = joined.get(last);
        Token right = tokens.get(++i);
        joined.set(
            last,
            new Token(left.start(), right.end(), left.text() + "-" + right.text(), right.pos()));
      } else {
        joined.add(t);
      }
    }
    return joined;
  }

  /** Records the candidates of one run of phrase words (see the class comment). */
  private static void addRun(
      List<Token> run,
      int sentence,
      Stems stems,
      Set<String> entityKeys,
      Map<String, Phrase> phrases) {
    int end = run.size() - 1;
    while (end >= 0 && "ADJ".equals(run.get(end).pos())) {
      end--;
    }
    for (int i = 0; i <= end; i++) {
      boolean suffix = end - i < MAX_WORDS;
      boolean innerNoun = i < end && !"ADJ".equals(run.get(i).pos());
      // "seeker children" cut from "asylum seeker children" is only half a compound
      boolean cutsCompound = suffix && i > 0 && i < end && "NOUN".equals(run.get(i - 1).pos());
      if (suffix || innerNoun) {
        List<Token> candidate = run.subList(i, suffix ? end + 1 : i + 1);
        addCandidate(candidate, cutsCompound, sentence, stems, entityKeys, phrases);
      }
    }
  }

  private static void addCandidate(
      List<Token> tokens,
      boolean cutsCompound,
      int sentence,
      Stems stems,
      Set<String> entityKeys,
      Map<String, Phrase> phrases) {
    List<String> words = new ArrayList<>(tokens.size());
    List<String> wordStems = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String word = normalized(t.text());
      words.add(word);
      wordStems.add(stems.of(word));
    }
    Vagueness vagueness = Vagueness.of(words);
    String key = String.join(" ", wordStems);
    if (vagueness == Vagueness.VAGUE || entityKeys.contains(key)) {
      return;
    }
    // get and put, not computeIfAbsent: C1 would allocate the capturing lambda at every mention
    Phrase phrase = phrases.get(key);
    if (phrase == null) {
      phrase = new Phrase(key, wordStems, words, sentence);
      phrases.put(key, phrase);
    }
    phrase.add(String.join(" ", words), vagueness == Vagueness.CLEAR && !cutsCompound);
  }

  /** Adds every sequence of up to MAX_WORDS consecutive words, joined by spaces. */
  private static void addSequences(List<String> words, Set<String> into) {
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j <= Math.min(words.size(), i + MAX_WORDS); j++) {
        into.add(String.join(" ", words.subList(i, j)));
      }
    }
  }

  /** A loop, not a stream: C1 builds a stream's pipeline anew for every candidate. */
  private static boolean overlapsAny(List<Phrase> taken, Phrase p) {
    for (int i = 0; i < taken.size(); i++) {
      if (overlaps(taken.get(i), p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one phrase's stems are a consecutive sequence inside the other's. */
  private static boolean overlaps(Phrase a, Phrase b) {
    String x = a.padded();
    String y = b.padded();
    return x.contains(y) || y.contains(x);
  }

  private static String normalized(String token) {
    return token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Porter stems, cached per article (each call to extract has its own). */
  private static final class Stems {
    /** Compiled once: String.split compiles its pattern anew at every call (once per mention). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final PorterStems stems = new PorterStems();

    String of(String word) {
      return stems.of(word);
    }

    /** The stems of a free text's words (letters and digits), lower-cased. */
    List<String> ofText(String text) {
      List<String> out = new ArrayList<>();
      for (String w : NOT_WORD.split(normalized(text))) {
        if (!w.isEmpty()) {
          out.add(of(w));
        }
      }
      return out;
    }
  }

  /** How much a phrase's own words say, from its first and last word (see the class comment). */
  enum Vagueness {
    CLEAR,
    /**
     * A weak modifier opens it, a generic noun heads it or it has {@value #MAX_WORDS} words: it
     * must be repeated to count.
     */
    WEAK,
    /** Never a key phrase. */
    VAGUE;

    static Vagueness of(List<String> words) {
      if (words.size() == MAX_WORDS) {
        return WEAK; // long phrases said once are mostly tagging slips: "raises school funding"
      }
      String opener = words.get(0);
      boolean weakOpener = Stoplists.WEAK_MODIFIERS.contains(opener);
      boolean genericHead = Stoplists.GENERIC_NOUNS.contains(words.get(words.size() - 1));
      if (words.size() == 1 && genericHead
          || Stoplists.GENERIC_NOUNS.contains(opener)
          || weakOpener && genericHead) {
        return VAGUE;
      }
      return weakOpener || genericHead ? WEAK : CLEAR;
    }
  }

  /** One phrase's occurrences, by stem key. */
  private static final class Phrase {
    final String key;
    final List<String> stems;
    final List<String> words;
    final int firstSentence;
    final Map<String, Integer> forms = new LinkedHashMap<>();
    int count;
    /** Whether one occurrence at least needs no repetition to count. */
    boolean clearSeen;
    double score;

    /** The key between spaces, made when first compared with a taken phrase. */
    private String padded;

    Phrase(String key, List<String> stems, List<String> words, int firstSentence) {
      this.key = key;
      this.stems = List.copyOf(stems);
      this.words = List.copyOf(words);
      this.firstSentence = firstSentence;
    }

    String padded() {
      if (padded == null) {
        padded = " " + key + " ";
      }
      return padded;
    }

    void add(String form, boolean clear) {
      forms.merge(form, 1, Integer::sum);
      count++;
      clearSeen |= clear;
    }

    /**
     * The mean rank of the phrase's content words times a bonus for its length, where weak
     * modifiers and generic nouns count half and lend no rank ("police time" is worth no more
     * than "police" said as often).
     */
    double wordScore(Map<String, Double> ranks) {
      double rankSum = 0;
      int content = 0;
      for (int i = 0; i < stems.size(); i++) {
        String word = words.get(i);
        if (!Stoplists.GENERIC_NOUNS.contains(word) && !Stoplists.WEAK_MODIFIERS.contains(word)) {
          rankSum += ranks.getOrDefault(stems.get(i), 0.0);
          content++;
        }
      }
      if (content == 0) {
        return 0;
      }
      int weak = stems.size() - content;
      return rankSum / content * (1 + LENGTH_WEIGHT * (content - 1 + 0.5 * weak));
    }

    /** The most frequent form; ties go to the form seen first. */
    String text() {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : forms.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }
  }
}
