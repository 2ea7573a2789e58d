package dev.lede.entity;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.input.Article;
import dev.lede.pipeline.ApacheModels;
import dev.lede.pipeline.Language;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.OpenNlpPosTagger;
import dev.lede.pipeline.OpenNlpTokenizer;
import dev.lede.pipeline.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test articles written with their entities marked inline, {@code {PER Anna Kovac}}, {@code {ORG
 * ...}}, {@code {LOC ...}}, {@code {MISC ...}}, {@code {DATE ...}}: the marks give the mentions (lede's own NER model
 * is not needed), Apache's English models give sentences, tokens and POS tags.
 */
public final class AnnotatedText {

  private static final Pattern MARK = Pattern.compile("\\{(PER|ORG|LOC|MISC|MONEY|PERCENT|DATE) ([^{}]+)\\}");

  private AnnotatedText() {}

  /** The plain text of a marked-up article: the marks removed, their names kept. */
  public static String plain(String marked) {
    return MARK.matcher(marked).replaceAll("$2");
  }

  /** Analyzes a marked-up article; a first headline line is detected as {@link Article} does. */
  public static synchronized AnalyzedArticle analyze(String marked) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<String> types = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      spans.add(new int[] {start, text.length()});
      types.add(type(m.group(1)));
      last = m.end();
    }
    text.append(marked.substring(last));
    String plain = text.toString();
    Article article = Article.of("test", plain, null);
    OpenNlpTokenizer tokenizer = ApacheModels.tokenizer();
    OpenNlpPosTagger tagger = ApacheModels.posTagger();
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s :
        ApacheModels.sentenceSplitter().split(plain, article.bodyStart(), plain.length())) {
      sentences.add(s.withTokens(tagger.tag(tokenizer.tokenize(s))));
    }
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int start = spans.get(i)[0];
      int end = spans.get(i)[1];
      mentions.add(
          new Mention(types.get(i), start, end, sentenceAt(sentences, start), plain.substring(start, end)));
    }
    return new AnalyzedArticle(article, new Language("eng", 1.0), sentences, mentions);
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s.index();
      }
    }
    throw new IllegalArgumentException("mention at " + offset + " is in no sentence (headline?)");
  }

  private static String type(String mark) {
    return switch (mark) {
      case "PER" -> "PERSON";
      case "ORG" -> "ORGANIZATION";
      case "LOC" -> "LOCATION";
      case "MONEY", "PERCENT", "DATE" -> mark;
      default -> "MISC";
    };
  }
}
