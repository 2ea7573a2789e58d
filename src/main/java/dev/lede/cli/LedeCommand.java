package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.Outcome;
import dev.lede.analysis.Models;
import dev.lede.batch.BatchRunner;
import dev.lede.input.Input;
import dev.lede.input.InputFormat;
import dev.lede.input.InputWalker;
import dev.lede.output.OffsetUnit;
import dev.lede.output.OutputDirectory;
import dev.lede.output.OutputFormat;
import dev.lede.output.RecordWriter;
import dev.lede.output.SerializedRecord;
import dev.lede.summary.Summarizer;
import dev.lede.summary.Summarizers.Method;
import dev.lede.summary.SummaryLength;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede [OPTIONS] [INPUT...]}: summarize news articles into JSON. */
@Command(
    name = "lede",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Summarize news articles into structured JSON.",
    description = {
      "Reads each article (plain text in UTF-8, or an HTML page, whose article text is extracted) and writes its key sentences, named entities, language"
          + " and sizes as JSON. INPUT is a file, a folder (every file under it matching --glob,"
          + " recursively, in sorted order) or - for standard input; with no INPUT, standard input"
          + " is read when it is a pipe.",
      "",
      "One input gives one pretty-printed JSON object; several inputs or a folder give JSON Lines,"
          + " one object per article in input order, each written as soon as it is done. An input"
          + " that cannot be summarized gets an error record in its place and a line on standard"
          + " error; the others go on.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was summarized",
      "1:one or more inputs failed (the others were written)",
      "2:usage error",
      "141:standard output was closed by its reader (lede corpus/ | head): lede stops quietly",
      "130, 143:interrupted by Ctrl-C or SIGTERM",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  lede article.txt",
      "  cat article.txt | lede - | jq .summary",
      "  lede --threads 2 -o corpus.jsonl corpus/",
      "  lede --format text article.txt",
      "  find corpus -name '*.txt' -newer stamp | lede --files-from - --format jsonl",
    })
public final class LedeCommand implements Callable<Integer> {

  /**
   * The subcommands by name, in the order help lists them. {@link Main} adds them to a run that
   * names one or asks for help or the version, not to a run that summarizes: picocli would read
   * every one's options by reflection first. One article: 0.39 s against 0.41 s, 0.56 s of CPU
   * against 0.60 (medians of 21 alternating runs).
   */
  static final Map<String, Class<?>> SUBCOMMANDS = inOrder(
      Map.entry("train-ner", TrainNerCommand.class),
      Map.entry("eval-ner", EvalNerCommand.class),
      Map.entry("train-clusters", TrainClustersCommand.class),
      Map.entry("eval-summary", EvalSummaryCommand.class),
      Map.entry("train-summary", TrainSummaryCommand.class),
      Map.entry("eval-html", EvalHtmlCommand.class),
      Map.entry("bench", BenchCommand.class),
      Map.entry("generate-completion", CompletionCommand.class));

