package dev.lede.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/**
 * The {@code lede} command. Its streams are constructor arguments, so tests run it in-process;
 * {@link #main} passes the process's own.
 */
public final class Main {

  private final InputStream in;
  private final OutputStream out;
  private final PrintStream err;
  private final BooleanSupplier stdinIsTerminal;
  private final BooleanSupplier stderrIsTerminal;

  /** A lede whose standard input and error are not terminals, as in a script or a test. */
  public Main(InputStream in, OutputStream out, PrintStream err) {
    this(in, out, err, () -> false, () -> false);
  }

  public Main(
      InputStream in,
      OutputStream out,
      PrintStream err,
      BooleanSupplier stdinIsTerminal,
      BooleanSupplier stderrIsTerminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.stdinIsTerminal = stdinIsTerminal;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  public static void main(String[] args) {
    // the raw descriptor, not System.out: a PrintStream hides write errors such as a closed pipe
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(
        new Main(System.in, stdout, stderr, Terminal::stdinIsTerminal, Terminal::stderrIsTerminal)
            .run(args));
  }

  /** Runs lede with {@code args}; returns the exit code (0 ok, 1 an input failed, 2 usage). */
  public int run(String... args) {
    return run(new LedeCommand(streams()), args);
  }

  LedeCommand.Streams streams() {
    return new LedeCommand.Streams(in, out, err, stdinIsTerminal, stderrIsTerminal);
  }

  /** Runs {@code command} as {@link #run(String...)} runs lede: tests pass one with an injected fault. */
  int run(LedeCommand command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(new ErrorReporter(err));
    return commandLine.execute(args);
  }
}
