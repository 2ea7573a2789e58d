package dev.lede.cli;

import dev.lede.analysis.Models;
import dev.lede.summary.Summarizers;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code lede} command. Its streams are constructor arguments, so tests run it in-process;
 * {@link #main} passes the process's own.
 */
public final class Main {

  private final InputStream in;
  private final OutputStream out;
  private final PrintStream err;
  private final BooleanSupplier stdinIsPiped;
  private final BooleanSupplier stderrIsTerminal;
  private final Supplier<Models> models;

  /** A lede whose standard input is a pipe and whose standard error is not a terminal, as in a script or a test. */
  public Main(InputStream in, OutputStream out, PrintStream err) {
    this(in, out, err, () -> true, () -> false);
  }

  public Main(
      InputStream in,
      OutputStream out,
      PrintStream err,
      BooleanSupplier stdinIsPiped,
      BooleanSupplier stderrIsTerminal) {
    this(in, out, err, stdinIsPiped, stderrIsTerminal, Models::load);
  }

  /** {@code models} gives the models when a run needs them, e.g. from a load started earlier. */
  public Main(
      InputStream in,
      OutputStream out,
      PrintStream err,
      BooleanSupplier stdinIsPiped,
      BooleanSupplier stderrIsTerminal,
      Supplier<Models> models) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.stdinIsPiped = stdinIsPiped;
    this.stderrIsTerminal = stderrIsTerminal;
    this.models = models;
  }

  public static void main(String[] args) {
    // the raw descriptor, not System.out: a PrintStream hides write errors such as a closed pipe
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // a run that summarizes starts loading its models before picocli has parsed the arguments
    Supplier<Models> models = summarizes(args) ? Models.loadInBackground() : Models::load;
    System.exit(
        new Main(System.in, stdout, stderr, Terminal::stdinIsPiped, Terminal::stderrIsTerminal, models)
            .run(args));
  }

  /** Whether {@code args} ask for summaries: no subcommand first, no help or version asked. */
  static boolean summarizes(String... args) {
    if (args.length > 0 && LedeCommand.SUBCOMMANDS.containsKey(args[0])) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (Set.of("-h", "--help", "-V", "--version").contains(arg)) {
        return false;
      }
    }
    return true;
  }

  /** Runs lede with {@code args}; returns the exit code (0 ok, 1 an input failed, 2 usage). */
  public int run(String... args) {
    return run(new LedeCommand(streams(), Summarizers::of, models), args);
  }

  LedeCommand.Streams streams() {
    return new LedeCommand.Streams(in, out, err, stdinIsPiped, stderrIsTerminal);
  }

  /** Runs {@code command} as {@link #run(String...)} runs lede: tests pass one with an injected fault. */
  int run(LedeCommand command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    if (!summarizes(args)) {
      // only now: picocli reads each subcommand's options when it is added (LedeCommand.SUBCOMMANDS)
      for (Class<?> subcommand : LedeCommand.SUBCOMMANDS.values()) {
        commandLine.addSubcommand(subcommand);
      }
    }
    commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(new ErrorReporter(err));
    commandLine.setParameterExceptionHandler(Main::usageError);
    return commandLine.execute(args);
  }

  /**
   * A usage error in one line with lede's prefix, picocli's suggestions for a mistyped option,
   * and where to read more, as Unix tools do, instead of the whole help.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }
}