  /** The entries in their order; each name is the one the class's {@code @Command} gives it. */
  @SafeVarargs
  private static Map<String, Class<?>> inOrder(Map.Entry<String, Class<?>>... entries) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, Class<?>> entry : entries) {
      byName.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableMap(byName);
  }

  /** The process's streams, given by {@link Main}. */
  record Streams(
      InputStream in,
      OutputStream out,
      PrintStream err,
      BooleanSupplier stdinIsPiped,
      BooleanSupplier stderrIsTerminal) {}

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Article files, folders, or - for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-n", "--sentences"},
      paramLabel = "N",
      description = "At most N sentences in the summary (default: 3 when neither --ratio nor --words is given).")
  private Integer sentences;

  @Option(
      names = "--ratio",
      paramLabel = "R",
      description = "At most this fraction of the article's sentences, rounded down, 0 < R <= 1 (at least one).")
  private Double ratio;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = "learned",
      description = "How sentences are chosen: learned (default: lede's scorer, learned from people's choices),"
          + " lead (the first sentences) or textrank (centrality alone).")
  private String method;

  @Option(
      names = "--words",
      paramLabel = "N",
      description = "At most about N words: whole sentences, stopping before the one that would go over."
          + " Controls given together are all obeyed.")
  private Integer words;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = "json (pretty; several records as an array), jsonl (one record per line) or text"
          + " (for reading at a terminal). Default: json for one input, jsonl otherwise.")
  private String format;

  @Option(
      names = "--files-from",
      paramLabel = "FILE",
      description = "Also read the inputs named in FILE, one per line (- for standard input), as tar -T does.")
  private Path filesFrom;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write records to FILE instead of standard output.")
  private Path output;

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = "*.txt",
      description = "Which files of a folder to read (default: ${DEFAULT-VALUE}). Files it leaves out are counted on standard error.")
  private String glob;

  @Option(
      names = "--offset-unit",
      paramLabel = "UNIT",
      defaultValue = "codepoint",
      completionCandidates = OffsetUnitNames.class,
      description = "Unit of start/end offsets: codepoint (Python, jq) or utf16 (Java, JavaScript)."
          + " Default: ${DEFAULT-VALUE}.")
  private String offsetUnit;

  @Option(
      names = "--input-format",
      paramLabel = "TYPE",
      defaultValue = "auto",
      completionCandidates = InputFormatNames.class,
      description = "auto (HTML for .html/.htm files and text that opens like HTML, else plain text),"
          + " text or html. Default: ${DEFAULT-VALUE}.")
  private String inputFormat;

  @Option(
      names = "--include-text",
      description = "Put the article text that offsets index (for HTML, the extracted text) in each record as text.")
  private boolean includeText;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for several inputs (default: the number of processors).")
  private Integer threads;

  @Option(
      names = "--max-bytes",
      paramLabel = "BYTES",
      defaultValue = "" + Lede.Options.DEFAULT_MAX_BYTES,
      description = "Refuse inputs larger than this, as too-large (default: ${DEFAULT-VALUE}, 16 MiB).")
  private long maxBytes;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Give up on an article after this long, as timeout; 0 for no limit (default: ${DEFAULT-VALUE}).")
  private long timeoutSeconds;

  @Option(
      names = "--allow-non-english",
      description = "Summarize articles the language detector says are not English (they fail as not-english otherwise).")
  private boolean allowNonEnglish;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "Write each summary to its own file under DIR, mirroring the input tree"
          + " (a/b.txt becomes DIR/a/b.txt.json), atomically. Error records still go to standard output.")
  private Path outputDir;

  @Option(
      names = "--skip-existing",
      description = "With --output-dir: pass over inputs whose file is already there, to resume a batch.")
  private boolean skipExisting;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line (shown for batches only when standard error is a terminal).")
  private boolean quiet;

  @Option(names = "--debug", description = "Print the stack trace of internal errors.")
  private boolean debug;

  private final Streams streams;
  private final Function<Method, Summarizer> summarizer;
  private final Supplier<Models> models;

  /** A lede with another summarizer whatever the method: tests inject faults through it. */
  LedeCommand(Streams streams, Supplier<Summarizer> summarizer) {
    this(streams, method -> summarizer.get(), Models::load);
  }

  /** {@code summarizer} makes a summarizer of the method asked for, once per worker thread. */
  LedeCommand(Streams streams, Function<Method, Summarizer> summarizer, Supplier<Models> models) {
    this.streams = streams;
    this.summarizer = summarizer;
    this.models = models;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> given = withFilesFrom(inputs);
    if (given.isEmpty() && filesFrom != null) {
      throw new ParameterException(spec.commandLine(), "--files-from " + filesFrom + " names no input");
    }
    if (given.isEmpty()) {
      if (!streams.stdinIsPiped().getAsBoolean()) {
        throw new ParameterException(
            spec.commandLine(), "no INPUT given, and standard input is not a pipe or a file to read");
      }
      given = List.of("-");
    }
    if (timeoutSeconds < 0) {
      throw new ParameterException(spec.commandLine(), "--timeout must be 0 (no limit) or more seconds");
    }
    if (maxBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1");
    }
    Lede.Options options =
        new Lede.Options(
            length(),
            offsetUnit(),
            maxBytes,
            allowNonEnglish,
            inputFormat(),
            includeText,
            Duration.ofSeconds(timeoutSeconds));
    boolean several =
        given.size() > 1 || given.stream().anyMatch(g -> !g.equals("-") && Files.isDirectory(Path.of(g)));
    OutputFormat outputFormat = outputFormat(several);
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (skipExisting && outputDir == null) {
      throw new ParameterException(spec.commandLine(), "--skip-existing needs --output-dir");
    }
    OutputDirectory directory = outputDir == null ? null : new OutputDirectory(outputDir);
    // one folder's files go below the output folder as they sit below it; anything else under
    // the paths the command line gave, so that c1/x.txt and c2/x.txt stay two files
    boolean underGivenPaths =
        directory != null && !(given.size() == 1 && !given.get(0).equals("-") && Files.isDirectory(Path.of(given.get(0))));
    if (directory != null) {
      refuseSharedTargets(given, underGivenPaths);
    }
    refuseOverwritingInputs(given);
    Progress progress =
        several && !quiet && streams.stderrIsTerminal().getAsBoolean() ? new Progress(streams.err()) : null;
    if (progress != null) {
      countInBackground(given, progress);
    }
    InputWalker walker = new InputWalker(given, glob, FileSystems.getDefault(), underGivenPaths);
    Iterator<Input> pending = walker;
    if (skipExisting) {
      pending = new SkipExisting(pending, directory, progress);
    }

    Method chosen = method();
    Lede lede = new Lede(models.get(), () -> summarizer.apply(chosen), options, streams.in());
    boolean toFiles = directory != null;
    // files hold pretty JSON unless --format says otherwise
    OutputFormat fileFormat = format == null ? OutputFormat.JSON : outputFormat;
    BatchRunner<Done> runner =
        new BatchRunner<>(
            input -> Done.of(lede.process(input), outputFormat, toFiles ? fileFormat : null), several ? workers : 1);
    AtomicLong failures = new AtomicLong();
    AtomicLong read = new AtomicLong();
    try (OutputStream sink = openOutput();
        RecordWriter writer = new RecordWriter(sink, outputFormat, several)) {
      runner.run(
          pending,
          (input, done) -> {
            read.incrementAndGet();
            if (done.failure() != null) {
              failures.incrementAndGet();
              if (progress != null) {
                progress.clear();
              }
              report(done.failure());
            }
            if (done.toFile()) {
              writeFile(directory, input, done);
            } else {
              write(writer, done);
            }
            if (progress != null) {
              progress.done(done.failure() != null);
            }
          });
      if (progress != null) {
        progress.finish();
      }
      reportUnmatched(walker);
      if (read.get() == 0 && !skipExisting) {
        // a folder with nothing to read is not a success: the user expected articles there
        streams.err().println("lede: no input to read: no file in " + String.join(", ", given) + " matches --glob '" + glob + "'");
        return ExitCodes.FAILED;
      }
      return failures.get() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    } catch (OutputFailure | IOException e) {
      if (output == null && isBrokenPipe(e)) {
        // the reader went away (lede corpus/ | head -1): stop quietly, as Unix filters do
        return ExitCodes.BROKEN_PIPE;
      }
      throw e;
    }
  }

  /**
   * Refuses, before anything is written, a command line whose inputs would share an output file
   * under --output-dir: the same file named twice, a file inside a folder also named, paths that
   * differ only by {@code ..} or a root.
   */
  private void refuseSharedTargets(List<String> given, boolean underGivenPaths) {
    if (!underGivenPaths) {
      return;
    }
    List<String> names = new ArrayList<>();
    List<Path> places = new ArrayList<>();
    for (String argument : given) {
      Path place = argument.equals("-") ? Path.of("stdin") : InputWalker.givenPath(argument);
      boolean folder = !argument.equals("-") && Files.isDirectory(Path.of(argument));
      for (int i = 0; i < places.size(); i++) {
        Path other = places.get(i);
        boolean otherFolder = !names.get(i).equals("-") && Files.isDirectory(Path.of(names.get(i)));
        if (other.equals(place) || (otherFolder && within(place, other)) || (folder && within(other, place))) {
          throw new ParameterException(
              spec.commandLine(),
              "--output-dir: " + names.get(i) + " and " + argument + " would be written to the same place, "
                  + (folder || otherFolder
                      ? "under " + outputDir.resolve(place.toString().isEmpty() ? "." : place.toString())
                      : outputDir.resolve(place + ".json").toString())
                  + "; name each input once");
        }
      }
      names.add(argument);
      places.add(place);
    }
  }

  /** Whether {@code path} lies inside the folder whose output place is {@code folder}. */
  private static boolean within(Path path, Path folder) {
    return folder.toString().isEmpty() || path.startsWith(folder);
  }

  /**
   * Refuses an output file that is one of the inputs, or that a folder being read would list:
   * opening it for writing would empty the input before it is read. Compared by identity, so
   * another name for the same file is caught too.
   */
  private void refuseOverwritingInputs(List<String> given) throws IOException {
    if (output != null && outputDir != null && realPath(output).startsWith(realPath(outputDir))) {
      throw new ParameterException(
          spec.commandLine(), "-o " + output + " is inside --output-dir " + outputDir + ", where a record's file could replace it");
    }
    for (String argument : given) {
      if (argument.equals("-")) {
        continue;
      }
      Path input = Path.of(argument);
      if (output != null && Files.exists(output) && Files.exists(input)) {
        if (Files.isSameFile(output, input)) {
          throw new ParameterException(
              spec.commandLine(), "-o " + output + " is the input " + argument + ": it would be emptied before it is read");
        }
        if (Files.isDirectory(input)
            && output.toRealPath().startsWith(input.toRealPath())
            && glob(output.getFileName())) {
          throw new ParameterException(
              spec.commandLine(), "-o " + output + " is inside the input folder " + argument + " and matches --glob '" + glob + "'");
        }
      }
      if (outputDir != null && Files.isDirectory(input)
          && realPath(outputDir).startsWith(input.toRealPath())
          && glob(Path.of("article.txt.json"))) {
        throw new ParameterException(
            spec.commandLine(),
            "--output-dir " + outputDir + " is inside the input folder " + argument
                + ", whose --glob '" + glob + "' would read the records back as articles");
      }
    }
  }

  /** The real path of a path that may not exist yet: its nearest existing ancestor's, and the rest. */
  private static Path realPath(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (!Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing.toRealPath().resolve(existing.relativize(absolute));
  }

  /** Whether the folder walk would read a file of this name: the walker's own matcher. */
  private boolean glob(Path name) {
    return InputWalker.matcher(FileSystems.getDefault(), glob).matches(name);
  }

  /** Counts the inputs on a background thread, for the progress line's total and time left. */
  private void countInBackground(List<String> given, Progress progress) {
    Thread counter =
        new Thread(
            () -> {
              long count = 0;
              for (var it = new InputWalker(given, glob, FileSystems.getDefault()); it.hasNext(); it.next()) {
                count++;
              }
              progress.total(count);
            },
            "lede-count");
    counter.setDaemon(true);
    counter.start();
  }

  /** Passes over the inputs whose output file already exists (--skip-existing). */
  private static final class SkipExisting implements Iterator<Input> {
    private final Iterator<Input> inputs;
    private final OutputDirectory directory;
    private final Progress progress;
    private Input next;

    SkipExisting(Iterator<Input> inputs, OutputDirectory directory, Progress progress) {
      this.inputs = inputs;
      this.directory = directory;
      this.progress = progress;
    }

    @Override
    public boolean hasNext() {
      while (next == null && inputs.hasNext()) {
        Input candidate = inputs.next();
        if (candidate instanceof Input.FileInput && directory.exists(candidate)) {
          if (progress != null) {
            progress.skipped();
          }
        } else {
          next = candidate;
        }
      }
      return next != null;
    }

    @Override
    public Input next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Input result = next;
      next = null;
      return result;
    }
  }

  /**
   * What a worker makes of one input: the failure to report, if any, whether its record goes to
   * a file of its own (a summary, with an output folder) or to the output, and that record
   * serialized in the format of where it goes (pretty JSON for a file), or why it could not be,
   * thrown when its turn to be written comes as a failure to write it would be.
   */
  private record Done(Outcome.Failed failure, boolean toFile, SerializedRecord json, IOException unserializable) {

    /** {@code fileFormat}: the format of a summary's own file, or null when records go to the output. */
    static Done of(Outcome outcome, OutputFormat outputFormat, OutputFormat fileFormat) {
      Outcome.Failed failure = outcome instanceof Outcome.Failed failed ? failed : null;
      boolean toFile = fileFormat != null && failure == null;
      OutputFormat format = toFile ? fileFormat : outputFormat;
      try {
        return new Done(failure, toFile, SerializedRecord.of(outcome.record(), format), null);
      } catch (IOException e) {
        return new Done(failure, toFile, null, e);
      }
    }

    SerializedRecord record() throws IOException {
      if (unserializable != null) {
        throw unserializable;
      }
      return json;
    }
  }

  private static void writeFile(OutputDirectory directory, Input input, Done done) {
    try {
      directory.write(input, done.record());
    } catch (IOException e) {
      throw new OutputFailure(e);
    }
  }

  private static boolean isBrokenPipe(Exception e) {
    Throwable cause = e instanceof OutputFailure ? e.getCause() : e;
    return cause instanceof IOException && String.valueOf(cause.getMessage()).contains("Broken pipe");
  }

  /** Files a folder held that --glob left out are not read, and the user is told so. */
  private void reportUnmatched(InputWalker walker) {
    long count = walker.unmatched();
    if (count > 0 && !quiet) {
      streams.err().println(
          "lede: " + count + (count == 1 ? " file" : " files") + " in the given folders did not match --glob '"
              + glob + "' and " + (count == 1 ? "was" : "were") + " not read (first: "
              + walker.firstUnmatched() + ")");
    }
  }

  private void report(Outcome.Failed failed) {
    streams.err().println("lede: " + failed.source() + ": " + failed.message());
    if (debug && failed.cause() != null) {
      failed.cause().printStackTrace(streams.err());
    }
  }

  private static void write(RecordWriter writer, Done done) {
    try {
      writer.write(done.record());
    } catch (IOException e) {
      throw new OutputFailure(e);
    }
  }

  private OutputStream openOutput() throws IOException {
    if (output == null) {
      return new BufferedOutputStream(streams.out()) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open for whoever else writes to it
        }
      };
    }
    try {
      return new BufferedOutputStream(Files.newOutputStream(output));
    } catch (NoSuchFileException e) {
      throw new IOException("cannot write " + output + ": no such folder " + output.toAbsolutePath().getParent(), e);
    } catch (IOException e) {
      throw new IOException("cannot write " + output + ": " + InputWalker.reason(e), e);
    }
  }

  private SummaryLength length() {
    try {
      return new SummaryLength(sentences, ratio, words);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Method method() {
    try {
      return Method.named(method);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--method must be learned, lead or textrank, not '" + method + "'");
    }
  }

  private OffsetUnit offsetUnit() {
    return switch (offsetUnit) {
      case "codepoint" -> OffsetUnit.CODEPOINT;
      case "utf16" -> OffsetUnit.UTF16;
      default -> throw new ParameterException(
          spec.commandLine(), "--offset-unit must be codepoint or utf16, not '" + offsetUnit + "'");
    };
  }

  private InputFormat inputFormat() {
    return switch (inputFormat) {
      case "auto" -> InputFormat.AUTO;
      case "text" -> InputFormat.TEXT;
      case "html" -> InputFormat.HTML;
      default -> throw new ParameterException(
          spec.commandLine(), "--input-format must be auto, text or html, not '" + inputFormat + "'");
    };
  }

  private OutputFormat outputFormat(boolean several) {
    if (format == null) {
      return several ? OutputFormat.JSONL : OutputFormat.JSON;
    }
    return switch (format) {
      case "json" -> OutputFormat.JSON;
      case "jsonl" -> OutputFormat.JSONL;
      case "text" -> OutputFormat.TEXT;
      default -> throw new ParameterException(
          spec.commandLine(), "--format must be json, jsonl or text, not '" + format + "'");
    };
  }

  /** The inputs named on the command line, then those --files-from names, blank lines left out. */
  private List<String> withFilesFrom(List<String> named) throws IOException {
    if (filesFrom == null) {
      return named;
    }
    List<String> all = new ArrayList<>(named);
    List<String> lines;
    if (filesFrom.toString().equals("-")) {
      if (named.contains("-")) {
        throw new ParameterException(spec.commandLine(), "--files-from - and the input - cannot both read standard input");
      }
      lines = new String(streams.in().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    } else {
      try {
        lines = Files.readAllLines(filesFrom);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "--files-from " + filesFrom + ": " + InputWalker.reason(e));
      }
    }
    for (String line : lines) {
      if (!line.isBlank()) {
        all.add(line);
      }
    }
    return all;
  }

  /** The values --format takes, for shell completion. */
  static final class FormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      super(List.of("json", "jsonl", "text"));
    }
  }

  /** The values --offset-unit takes, for shell completion. */
  static final class OffsetUnitNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    OffsetUnitNames() {
      super(List.of("codepoint", "utf16"));
    }
  }

  /** The values --input-format takes, for shell completion. */
  static final class InputFormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    InputFormatNames() {
      super(List.of("auto", "text", "html"));
    }
  }

  /** A failure to write the output: it ends the run, since no later record could be written either. */
  static final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super("cannot write output: " + cause.getMessage(), cause);
    }
  }
}
