package dev.lede.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.lede.Lede;
import dev.lede.Outcome;
import dev.lede.input.InputFormat;
import dev.lede.output.OffsetUnit;
import dev.lede.output.OutputFormat;
import dev.lede.output.SerializedRecord;
import dev.lede.summary.SummaryLength;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * lede as a Spark job: every file under INPUT (a folder, a glob, any Hadoop URI) becomes one
 * record under OUTPUT, the CLI's JSON Lines or Parquet. A thin shell over {@link Lede}: the
 * executors call it on the bytes Spark has read. The master comes from spark-submit, or from
 * {@code -Dspark.master} when the job is run with {@code java}.
 */
@Command(
    name = "lede-spark",
    mixinStandardHelpOptions = true,
    description = "Summarizes every file under INPUT into records under OUTPUT, with Apache Spark.")
public final class LedeSparkJob implements Callable<Integer> {

  /** The formats OUTPUT is written in. */
  enum Format {
    jsonl,
    parquet
  }

  @Parameters(index = "0", paramLabel = "INPUT", description = "Folder, glob or Hadoop URI, read recursively.")
  String input;

  @Parameters(index = "1", paramLabel = "OUTPUT", description = "Folder to write (must not exist).")
  String output;

  @Option(names = "--format", description = "jsonl (the CLI's records, one a line) or parquet (default: ${DEFAULT-VALUE}).")
  Format format = Format.jsonl;

  @Option(names = "--glob", description = "Which files to read, by name (default: ${DEFAULT-VALUE}).")
  String glob = "*.txt";

  @Option(names = {"-n", "--sentences"},
      description = "At most N sentences in the summary (default: 3 when neither --ratio nor --words is given).")
  Integer sentences;

  @Option(names = "--ratio", description = "At most this fraction of the article's sentences.")
  Double ratio;

  @Option(names = "--words", description = "At most about this many words.")
  Integer words;

  @Option(names = "--offset-unit", description = "codepoint or utf16 (default: ${DEFAULT-VALUE}).")
  String offsetUnit = "codepoint";

  @Option(names = "--input-format", description = "auto, text or html (default: ${DEFAULT-VALUE}).")
  String inputFormat = "auto";

  @Option(names = "--max-bytes", description = "Larger inputs fail as too-large, unread (default: ${DEFAULT-VALUE}).")
  long maxBytes = Lede.Options.DEFAULT_MAX_BYTES;

  @Option(names = "--timeout", description = "Seconds an article may take, 0: no limit (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = Lede.Options.DEFAULT_TIMEOUT.toSeconds();

  @Option(names = "--allow-non-english", description = "Summarize articles that are not in English.")
  boolean allowNonEnglish;

  @Option(names = "--include-text", description = "Put the article text the offsets index in each record.")
  boolean includeText;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int code = new CommandLine(new LedeSparkJob()).execute(args);
    SparkSession.getActiveSession().foreach(session -> {
      session.stop();
      return null;
    });
    System.exit(code);
  }

  @Override
  public Integer call() {
    Lede.Options options = options();
    SparkSession spark = SparkSession.builder().appName("lede").getOrCreate();
    Dataset<Row> files = files(spark, options.maxBytes());
    if (format == Format.jsonl) {
      Summarize<String> summarize = new Summarize<>(options, LedeSparkJob::jsonLine);
      files.mapPartitions(summarize, Encoders.STRING()).write().text(output);
    } else {
      Summarize<Row> summarize = new Summarize<>(options, RecordRows::of);
      files.mapPartitions(summarize, Encoders.row(RecordRows.SCHEMA)).write().parquet(output);
    }
    return 0;
  }

  /**
   * The files as rows of path, length and content; a file over the size limit is listed with a
   * null content, so that it is never read (Spark pushes the filter on length down to the listing).
   */
  private Dataset<Row> files(SparkSession spark, long limit) {
    Dataset<Row> all =
        spark.read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .option("pathGlobFilter", glob)
            .load(input);
    Dataset<Row> readable = all.where(col("length").leq(limit)).select("path", "length", "content");
    // one task for them all: as many as the readable files' would cost a task each, mostly empty
    Dataset<Row> tooLarge =
        all.where(col("length").gt(limit))
            .select(col("path"), col("length"), lit(null).cast(DataTypes.BinaryType).as("content"))
            .coalesce(1);
    return readable.union(tooLarge);
  }

  private static String jsonLine(Outcome outcome) {
    try {
      return SerializedRecord.of(outcome.record(), OutputFormat.JSONL).text();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The job's options as lede's own, which the driver sends to the executors. */
  private Lede.Options options() {
    OffsetUnit unit = switch (offsetUnit) {
      case "codepoint" -> OffsetUnit.CODEPOINT;
      case "utf16" -> OffsetUnit.UTF16;
      default -> throw usage("--offset-unit must be codepoint or utf16, not '" + offsetUnit + "'");
    };
    InputFormat read = switch (inputFormat) {
      case "auto" -> InputFormat.AUTO;
      case "text" -> InputFormat.TEXT;
      case "html" -> InputFormat.HTML;
      default -> throw usage("--input-format must be auto, text or html, not '" + inputFormat + "'");
    };
    Lede.Options options;
    try {
      options = new Lede.Options(new SummaryLength(sentences, ratio, words), unit, maxBytes, allowNonEnglish, read,
          includeText, Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (maxBytes < 0 || timeoutSeconds < 0) {
      throw usage("--max-bytes and --timeout must be 0 or more");
    }
    return options;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
