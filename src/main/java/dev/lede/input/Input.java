package dev.lede.input;

import java.nio.file.Path;

/**
 * One thing the user asked lede to read, named by {@code source} as the output will name it:
 * a file, standard input ({@code -}), bytes a caller already holds, or an entry found while
 * listing a folder that cannot be read (kept so that it gets an error record instead of being
 * skipped silently).
 */
public sealed interface Input {

  String source();

  /**
   * A file to read; {@code relative} is where it sits under the folder that named it (its file
   * name when it was named itself), which {@code --output-dir} mirrors.
   */
  record FileInput(String source, Path path, Path relative) implements Input {

    /** A file named on its own. */
    public FileInput(String source, Path path) {
      this(source, path, path.getFileName());
    }
  }

  /** Standard input, named {@code -}. */
  record StdinInput() implements Input {
    @Override
    public String source() {
      return "-";
    }
  }

  /**
   * Bytes already in memory (a distributed job's file, a queue's message, a database's blob),
   * read as a file's would be; a {@code source} ending in {@code .html} or {@code .htm} names a page.
   * The array is the caller's and is not copied: it must not change while lede reads it.
   */
  record Bytes(String source, byte[] content) implements Input {}

  /** An input known to be unreadable before reading: it becomes an error record as it is. */
  record Unreadable(String source, InputError error, String message) implements Input {}
}
