package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import dev.lede.summary.SentenceHygiene.Defect;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a learned scorer sees of each sentence: signals that carry to news in general, none of
 * which tells one source of news from another (so no title: some sources have none). Every value lies in [0, 1]. Position is counted
 * over the sentences fit for a summary (see {@link SentenceHygiene}), so a byline or caption at
 * the top does not push the lead down. Features whose names start with {@link #INTERACTION}
 * multiply a sentence signal by the article's length, letting one model weigh position and
 * centrality differently in short and long stories.
 */
public final class SentenceFeatures {

  /** Prefix of the features that interact with the article's length. */
  public static final String INTERACTION = "x-";

  /** The feature names, in the order of each row of {@link #values()}. */
  public static final List<String> NAMES =
      List.of(
          "bias",
          "position",
          "first",
          "second",
          "third",
          "relative-position",
          "centrality",
          "centrality-rank",
          "centrality-top3",
          "centroid-similarity",
          "entities",
          "words",
          "short",
          "lead-similarity",
          "quote",
          "numbers",
          "proper-nouns",
          "needs-previous",
          "defective",
          "paragraph-start",
          "first-paragraph",
          "attribution",
          INTERACTION + "position",
          INTERACTION + "relative-position",
          INTERACTION + "centrality");

  private static final int LONGEST_COUNTED = 60;
  private static final int SHORT_BELOW = 15;
  /** An article of this many clean sentences or more counts as fully long. */
  private static final int LONG_ARTICLE = 100;
  private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d]|(^|\\s)'|'(\\s|$)");
  /** Words that attribute what a sentence says to someone: a quote's or a claim's source. */
  private static final Set<String> ATTRIBUTION =
      Set.of("said", "says", "say", "told", "according", "added", "stated", "explained");

  private final double[][] values;
  private final Defect[] defects;
  private final SentenceTerms terms;

  private SentenceFeatures(double[][] values, Defect[] defects, SentenceTerms terms) {
    this.values = values;
    this.defects = defects;
    this.terms = terms;
  }

  public static SentenceFeatures of(AnalyzedArticle article) {
    List<Sentence> sentences = article.sentences();
    int n = sentences.size();
    SentenceTerms terms = SentenceTerms.of(sentences);
    Defect[] defects = new Defect[n];
    for (int i = 0; i < n; i++) {
      defects[i] = SentenceHygiene.defect(sentences.get(i));
    }
    int[] cleanIndex = cleanIndices(defects);
    int cleanCount = n == 0 ? 0 : cleanIndex[n - 1] + (defects[n - 1].isClean() ? 1 : 0);
    double articleLength = Math.min(1, Math.log(1 + cleanCount) / Math.log(1 + LONG_ARTICLE));
    double[] rawCentrality = PageRank.scores(NewsSummarizer.graph(terms));
    double[] centrality = NewsSummarizer.scaled(rawCentrality);
    int[] centralityRank = ranks(rawCentrality);
    double[] entities = NewsSummarizer.scaled(NewsSummarizer.entitySalience(article));
    double[] centroid = centroidSimilarity(terms);
    int lead = firstClean(defects);
    boolean[] paragraphStart = paragraphStarts(article);
    int firstParagraphEnd = firstParagraphEnd(paragraphStart, lead);
    double[][] values = new double[n][];
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      int k = cleanIndex[i];
      int words = s.wordCount();
      double position = 1.0 / (k + 1);
      double relative = cleanCount > 1 ? Math.min(1, k / (double) (cleanCount - 1)) : 0;
      values[i] =
          new double[] {
            1,
            position,
            k == 0 ? 1 : 0,
            k == 1 ? 1 : 0,
            k == 2 ? 1 : 0,
            relative,
            centrality[i],
            1.0 / (centralityRank[i] + 1),
            centralityRank[i] < 3 ? 1 : 0,
            centroid[i],
            entities[i],
            Math.min(words, LONGEST_COUNTED) / (double) LONGEST_COUNTED,
            words < SHORT_BELOW ? 1 : 0,
            lead >= 0 && lead != i ? terms.cosine(i, lead) : 0,
            QUOTE.matcher(s.text()).find() ? 1 : 0,
            share(s, "NUM"),
            share(s, "PROPN"),
            defects[i] == Defect.NEEDS_PREVIOUS ? 1 : 0,
            defects[i].isClean() ? 0 : 1,
            paragraphStart[i] ? 1 : 0,
            i >= lead && i < firstParagraphEnd ? 1 : 0,
            attributes(s) ? 1 : 0,
            position * articleLength,
            relative * articleLength,
            centrality[i] * articleLength
          };
    }
    return new SentenceFeatures(values, defects, terms);
  }

  /** One row per sentence, one column per name in {@link #NAMES}. */
  public double[][] values() {
    return values;
  }

  public int size() {
    return values.length;
  }

  Defect[] defects() {
    return defects;
  }

  SentenceTerms terms() {
    return terms;
  }

  /** For each sentence, how many clean sentences come before it. */
  private static int[] cleanIndices(Defect[] defects) {
    int[] index = new int[defects.length];
    int clean = 0;
    for (int i = 0; i < defects.length; i++) {
      index[i] = clean;
      if (defects[i].isClean()) {
        clean++;
      }
    }
    return index;
  }

  private static int firstClean(Defect[] defects) {
    for (int i = 0; i < defects.length; i++) {
      if (defects[i].isClean()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether each sentence opens a paragraph: a line break lies between it and the sentence
   * before (or the start of the body). Text with no paragraph breaks has one paragraph.
   */
  static boolean[] paragraphStarts(AnalyzedArticle article) {
    List<Sentence> sentences = article.sentences();
    String text = article.article().text();
    boolean[] starts = new boolean[sentences.size()];
    int previousEnd = article.article().bodyStart();
    for (int i = 0; i < starts.length; i++) {
      Sentence s = sentences.get(i);
      int from = Math.min(Math.max(0, previousEnd), text.length());
      int to = Math.min(Math.max(from, s.start()), text.length());
      starts[i] = i == 0 || hasLineBreak(text, from, to);
      previousEnd = s.end();
    }
    return starts;
  }

  /** Whether a line break lies in [from, to): only the gap between two sentences is searched. */
  private static boolean hasLineBreak(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      if (text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The index after the last sentence of the paragraph that holds the first clean sentence. */
  private static int firstParagraphEnd(boolean[] paragraphStart, int lead) {
    if (lead < 0) {
      return 0;
    }
    int end = lead + 1;
    while (end < paragraphStart.length && !paragraphStart[end]) {
      end++;
    }
    return end;
  }

  private static boolean attributes(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (ATTRIBUTION.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** 0 for the highest score; ties go to the earlier sentence. */
  private static int[] ranks(double[] scores) {
    List<Integer> order = RankedSummaries.byScore(scores);
    int[] rank = new int[scores.length];
    for (int r = 0; r < order.size(); r++) {
      rank[order.get(r)] = r;
    }
    return rank;
  }

  /** Cosine of each sentence's term set with the article's term frequencies. */
  private static double[] centroidSimilarity(SentenceTerms terms) {
    double[] frequency = new double[terms.vocabularySize()];
    for (int i = 0; i < terms.size(); i++) {
      for (int t : terms.of(i)) {
        frequency[t]++;
      }
    }
    double norm = 0;
    for (double f : frequency) {
      norm += f * f;
    }
    double[] similarity = new double[terms.size()];
    for (int i = 0; i < similarity.length; i++) {
      int[] own = terms.of(i);
      if (own.length == 0 || norm == 0) {
        continue;
      }
      double dot = 0;
      for (int t : own) {
        dot += frequency[t];
      }
      similarity[i] = dot / Math.sqrt(norm * own.length);
    }
    return similarity;
  }

  private static double share(Sentence sentence, String tag) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) {
      return 0;
    }
    // a loop: a stream per sentence and tag is slow in the C1-compiled runs
    int count = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tag.equals(tokens.get(i).pos())) {
        count++;
      }
    }
    return count / (double) tokens.size();
  }
}
