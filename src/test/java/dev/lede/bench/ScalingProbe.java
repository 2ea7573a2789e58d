package dev.lede.bench;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.analysis.Models;
import dev.lede.entity.Entity;
import dev.lede.entity.EntityGrouper;
import dev.lede.input.Article;
import dev.lede.input.Input;
import dev.lede.input.InputReader;
import dev.lede.keywords.KeywordExtractor;
import dev.lede.output.ArticleRecord;
import dev.lede.output.OffsetUnit;
import dev.lede.output.OutputFormat;
import dev.lede.output.RecordBuilder;
import dev.lede.output.RecordWriter;
import dev.lede.pipeline.Deadline;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.StageClock;
import dev.lede.quotes.QuoteFinder;
import dev.lede.summary.RankedSentence;
import dev.lede.summary.Summarizer;
import dev.lede.summary.Summarizers;
import dev.lede.summary.SummaryLength;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each stage's cost grows with an article's length: for each file given, the CPU time and
 * the bytes allocated per token of every stage, on this thread, after a warm-up on the first
 * file. Thread CPU time rather than wall time, since the machine is shared. A stage whose cost
 * per token rises with the length is superlinear.
 *
 * <p>{@code java -cp target/lede.jar:target/test-classes dev.lede.bench.ScalingProbe FILE...}
 */
public final class ScalingProbe implements StageClock {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Map<String, long[]> costs = new LinkedHashMap<>();
  private long lastCpu;
  private long lastBytes;

  public static void main(String[] args) throws Exception {
    Models models = Models.load();
    ArticleAnalyzer analyzer = models.newAnalyzer();
    Summarizer summarizer = Summarizers.standard();
    InputReader reader = new InputReader(64L << 20, InputStream.nullInputStream());
    for (int i = 0; i < 3; i++) {
      new ScalingProbe().run(args[0], reader, analyzer, summarizer);
    }
    System.out.printf("%-28s %9s %9s", "file", "sentences", "tokens");
    boolean header = false;
    for (String file : args) {
      ScalingProbe probe = new ScalingProbe();
      long tokens = probe.run(file, reader, analyzer, summarizer);
      if (!header) {
        for (String stage : probe.costs.keySet()) {
          System.out.printf(" %12s", stage);
        }
        System.out.println("   (ns CPU / token; then bytes allocated / token)");
        header = true;
      }
      print(file, probe, tokens, 0);
      print("", probe, tokens, 1);
    }
  }

  private static void print(String file, ScalingProbe probe, long tokens, int which) {
    long sentences = probe.costs.get("sentences")[2];
    System.out.printf("%-28s %9s %9s", Path.of(file.isEmpty() ? "." : file).getFileName(), which == 0 ? sentences : "", which == 0 ? tokens : "");
    for (long[] cost : probe.costs.values()) {
      System.out.printf(" %12.0f", cost[which] / (double) tokens);
    }
    System.out.println();
  }

  private long run(String file, InputReader reader, ArticleAnalyzer analyzer, Summarizer summarizer) throws Exception {
    long base = live();
    start();
    Article article = reader.read(new Input.FileInput(file, Path.of(file)));
    lap("read");
    AnalyzedArticle analyzed = analyzer.analyze(article, Deadline.NONE, this);
    long afterAnalysis = live();
    long tokens = 0;
    for (Sentence s : analyzed.sentences()) {
      tokens += s.tokens().size();
    }
    costs.computeIfAbsent("sentences", s -> new long[3])[2] = analyzed.sentences().size();
    List<RankedSentence> summary = summarizer.summarize(analyzed, SummaryLength.DEFAULT);
    lap("summary");
    List<Entity> entities = new EntityGrouper().group(analyzed);
    lap("grouping");
    new KeywordExtractor().extract(analyzed, 10);
    lap("keywords");
    new QuoteFinder().find(analyzed, entities);
    lap("quotes");
    ArticleRecord record = new RecordBuilder(OffsetUnit.CODEPOINT).article(analyzed, summary);
    lap("record(all)");
    long afterRecord = live();
    byte[] json = RecordWriter.toJson(record, OutputFormat.JSON);
    lap("json");
    long afterJson = live();
    System.err.printf(
        "%s: %d bytes of JSON; live heap over the models: %.1f MB analyzed, %.1f MB with the record, %.1f MB with its JSON (%.0f, %.0f, %.0f bytes/token)%n",
        article.source(), json.length, (afterAnalysis - base) / 1e6, (afterRecord - base) / 1e6, (afterJson - base) / 1e6,
        (afterAnalysis - base) / (double) tokens, (afterRecord - base) / (double) tokens, (afterJson - base) / (double) tokens);
    // as in lede's own path, the analysis and the record are alive until the JSON is written
    Reference.reachabilityFence(analyzed);
    Reference.reachabilityFence(record);
    return tokens;
  }

  /** Bytes of live heap, when {@code -Dprobe.live=true} (full collections: slow, and they skew CPU times); else 0. */
  private long live() {
    if (!Boolean.getBoolean("probe.live")) {
      return 0;
    }
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    long used = runtime.totalMemory() - runtime.freeMemory();
    start(); // the collections are charged to no stage
    return used;
  }

  private void start() {
    lastCpu = THREADS.getCurrentThreadCpuTime();
    lastBytes = THREADS.getCurrentThreadAllocatedBytes();
  }

  @Override
  public void lap(String stage) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long bytes = THREADS.getCurrentThreadAllocatedBytes();
    long[] cost = costs.computeIfAbsent(stage, s -> new long[3]);
    cost[0] += cpu - lastCpu;
    cost[1] += bytes - lastBytes;
    lastCpu = cpu;
    lastBytes = bytes;
  }
}
