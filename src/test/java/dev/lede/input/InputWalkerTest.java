package dev.lede.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

  @TempDir Path dir;

  private List<Input> walk(String... arguments) {
    List<Input> inputs = new ArrayList<>();
    new InputWalker(List.of(arguments), "*.txt", FileSystems.getDefault()).forEachRemaining(inputs::add);
    return inputs;
  }

  private Path write(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Text of " + name + ".");
    return file;
  }

  @Test
  void walksFoldersRecursivelyInSortedOrderKeepingMatchingFiles() throws IOException {
    write("b.txt");
    write("a/z.txt");
    write("a/y.txt");
    write("a/notes.md");
    write("c.txt");
    List<String> sources = walk(dir.toString()).stream().map(Input::source).toList();
    assertThat(walk(dir.toString()))
        .extracting(i -> ((Input.FileInput) i).relative().toString())
        .containsExactly("a/y.txt", "a/z.txt", "b.txt", "c.txt");
    assertThat(sources)
        .containsExactly(
            dir.resolve("a/y.txt").toString(),
            dir.resolve("a/z.txt").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("c.txt").toString());
  }

  @Test
  void keepsArgumentsInTheOrderGivenWithStdinAndMissingFiles() throws IOException {
    Path b = write("b.txt");
    Path a = write("a.txt");
    List<Input> inputs = walk(b.toString(), "-", dir.resolve("missing.txt").toString(), a.toString());
    assertThat(inputs).hasSize(4);
    assertThat(inputs.get(0)).isEqualTo(new Input.FileInput(b.toString(), b));
    assertThat(inputs.get(1)).isInstanceOf(Input.StdinInput.class);
    assertThat(inputs.get(2)).isInstanceOfSatisfying(Input.Unreadable.class, u -> assertThat(u.error()).isEqualTo(InputError.IO));
    assertThat(inputs.get(3).source()).isEqualTo(a.toString());
  }

  @Test
  void reportsSymbolicLinkLoopsInsteadOfFollowingThemForever() throws IOException {
    write("sub/a.txt");
    Files.createSymbolicLink(dir.resolve("sub/back"), dir);
    List<Input> inputs = walk(dir.toString());
    assertThat(inputs).extracting(Input::source).contains(dir.resolve("sub/a.txt").toString());
    assertThat(inputs)
        .filteredOn(i -> i instanceof Input.Unreadable)
        .singleElement()
        .satisfies(i -> assertThat(((Input.Unreadable) i).message()).contains("loop"));
  }

  @Test
  void reportsAFifoAsNotARegularFileWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    assertThat(walk(dir.toString()))
        .singleElement()
        .isInstanceOfSatisfying(Input.Unreadable.class, u -> assertThat(u.message()).contains("not a regular file"));
  }
}
