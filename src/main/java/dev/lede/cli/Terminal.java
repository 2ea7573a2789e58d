package dev.lede.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process's standard streams are terminals, which Java 17 cannot ask directly. */
final class Terminal {

  private Terminal() {}

  static boolean stdinIsTerminal() {
    return isTerminal(0);
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
