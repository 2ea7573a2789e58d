package dev.lede.bench;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.analysis.Models;
import dev.lede.input.Article;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Stages;
import dev.lede.pipeline.Token;
import dev.lede.summary.Summarizer;
import dev.lede.summary.Summarizers;
import dev.lede.summary.SummaryLength;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH figures for each pipeline stage on one thread, each stage given the output of the ones
 * before it (computed once in set-up), over every {@code *.txt} file under {@code articles}. One
 * operation is one pass over all of them: divide the score by the tokens the set-up prints to get
 * tokens per second. Run it with:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath) org.openjdk.jmh.Main StageBenchmark \
 *   -p articles=../shared/data/bbc-news-summary/dev/articles/business -wi 3 -w 3 -i 5 -r 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class StageBenchmark {

  @Param("samples")
  public String articles;

  private Stages stages;
  private ArticleAnalyzer analyzer;
  private Summarizer summarizer;
  private List<Article> texts;
  private List<Sentence> split;
  private List<List<Token>> tokens;
  private List<Sentence> tagged;
  private List<AnalyzedArticle> analyzed;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Models models = Models.load();
    stages = models.newStages();
    analyzer = models.newAnalyzer();
    summarizer = Summarizers.standard();
    texts = read(Path.of(articles));
    split = new ArrayList<>();
    tokens = new ArrayList<>();
    tagged = new ArrayList<>();
    analyzed = new ArrayList<>();
    long count = 0;
    for (Article article : texts) {
      analyzed.add(analyzer.analyze(article));
      for (Sentence sentence : stages.sentenceSplitter().split(article.text(), 0, article.text().length())) {
        split.add(sentence);
        List<Token> sentenceTokens = stages.tokenizer().tokenize(sentence);
        tokens.add(sentenceTokens);
        tagged.add(
            new Sentence(tagged.size(), sentence.start(), sentence.end(), sentence.text(), stages.posTagger().tag(sentenceTokens)));
        count += sentenceTokens.size();
      }
    }
    System.out.printf("%n%d articles, %d sentences, %d tokens per operation%n", texts.size(), split.size(), count);
  }

  private static List<Article> read(Path folder) throws IOException {
    List<Article> read = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        read.add(Article.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8), null));
      }
    }
    if (read.isEmpty()) {
      throw new IllegalArgumentException("no .txt articles under " + folder);
    }
    return read;
  }

  @Benchmark
  public void language(Blackhole out) {
    for (Article article : texts) {
      out.consume(stages.languageIdentifier().identify(ArticleAnalyzer.languageSample(article.text())));
    }
  }

  @Benchmark
  public void sentences(Blackhole out) {
    for (Article article : texts) {
      out.consume(stages.sentenceSplitter().split(article.text(), 0, article.text().length()));
    }
  }

  @Benchmark
  public void tokens(Blackhole out) {
    for (Sentence sentence : split) {
      out.consume(stages.tokenizer().tokenize(sentence));
    }
  }

  @Benchmark
  public void pos(Blackhole out) {
    for (List<Token> sentence : tokens) {
      out.consume(stages.posTagger().tag(sentence));
    }
  }

  @Benchmark
  public void entities(Blackhole out) {
    out.consume(stages.entityFinder().find(tagged));
  }

  @Benchmark
  public void summary(Blackhole out) {
    for (AnalyzedArticle article : analyzed) {
      out.consume(summarizer.summarize(article, SummaryLength.DEFAULT));
    }
  }

  @Benchmark
  public void analyze(Blackhole out) {
    for (Article article : texts) {
      out.consume(analyzer.analyze(article));
    }
  }
}
