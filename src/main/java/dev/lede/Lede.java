package dev.lede;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.analysis.Models;
import dev.lede.input.Article;
import dev.lede.input.Input;
import dev.lede.input.InputError;
import dev.lede.input.InputException;
import dev.lede.input.InputFormat;
import dev.lede.input.InputReader;
import dev.lede.output.OffsetUnit;
import dev.lede.output.RecordBuilder;
import dev.lede.pipeline.Deadline;
import dev.lede.summary.RankedSentence;
import dev.lede.summary.Summarizer;
import dev.lede.summary.SummaryLength;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * lede as a library: turns inputs into summary records. Thread-safe: models are shared, and
 * each calling thread gets its own analyzer and summarizer. The CLI is a thin shell over this
 * class; a distributed job calls {@link #process(String, byte[])} with the bytes it holds.
 */
public final class Lede {

  /** What a run is asked to do; {@link #defaults()} gives the CLI's defaults. */
  /** {@code timeout} is each article's time budget; zero means none. */
  public record Options(
      SummaryLength length,
      OffsetUnit offsetUnit,
      long maxBytes,
      boolean allowNonEnglish,
      InputFormat inputFormat,
      boolean includeText,
      Duration timeout)
      implements Serializable {

    public static final long DEFAULT_MAX_BYTES = 16L << 20;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public static Options defaults() {
      return new Options(
          SummaryLength.DEFAULT,
          OffsetUnit.CODEPOINT,
          DEFAULT_MAX_BYTES,
          false,
          InputFormat.AUTO,
          false,
          DEFAULT_TIMEOUT);
    }
  }

  /** Below this detector confidence, a non-English verdict is too unsure to refuse an article. */
  private static final double NOT_ENGLISH_CONFIDENCE = 0.5;

  private final Options options;
  private final InputReader reader;
  private final RecordBuilder records;
  private final ThreadLocal<ArticleAnalyzer> analyzers;
  private final ThreadLocal<Summarizer> summarizers;

  public Lede(Models models, Supplier<Summarizer> summarizer, Options options, InputStream stdin) {
    this.options = options;
    this.reader = new InputReader(options.maxBytes(), stdin, options.inputFormat());
    this.records = new RecordBuilder(options.offsetUnit(), options.includeText());
    this.analyzers = ThreadLocal.withInitial(models::newAnalyzer);
    this.summarizers = ThreadLocal.withInitial(summarizer);
  }

  /**
   * Reads, analyzes and summarizes one input; never throws for a bad input, a bug, or an input
   * that outgrows the heap.
   */
  public Outcome process(Input input) {
    try {
      return attempt(input);
    } catch (OutOfMemoryError first) {
      // Its objects are unreachable once the error has unwound the stack. The error may have
      // struck this input only because another worker held the heap at that moment, so it gets
      // one more try before it is called too large.
      try {
        return attempt(input);
      } catch (OutOfMemoryError second) {
        return failed(
            input.source(),
            InputError.TOO_LARGE,
            "needs more memory than the heap holds ("
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB; raise it with LEDE_JAVA_OPTS=-Xmx...)",
            null);
      }
    }
  }

  /**
   * Reads, analyzes and summarizes bytes the caller holds (a distributed job's file, a queue's
   * message) as a file named {@code source}: the same decoding, HTML sniffing, size limit and
   * error records.
   */
  public Outcome process(String source, byte[] bytes) {
    return process(new Input.Bytes(source, bytes));
  }

  private Outcome attempt(Input input) {
    try {
      Article article = reader.read(input);
      return summarize(article);
    } catch (InputException e) {
      return failed(input.source(), e.error(), e.getMessage(), null);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(input.source(), InputError.INTERNAL, "internal error: " + e, e);
    }
  }

  /** Analyzes and summarizes an article already in memory, within the time budget. */
  public Outcome summarize(Article article) {
    Deadline deadline = options.timeout().isZero() ? Deadline.NONE : Deadline.after(options.timeout());
    try {
      return summarize(article, deadline);
    } catch (Deadline.DeadlineExceeded e) {
      return failed(
          article.source(),
          InputError.TIMEOUT,
          "took longer than --timeout (" + options.timeout().toSeconds() + " s) to summarize",
          null);
    }
  }

  private Outcome summarize(Article article, Deadline deadline) {
    AnalyzedArticle analyzed = analyzers.get().analyze(article, deadline);
    String language = analyzed.language().code();
    boolean english =
        language.equals("en")
            || (analyzed.language().confidence() < NOT_ENGLISH_CONFIDENCE
                && !mostlyNonLatin(ArticleAnalyzer.languageSample(article.text())));
    if (!english && !options.allowNonEnglish()) {
      return failed(
          article.source(),
          InputError.NOT_ENGLISH,
          "language looks like '" + language + "', not English (--allow-non-english to go on)",
          null);
    }
    if (!english) {
      // the name finder and the keyword extractor are English models: their output on another
      // language would be noise, so only the language-independent parts run
      analyzed =
          new AnalyzedArticle(
              article, analyzed.language(), analyzed.sentences(), List.of(), analyzed.removed());
    }
    List<RankedSentence> summary = summarizers.get().summarize(analyzed, options.length());
    deadline.check();
    return new Outcome.Summarized(records.article(analyzed, summary, english));
  }

  /**
   * Whether most letters are of another script than Latin (Arabic, Hebrew, Han, Cyrillic...):
   * then the text is not English however unsure the detector is, as it is on such scripts.
   */
  static boolean mostlyNonLatin(CharSequence text) {
    int latin = 0;
    int other = 0;
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          other++;
        }
      }
      i += Character.charCount(c);
    }
    return other > latin;
  }

  private Outcome failed(String source, InputError error, String message, Throwable cause) {
    return new Outcome.Failed(records.error(source, error.code(), message), cause);
  }
}
