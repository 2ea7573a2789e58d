package dev.lede.output;

import dev.lede.input.Input;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * One JSON file per input under a folder that mirrors the inputs ({@code a/b.txt} becomes
 * {@code a/b.txt.json}; {@link Input.FileInput#relative} says where each sits). Each file is written to a temporary name and renamed into
 * place, so an interrupted run never leaves a half-written file behind.
 */
public final class OutputDirectory {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path root;

  public OutputDirectory(Path root) {
    this.root = root;
  }

  /** Where the record of {@code input} goes. */
  public Path target(Input input) {
    Path relative =
        input instanceof Input.FileInput file ? file.relative() : Path.of("stdin");
    Path target = root.resolve(relative.toString() + ".json").normalize();
    if (!target.startsWith(root.normalize())) {
      // a relative path cannot climb out of the folder; guard anyway, the file system decides
      target = root.resolve(relative.getFileName().toString() + ".json");
    }
    return target;
  }

  public boolean exists(Input input) {
    return Files.exists(target(input));
  }

  /** Writes the record of {@code input}, in the format it was serialized in, and a newline. */
  public void write(Input input, SerializedRecord record) throws IOException {
    Path target = target(input);
    Files.createDirectories(target.getParent());
    // created as any file is, so that the umask decides its mode (createTempFile makes it 0600)
    Path temporary = target.resolveSibling(".lede-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    try {
      try (OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        record.writeTo(file);
        file.write('\n');
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
