package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalHtmlCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final String PAGE =
      "<!doctype html><html><head><title>Pier repairs begin | Eastport Echo</title>"
          + "<meta property=\"article:published_time\" content=\"2023-06-02T08:15:00+01:00\"></head><body>"
          + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Pier repairs begin</h1>"
          + "<p>Work to repair the Victorian pier at Eastport began on Thursday, two years after a storm tore away its end.</p>"
          + "<p>The council said the repairs would take eighteen months and cost about three million pounds.</p>"
          + "</article><footer>All rights reserved</footer></body></html>";

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvalHtmlCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void scoresTextPerSourceAndDatesByHtmldatesRules() throws IOException {
    write(dir.resolve("pages/echo-1.html"), PAGE);
    write(dir.resolve("pages/echo-2.html"), "<html><body><nav>Home</nav></body></html>");
    write(dir.resolve("truth/echo-1.txt"),
        "Work to repair the Victorian pier at Eastport began on Thursday, two years after a storm tore away its end.\n"
            + "The council said the repairs would take eighteen months and cost about three million pounds.\n");
    write(dir.resolve("truth/echo-2.txt"), "A page whose text lede cannot find in it.\n");
    write(dir.resolve("dates.tsv"), "echo-1\t2023-06-02\necho-2\t2023-06-03\n");

    assertThat(run("--pages", dir.resolve("pages").toString(), "--truth", dir.resolve("truth").toString(), "--rounds", "50",
        "--per-page", dir.resolve("text.tsv").toString())).isZero();
    assertThat(out.toString())
        .contains("2 pages with truth")
        .containsPattern("(?m)^echo +2 +1\\.000 +0\\.500 +0\\.667 ")
        .containsPattern("(?m)^all +2 ");
    assertThat(Files.readAllLines(dir.resolve("text.tsv"))).hasSize(3).anyMatch(l -> l.startsWith("echo-2\techo\t") && l.endsWith("empty"));

    out.getBuffer().setLength(0);
    assertThat(run("--pages", dir.resolve("pages").toString(), "--truth", dir.resolve("dates.tsv").toString())).isZero();
    assertThat(out.toString()).contains("dated 1: right 1, wrong 0; undated 1").contains("P 1.000  R 0.500  F1 0.667")
        .contains("not RFC 3339 (ISO-8601 extended form): 0");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aMissingFolderIsOneLineNotAStackTrace() {
    assertThat(run("--pages", dir.resolve("nowhere").toString(), "--truth", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("lede: ").doesNotContain("Exception").hasLineCount(1);
  }
}
