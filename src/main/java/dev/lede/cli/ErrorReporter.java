package dev.lede.cli;

import java.io.PrintStream;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one {@code lede: message} line and exit code
 * 1; the stack trace is printed only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  private final PrintStream err;

  ErrorReporter(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    err.println("lede: " + message);
    if (debug(parsed)) {
      e.printStackTrace(err);
    }
    return ExitCodes.FAILED;
  }

  /** The one line for a file a command could not read: {@code lede: FILE: reason}. */
  static String line(FileSystemException e) {
    return "lede: " + e.getFile() + ": " + (e.getReason() != null ? e.getReason() : "cannot read");
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
