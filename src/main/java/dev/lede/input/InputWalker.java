package dev.lede.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Lists the inputs named on the command line, lazily and in a stable order: files as given,
 * {@code -} as standard input, folders walked recursively in sorted name order, keeping the
 * files whose name matches the glob. Memory holds one folder listing per level, never the
 * whole tree. Folder entries that cannot be read (not regular files, unreadable folders,
 * symbolic-link loops) are yielded as {@link Input.Unreadable}, so nothing is skipped silently;
 * files the glob leaves out are counted, for the caller to say so.
 */
public final class InputWalker implements Iterator<Input> {

  private final Iterator<String> arguments;
  private final PathMatcher glob;
  /** Pending folder listings, innermost last; each frame remembers its folder's real path. */
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Input next;
  private long unmatched;
  private Path firstUnmatched;

  private record Frame(Object realPath, Path root, Iterator<Path> entries) {}

  public InputWalker(List<String> arguments, String glob, FileSystem fileSystem) {
    this.arguments = List.copyOf(arguments).iterator();
    this.glob = fileSystem.getPathMatcher("glob:" + glob);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!stack.isEmpty()) {
        Frame top = stack.peekLast();
        if (top.entries().hasNext()) {
          next = visitEntry(top.entries().next(), top.root());
        } else {
          stack.removeLast();
        }
      } else if (arguments.hasNext()) {
        next = visitArgument(arguments.next());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input result = next;
    next = null;
    return result;
  }

  /** How many files inside the given folders the glob has left out so far. */
  public long unmatched() {
    return unmatched;
  }

  /** The first file the glob left out, or null when there was none. */
  public Path firstUnmatched() {
    return firstUnmatched;
  }

  private Input visitArgument(String argument) {
    if (argument.equals("-")) {
      return new Input.StdinInput();
    }
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      return enterFolder(path, argument, path);
    }
    if (!Files.exists(path)) {
      return new Input.Unreadable(argument, InputError.IO, "no such file or folder");
    }
    return fileOrUnreadable(path, argument, path.getFileName());
  }

  private Input visitEntry(Path entry, Path root) {
    String source = entry.toString();
    if (Files.isDirectory(entry)) {
      return enterFolder(entry, source, root);
    }
    if (!glob.matches(entry.getFileName())) {
      if (unmatched++ == 0) {
        firstUnmatched = entry;
      }
      return null;
    }
    if (!Files.exists(entry)) {
      return new Input.Unreadable(source, InputError.IO, "broken symbolic link");
    }
    return fileOrUnreadable(entry, source, root.relativize(entry));
  }

  private static Input fileOrUnreadable(Path path, String source, Path relative) {
    if (!Files.isRegularFile(path)) {
      return new Input.Unreadable(source, InputError.IO, "not a regular file (device, FIFO or socket)");
    }
    return new Input.FileInput(source, path, relative);
  }

  /** Pushes the folder's sorted listing; returns an error input when it cannot be listed. */
  private Input enterFolder(Path folder, String source, Path root) {
    Object realPath;
    try {
      realPath = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
      if (realPath == null) {
        realPath = folder.toRealPath();
      }
    } catch (IOException e) {
      return new Input.Unreadable(source, InputError.IO, "cannot read folder: " + reason(e));
    }
    if (onStack(realPath)) {
      return new Input.Unreadable(source, InputError.IO, "symbolic-link loop: folder already being read");
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path entry : listing) {
        entries.add(entry);
      }
    } catch (IOException e) {
      return new Input.Unreadable(source, InputError.IO, "cannot read folder: " + reason(e));
    }
    entries.sort(null);
    stack.addLast(new Frame(realPath, root, entries.iterator()));
    return null;
  }

  private boolean onStack(Object realPath) {
    for (Frame frame : stack) {
      if (frame.realPath().equals(realPath)) {
        return true;
      }
    }
    return false;
  }

  static String reason(IOException e) {
    String name = e.getClass().getSimpleName();
    return switch (name) {
      case "AccessDeniedException" -> "permission denied";
      case "NoSuchFileException" -> "no such file";
      default -> e.getMessage() == null ? name : e.getMessage();
    };
  }
}
