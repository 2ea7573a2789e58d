package dev.lede.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process's standard streams are terminals, which Java 17 cannot ask directly. */
final class Terminal {

  private Terminal() {}

  /**
   * Whether standard input brings data: a pipe, a socket or a file. Not a terminal, nor
   * {@code /dev/null}, which {@code xargs} gives the commands it runs.
   */
  static boolean stdinIsPiped() {
    Path link = Path.of("/proc/self/fd/0");
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("pipe:") || target.startsWith("socket:") || Files.isRegularFile(link);
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() == null;
    }
  }

  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      // no /proc (not Linux): System.console() is non-null only when stdin and stdout are terminals
      return System.console() != null;
    }
  }
}
