package dev.lede.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
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
  private final boolean underGivenPaths;
  /** Pending folder listings, innermost last; each frame remembers its folder's real path. */
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Input next;
  private long unmatched;
  private Path firstUnmatched;

  /** A folder being listed: its real path, the folder it was found under, and where its files go. */
  private record Frame(Object realPath, Path root, Path prefix, Iterator<Path> entries) {}

  /** Each file's {@code relative} path is where it sits below the folder named on the command line. */
  public InputWalker(List<String> arguments, String glob, FileSystem fileSystem) {
    this(arguments, glob, fileSystem, false);
  }

  /**
   * With {@code underGivenPaths}, each file's {@code relative} path starts with the path the
   * command line gave ({@link #givenPath}): {@code c1/x.txt} and {@code c2/x.txt}, or the files
   * of folders {@code c1} and {@code c2}, stay apart under an output folder.
   */
  public InputWalker(List<String> arguments, String glob, FileSystem fileSystem, boolean underGivenPaths) {
    this.arguments = List.copyOf(arguments).iterator();
    this.glob = matcher(fileSystem, glob);
    this.underGivenPaths = underGivenPaths;
  }

  /**
   * The glob as a shell with globstar reads it: {@code **}{@code /} also matches no folder at
   * all, so {@code **}{@code /*.txt} takes the files at the top of a folder too. Java's glob
   * wants at least one folder there.
   */
  public static PathMatcher matcher(FileSystem fileSystem, String glob) {
    PathMatcher matcher = fileSystem.getPathMatcher("glob:" + glob);
    if (!glob.startsWith("**/")) {
      return matcher;
    }
    PathMatcher rest = matcher(fileSystem, glob.substring(3));
    return path -> matcher.matches(path) || rest.matches(path);
  }

  /**
   * The path an argument names, as a relative path to mirror under an output folder: normalized,
   * without its root and without the {@code ..} that would climb out of that folder; empty for
   * the current folder.
   */
  public static Path givenPath(String argument) {
    Path path = Path.of(argument).normalize();
    if (path.getRoot() != null) {
      path = path.getRoot().relativize(path);
    }
    int first = 0;
    while (first < path.getNameCount() && path.getName(first).toString().equals("..")) {
      first++;
    }
    return first == path.getNameCount() ? Path.of("") : path.subpath(first, path.getNameCount());
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!stack.isEmpty()) {
        Frame top = stack.peekLast();
        if (top.entries().hasNext()) {
          next = visitEntry(top.entries().next(), top.root(), top.prefix());
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
    Path prefix = underGivenPaths ? givenPath(argument) : Path.of("");
    if (Files.isDirectory(path)) {
      return enterFolder(path, argument, path, prefix);
    }
    if (!Files.exists(path)) {
      return new Input.Unreadable(
          argument, InputError.IO, Files.isSymbolicLink(path) ? danglingLink(path) : "no such file or folder");
    }
    // named on its own, a pipe or a device is read as the user asked (lede <(cmd), /dev/stdin);
    // inside a folder, only regular files are
    return new Input.FileInput(argument, path, underGivenPaths ? prefix : path.getFileName());
  }

  private Input visitEntry(Path entry, Path root, Path prefix) {
    String source = entry.toString();
    if (Files.isDirectory(entry)) {
      return enterFolder(entry, source, root, prefix);
    }
    if (!glob.matches(entry.getFileName())) {
      if (unmatched++ == 0) {
        firstUnmatched = entry;
      }
      return null;
    }
    if (!Files.exists(entry)) {
      return new Input.Unreadable(source, InputError.IO, danglingLink(entry));
    }
    return fileOrUnreadable(entry, source, prefix.resolve(root.relativize(entry)));
  }

  /** Why a listed entry that does not exist cannot be followed: a loop of links, or a link to nothing. */
  private static String danglingLink(Path entry) {
    try {
      entry.toRealPath();
      return "deleted while the folder was read";
    } catch (FileSystemException e) {
      return String.valueOf(e.getReason()).contains("symbolic links") ? "symbolic-link loop" : "broken symbolic link";
    } catch (IOException e) {
      return "broken symbolic link";
    }
  }

  private static Input fileOrUnreadable(Path path, String source, Path relative) {
    if (!Files.isRegularFile(path)) {
      return new Input.Unreadable(source, InputError.IO, "not a regular file (device, FIFO or socket)");
    }
    return new Input.FileInput(source, path, relative);
  }

  /** Pushes the folder's sorted listing; returns an error input when it cannot be listed. */
  private Input enterFolder(Path folder, String source, Path root, Path prefix) {
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
    stack.addLast(new Frame(realPath, root, prefix, entries.iterator()));
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

  /** A short reason for a file-system failure, for a one-line error. */
  public static String reason(IOException e) {
    String name = e.getClass().getSimpleName();
    return switch (name) {
      case "AccessDeniedException" -> "permission denied";
      case "NoSuchFileException" -> "no such file";
      default -> e.getMessage() == null ? name : e.getMessage();
    };
  }
}
