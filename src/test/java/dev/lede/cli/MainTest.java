package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** Runs the lede command in-process, as a user would from a shell. */
class MainTest {

  /** Fictional article written for this test; the emoji makes code-point and UTF-16 offsets differ. */
  static final String ARTICLE =
      "Harbour council approves new ferry route \uD83D\uDEA2\n"
          + "\n"
          + "The Northport Harbour Council voted on Tuesday to open a ferry route between Northport and"
          + " the island of Vell, the first new crossing in twenty years.\n"
          + "Council leader Maria Okafor said the route would cut travel times for commuters by half.\n"
          + "\"This is the crossing people have asked for since the bridge closed,\" Okafor told"
          + " reporters in Northport.\n"
          + "The ferry operator Bluewater Lines will run six crossings a day from March.\n"
          + "Residents of Vell welcomed the decision, though some fishermen worry about traffic in the"
          + " harbour.\n";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String stdin, boolean stdinIsTerminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out,
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> !stdinIsTerminal,
                () -> false)
            .run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path article(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /** The text between two code-point offsets, as Python's text[start:end] gives it. */
  private static String codePointSlice(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  @Test
  void oneFileGivesOnePrettyRecordWhoseOffsetsPointIntoTheText() throws IOException {
    Path file = article("ferry.txt", ARTICLE);
    Run run = run("", true, file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("{\n").endsWith("}\n");
    JsonNode record = JSON.readTree(run.out());
    List<String> fields = new ArrayList<>();
    record.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "schemaVersion", "source", "offsetUnit", "title", "published", "dateline", "language", "stats", "summary",
            "entities", "keywords", "quotes", "removed", "warnings");
    assertThat(record.get("schemaVersion").asText()).isEqualTo("1.0");
    assertThat(record.get("published").isNull()).isTrue();
    assertThat(record.get("dateline").isNull()).isTrue();
    assertThat(record.get("source").asText()).isEqualTo(file.toString());
    assertThat(record.get("offsetUnit").asText()).isEqualTo("codepoint");
    assertThat(record.get("title").asText()).startsWith("Harbour council approves new ferry route");
    assertThat(record.get("language").get("code").asText()).isEqualTo("en");
    assertThat(record.get("stats").get("sentences").asInt()).isEqualTo(5);
    assertThat(record.get("stats").get("characters").asInt())
        .isEqualTo(ARTICLE.codePointCount(0, ARTICLE.length()));

    JsonNode summary = record.get("summary");
    assertThat(summary).hasSize(3);
    int previous = -1;
    for (JsonNode sentence : summary) {
      assertThat(sentence.get("sentence").asInt()).isGreaterThan(previous);
      previous = sentence.get("sentence").asInt();
      assertThat(codePointSlice(ARTICLE, sentence.get("start").asInt(), sentence.get("end").asInt()))
          .isEqualTo(sentence.get("text").asText());
    }

    JsonNode entities = record.get("entities");
    assertThat(entities).isNotEmpty();
    for (JsonNode entity : entities) {
      assertThat(entity.get("count").asInt()).isEqualTo(entity.get("mentions").size());
      List<String> forms = new ArrayList<>(List.of(entity.get("text").asText()));
      entity.get("aliases").forEach(alias -> forms.add(alias.asText()));
      for (JsonNode mention : entity.get("mentions")) {
        assertThat(codePointSlice(ARTICLE, mention.get("start").asInt(), mention.get("end").asInt()))
            .isIn(forms);
      }
    }
    assertThat(entities)
        .anySatisfy(
            e -> {
              assertThat(e.get("text").asText()).isEqualTo("Maria Okafor");
              assertThat(e.get("type").asText()).isEqualTo("PERSON");
              assertThat(e.get("aliases").get(0).asText()).isEqualTo("Okafor");
            });

    List<String> keywords = new ArrayList<>();
    record.get("keywords").forEach(k -> keywords.add(k.get("text").asText()));
    assertThat(keywords).contains("crossing").containsAnyOf("route", "ferry route");
    assertThat(keywords).allSatisfy(k -> assertThat(k).isLowerCase().doesNotContain("okafor"));

    JsonNode quote = record.get("quotes").get(0);
    assertThat(quote.get("text").asText()).startsWith("This is the crossing people have asked for");
    assertThat(quote.get("speaker").asText()).isEqualTo("Maria Okafor");
    assertThat(codePointSlice(ARTICLE, quote.get("speakerStart").asInt(), quote.get("speakerEnd").asInt()))
        .isEqualTo("Okafor");
    assertThat(record.get("removed")).isEmpty();
  }

  @Test
  void utf16OffsetsIndexTheTextAsJavaDoes() throws IOException {
    Path file = article("ferry.txt", ARTICLE);
    JsonNode record = JSON.readTree(run("", true, "--offset-unit", "utf16", file.toString()).out());
    assertThat(record.get("offsetUnit").asText()).isEqualTo("utf16");
    for (JsonNode sentence : record.get("summary")) {
      assertThat(ARTICLE.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
          .isEqualTo(sentence.get("text").asText());
    }
  }

  @Test
  void readsStandardInputFromDashOrFromAPipe() throws IOException {
    Run dash = run(ARTICLE, true, "-n", "1", "-");
    Run pipe = run(ARTICLE, false, "-n", "1");
    assertThat(dash.exitCode()).isZero();
    assertThat(JSON.readTree(dash.out()).get("source").asText()).isEqualTo("-");
    assertThat(JSON.readTree(dash.out()).get("summary")).hasSize(1);
    assertThat(pipe.out()).isEqualTo(dash.out());
  }

  @Test
  void noInputAndNoPipeOnStandardInputIsAUsageError() {
    // a terminal, or /dev/null as xargs gives it (find empty -name '*.txt' | xargs lede)
    Run run = run("", true);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("lede: no INPUT given").contains("Try 'lede --help'");
  }

  @Test
  void aUsageErrorIsOneLineAndAHintNotTheWholeHelp() throws IOException {
    Path a = article("a.txt", ARTICLE);
    for (String[] args :
        List.of(
            new String[] {"-n", "0", a.toString()},
            new String[] {"--max-bytes", "-1", a.toString()},
            new String[] {"--max-bytes", "0", a.toString()})) {
      Run run = run("", true, args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).hasSize(2);
      assertThat(run.err()).startsWith("lede: ").contains("Try 'lede --help' for more information.");
      assertThat(run.err()).doesNotContain("Usage:");
    }
  }

  @Test
  void aFolderGivesJsonLinesInSortedOrderWithAnErrorRecordForABadFile() throws IOException {
    article("corpus/b/second.txt", ARTICLE);
    article("corpus/a.txt", ARTICLE.replace("Vell", "Orran"));
    article("corpus/c-empty.txt", "  \n");
    article("corpus/skip.md", "not an article");
    Path corpus = dir.resolve("corpus");

    Run run = run("", true, corpus.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(run.out()).endsWith("\n");
    List<String> sources = new ArrayList<>();
    for (String line : lines) {
      sources.add(JSON.readTree(line).get("source").asText());
    }
    assertThat(sources)
        .containsExactly(
            corpus.resolve("a.txt").toString(),
            corpus.resolve("b/second.txt").toString(),
            corpus.resolve("c-empty.txt").toString());
    JsonNode error = JSON.readTree(lines[2]);
    assertThat(error.get("error").get("code").asText()).isEqualTo("empty");
    assertThat(error.has("summary")).isFalse();
    assertThat(run.err().lines())
        .containsExactly(
            "lede: " + corpus.resolve("c-empty.txt") + ": " + error.get("error").get("message").asText(),
            "lede: 1 file in the given folders did not match --glob '*.txt' and was not read (first: "
                + corpus.resolve("skip.md") + ")");
  }

  @Test
  void filesTheGlobLeavesOutAreCountedOnStandardErrorUnlessQuiet() throws IOException {
    article("corpus/a.txt", ARTICLE);
    article("corpus/b.html", "<html><body><p>" + ARTICLE + "</p></body></html>");
    article("corpus/c/d.html", "<html><body><p>" + ARTICLE + "</p></body></html>");
    Path corpus = dir.resolve("corpus");

    Run run = run("", true, corpus.toString());
    Run quiet = run("", true, "-q", corpus.toString());
    Run all = run("", true, "--glob", "*.{txt,html}", corpus.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err().lines())
        .containsExactly(
            "lede: 2 files in the given folders did not match --glob '*.txt' and were not read (first: "
                + corpus.resolve("b.html") + ")");
    assertThat(quiet.err()).isEmpty();
    assertThat(all.exitCode()).isZero();
    assertThat(all.out().lines()).hasSize(3);
    assertThat(all.err()).isEmpty();
  }

  @Test
  void severalInputsWithFormatJsonMakeOneArray() throws IOException {
    Path a = article("a.txt", ARTICLE);
    Run run = run("", true, "--format", "json", a.toString(), dir.resolve("missing.txt").toString());
    JsonNode array = JSON.readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    assertThat(array.get(1).get("error").get("code").asText()).isEqualTo("io");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void writesToAnOutputFile() throws IOException {
    Path a = article("a.txt", ARTICLE);
    Path out = dir.resolve("out.jsonl");
    Run run = run("", true, "--format", "jsonl", "-o", out.toString(), a.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    Iterator<String> lines = Files.readAllLines(out).iterator();
    assertThat(JSON.readTree(lines.next()).get("source").asText()).isEqualTo(a.toString());
    assertThat(lines.hasNext()).isFalse();
  }

  /** Sixteen invented sentences of nine words each, one per line. */
  private static String sixteenSentences() {
    StringBuilder text = new StringBuilder();
    String[] places = {"Kelby", "Aldon", "Millbrook", "Eastport"};
    for (int i = 0; i < 16; i++) {
      text.append("Crews in ").append(places[i % 4]).append(" repaired road number ").append(i + 1)
          .append(" on Monday.\n");
    }
    return text.toString();
  }

  private static int summaryLength(Run run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out()).get("summary").size();
  }

  @Test
  void aLengthControlGivenAloneDecidesAndARatioIsNeverExceeded() throws IOException {
    Path a = article("long.txt", sixteenSentences());
    assertThat(summaryLength(run("", true, a.toString()))).isEqualTo(3);
    assertThat(summaryLength(run("", true, "--ratio", "0.5", a.toString()))).isEqualTo(8);
    assertThat(summaryLength(run("", true, "--ratio", "0.1", a.toString()))).isEqualTo(1);
    // nine-word sentences: 54 words hold six of them, 53 five
    assertThat(summaryLength(run("", true, "--words", "54", a.toString()))).isEqualTo(6);
    assertThat(summaryLength(run("", true, "--words", "53", a.toString()))).isEqualTo(5);
    assertThat(summaryLength(run("", true, "-n", "4", "--words", "54", a.toString()))).isEqualTo(4);
    assertThat(summaryLength(run("", true, "--ratio", "0.25", "--words", "54", a.toString()))).isEqualTo(4);
  }

  @Test
  void theMethodOptionPicksTheBaselines() throws IOException {
    Path a = article("long.txt", sixteenSentences());
    JsonNode lead = JSON.readTree(run("", true, "--method", "lead", a.toString()).out()).get("summary");
    assertThat(lead).extracting(s -> s.get("sentence").asInt()).containsExactly(0, 1, 2);
    assertThat(summaryLength(run("", true, "--method", "textrank", a.toString()))).isEqualTo(3);
    assertThat(summaryLength(run("", true, "--method", "LEARNED", a.toString()))).isEqualTo(3);
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    Path a = article("a.txt", ARTICLE);
    assertThat(run("", true, "--format", "xml", a.toString()).exitCode()).isEqualTo(2);
    assertThat(run("", true, "--ratio", "1.5", a.toString()).exitCode()).isEqualTo(2);
    Run method = run("", true, "--method", "random", a.toString());
    assertThat(method.exitCode()).isEqualTo(2);
    assertThat(method.err()).contains("--method must be learned, lead or textrank");
    Run unknown = run("", true, "--no-such-option", a.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--no-such-option");
  }

  @Test
  void helpAndVersionSucceed() {
    Run help = run("", true, "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("--sentences");
    // the subcommands are added to this run only, and help lists every one
    assertThat(help.out()).contains("Commands:").contains(LedeCommand.SUBCOMMANDS.keySet());
    Run version = run("", true, "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("lede ");
  }

  @Test
  void outputDirMirrorsTheInputTreeAndSkipExistingResumes() throws IOException {
    article("corpus/a.txt", ARTICLE);
    article("corpus/sub/b.txt", ARTICLE);
    article("corpus/sub/empty.txt", "");
    Path corpus = dir.resolve("corpus");
    Path out = dir.resolve("out");

    Run first = run("", true, "--output-dir", out.toString(), corpus.toString());

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(JSON.readTree(out.resolve("a.txt.json").toFile()).get("source").asText())
        .isEqualTo(corpus.resolve("a.txt").toString());
    assertThat(out.resolve("sub/b.txt.json")).exists();
    assertThat(out.resolve("sub/empty.txt.json")).doesNotExist();
    assertThat(JSON.readTree(first.out()).get("error").get("code").asText()).isEqualTo("empty");
    try (var files = Files.walk(out)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }

    Files.writeString(out.resolve("a.txt.json"), "kept");
    Files.delete(out.resolve("sub/b.txt.json"));
    Run second =
        run("", true, "--output-dir", out.toString(), "--skip-existing", corpus.toString());
    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(out.resolve("a.txt.json")).hasContent("kept");
    assertThat(out.resolve("sub/b.txt.json")).exists();
  }

  @Test
  void aClosedPipeEndsTheRunQuietly() throws IOException {
    Path a = article("a.txt", ARTICLE);
    Path b = article("b.txt", ARTICLE);
    java.io.OutputStream closedPipe =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new ByteArrayInputStream(new byte[0]),
                closedPipe,
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(a.toString(), b.toString());
    assertThat(code).isEqualTo(141);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anUnwritableOutputFileIsOneClearError() throws IOException {
    Path a = article("a.txt", ARTICLE);
    Run run = run("", true, "-o", dir.resolve("no/such/folder/out.json").toString(), a.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .startsWith("lede: ")
        .contains("out.json")
        .contains("no such folder")
        .doesNotContain("\n\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void filesOfTheSameNameInTwoPlacesGetAnOutputFileEach() throws IOException {
    Path one = article("c1/x.txt", ARTICLE);
    Path two = article("c2/x.txt", ARTICLE.replace("Vell", "Orran"));
    Path out = dir.resolve("out");

    Run files = run("", true, "--output-dir", out.toString(), one.toString(), two.toString());
    assertThat(files.exitCode()).isZero();
    assertThat(sourceIn(out, one)).isEqualTo(one.toString());
    assertThat(sourceIn(out, two)).isEqualTo(two.toString());

    Path folders = dir.resolve("out-folders");
    Run both = run("", true, "--output-dir", folders.toString(), one.getParent().toString(), two.getParent().toString());
    assertThat(both.exitCode()).isZero();
    assertThat(sourceIn(folders, one)).isEqualTo(one.toString());
    assertThat(sourceIn(folders, two)).isEqualTo(two.toString());
  }

  /** The source named in the record written for {@code input} under {@code out}, at the input's path as given. */
  private static String sourceIn(Path out, Path input) throws IOException {
    Path target = out.resolve(input.getRoot().relativize(input) + ".json");
    return JSON.readTree(target.toFile()).get("source").asText();
  }

  @Test
  void inputsThatWouldShareAnOutputFileAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path one = article("c1/x.txt", ARTICLE);
    Path out = dir.resolve("out");
    List<String[]> clashes =
        List.of(
            new String[] {one.toString(), one.getParent().resolve("./x.txt").toString()},
            new String[] {one.getParent().toString(), one.toString()},
            new String[] {one.toString(), one.toString()});
    for (String[] inputs : clashes) {
      List<String> args = new ArrayList<>(List.of("--output-dir", out.toString()));
      args.addAll(List.of(inputs));
      Run run = run("", true, args.toArray(String[]::new));
      assertThat(run.exitCode()).as(String.join(" ", inputs)).isEqualTo(2);
      assertThat(run.err()).startsWith("lede: --output-dir: ").contains("same place");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
    Path self = article("self.txt", ARTICLE);
    Path alias = dir.resolve("alias.txt");
    Files.createSymbolicLink(alias, self);

    for (String output : List.of(self.toString(), alias.toString())) {
      Run run = run("", true, "-o", output, self.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("lede: -o ").contains("emptied before it is read");
      assertThat(self).hasContent(ARTICLE);
    }
  }

  @Test
  void anOutputInsideAFolderBeingReadIsRefusedWhenTheGlobWouldReadIt() throws IOException {
    article("corpus/a.txt", ARTICLE);
    Path corpus = dir.resolve("corpus");
    Path inside = corpus.resolve("all.txt");
    Files.writeString(inside, "an earlier file the user keeps\n");

    Run file = run("", true, "-o", inside.toString(), corpus.toString());
    assertThat(file.exitCode()).isEqualTo(2);
    assertThat(inside).hasContent("an earlier file the user keeps\n");

    Run folder = run("", true, "--glob", "*", "--output-dir", corpus.resolve("out").toString(), corpus.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("--output-dir").contains("inside the input folder");
    Path out = dir.resolve("out");
    Run both = run("", true, "-o", out.resolve("a.txt.json").toString(), "--output-dir", out.toString(), corpus.resolve("a.txt").toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("inside --output-dir");
  }

  @Test
  void outputDirHonoursFormat() throws IOException {
    Path a = article("corpus/a.txt", ARTICLE);
    Path out = dir.resolve("out");
    Run run = run("", true, "--format", "jsonl", "--output-dir", out.toString(), dir.resolve("corpus").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(out.resolve("a.txt.json"))).hasSize(1);
    assertThat(JSON.readTree(out.resolve("a.txt.json").toFile()).get("source").asText()).isEqualTo(a.toString());
  }

  @Test
  void anEmptySelectionSaysSoAndFails() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Run run = run("", true, dir.resolve("empty").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("lede: no input to read").contains("*.txt");
  }

  @Test
  void aTextTooShortToTellItsLanguageIsReadAsEnglishWithAWarning() throws IOException {
    JsonNode record = JSON.readTree(run("Storm hits Lagos.\n", false, "-").out());
    assertThat(record.get("language").get("code").asText()).isNotEqualTo("en");
    assertThat(record.get("warnings").get(0).asText()).startsWith("language uncertain").contains("read as English");
    assertThat(record.get("entities")).isNotEmpty();
  }

  @Test
  void aRuleTimeHoldsTheZoneTheNameFinderTookForAName() throws IOException {
    JsonNode record = JSON.readTree(run("Talks in Brenton resumed at 09:12 GMT on Monday.\n", false, "-").out());
    List<String> entities = new ArrayList<>();
    record.get("entities").forEach(e -> entities.add(e.get("type").asText() + ":" + e.get("text").asText()));
    assertThat(entities).contains("TIME:09:12 GMT").noneMatch(e -> e.endsWith(":GMT"));
  }

  @Test
  void textFormatIsForPeople() throws IOException {
    Path a = article("a.txt", ARTICLE);
    Run run = run("", true, "--format", "text", a.toString(), dir.resolve("missing.txt").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("Harbour council approves new ferry route")
        .contains("\nSummary\n  - The Northport Harbour Council voted")
        .contains("PERSON        Maria Okafor (2)")
        .contains("\u201cThis is the crossing people have asked for since the bridge closed\u201d \u2014 Maria Okafor")
        .contains("missing.txt: error io: ")
        .doesNotContain("{");
  }

  @Test
  void filesFromReadsOneInputALineFromAFileOrStandardInput() throws IOException {
    Path a = article("a.txt", ARTICLE);
    Path b = article("b.txt", ARTICLE.replace("Vell", "Orran"));
    Path list = dir.resolve("list");
    Files.writeString(list, a + "\n\n" + b + "\n");

    Run fromFile = run("", true, "--files-from", list.toString());
    assertThat(fromFile.exitCode()).isZero();
    assertThat(fromFile.out().lines()).hasSize(2);

    Run fromStdin = run(a + "\n" + b + "\n", false, "--files-from", "-");
    assertThat(fromStdin.out()).isEqualTo(fromFile.out());

    Run both = run(a + "\n", false, "--files-from", "-", "-");
    assertThat(both.exitCode()).isEqualTo(2);
  }

  @Test
  void aGlobStarAlsoMatchesTheTopOfTheFolder() throws IOException {
    article("corpus/top.txt", ARTICLE);
    article("corpus/sub/deep.txt", ARTICLE);
    Run run = run("", true, "--glob", "**/*.txt", dir.resolve("corpus").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES) // a pipe without a writer would block
  void aNamedPipeNamedOnTheCommandLineIsRead() throws Exception {
    Path fifo = dir.resolve("pipe");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, ARTICLE);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    Run run = run("", true, fifo.toString());
    writer.join();
    assertThat(run.exitCode()).isZero();
    assertThat(JSON.readTree(run.out()).get("title").asText()).startsWith("Harbour council approves");
  }

  @Test
  void promotionalLinesAreRemovedAndStayOutOfEverythingElse() throws IOException {
    Path sample = Path.of("samples/harbour-ferry.txt");
    String text = Files.readString(sample);
    JsonNode record = JSON.readTree(run("", true, sample.toString()).out());

    JsonNode removed = record.get("removed");
    assertThat(removed).hasSize(3);
    List<int[]> ranges = new ArrayList<>();
    for (JsonNode r : removed) {
      ranges.add(new int[] {r.get("start").asInt(), r.get("end").asInt()});
      assertThat(r.get("reason").asText()).isEqualTo("promotion");
    }
    assertThat(codePointSlice(text, ranges.get(2)[0], ranges.get(2)[1])).startsWith("Follow us on");
    List<JsonNode> placed = new ArrayList<>();
    record.get("summary").forEach(placed::add);
    record.get("quotes").forEach(placed::add);
    record.get("entities").forEach(e -> e.get("mentions").forEach(placed::add));
    assertThat(placed).isNotEmpty();
    for (JsonNode item : placed) {
      for (int[] range : ranges) {
        int start = item.get("start").asInt();
        assertThat(start < range[0] || start >= range[1]).as("offset %d outside removed %d-%d", start, range[0], range[1]).isTrue();
      }
    }
  }

  @Test
  void aWireDatelineAndAgencyBylineStayOutOfTheSentences() throws IOException {
    Path sample = Path.of("samples/flood-warning.txt");
    String text = Files.readString(sample);
    JsonNode record = JSON.readTree(run("", true, sample.toString()).out());

    JsonNode dateline = record.get("dateline");
    assertThat(dateline.get("place").asText()).isEqualTo("LEEDS");
    assertThat(dateline.get("source").asText()).isEqualTo("Reuters");
    assertThat(codePointSlice(text, dateline.get("start").asInt(), dateline.get("end").asInt()))
        .isEqualTo("LEEDS, March 3 (Reuters) - ");
    JsonNode first = record.get("summary").get(0);
    assertThat(first.get("sentence").asInt()).isZero();
    assertThat(first.get("text").asText()).startsWith("Britain's Environment Agency");
    assertThat(record.get("removed")).singleElement().satisfies(r -> assertThat(r.get("reason").asText()).isEqualTo("byline"));
  }

  @Test
  void onlyARunThatSummarizesStartsLoadingModelsBeforeParsing() {
    assertThat(Main.summarizes("article.txt")).isTrue();
    assertThat(Main.summarizes()).isTrue();
    assertThat(Main.summarizes("-q", "--threads", "2", "corpus/")).isTrue();
    assertThat(Main.summarizes("--", "-h")).isTrue();
    assertThat(Main.summarizes("eval-ner", "--gold", "dev.conll")).isFalse();
    assertThat(Main.summarizes("bench")).isFalse();
    assertThat(Main.summarizes("article.txt", "--help")).isFalse();
    assertThat(Main.summarizes("-V")).isFalse();
  }

  @Test
  void benchTimesTheInProcessBatchInTurnsAndGivesTheRangeOfThePairsRatios() {
    Run run = run("", true, "bench", "--articles", "samples", "--skip-process", "--passes", "2", "--limit", "3", "--threads", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("Stages, 1 thread, 3 articles x 2 passes:")
        .containsPattern(
            "In-process batch: \\d+ articles/s at 1 thread, \\d+ at 2 threads: x\\d+\\.\\d\\d"
                + " \\(median of 2 pairs; x\\d+\\.\\d\\d to x\\d+\\.\\d\\d\\)");
  }

  @Test
  void benchRefusesToTimeNoPasses() {
    Run run = run("", true, "bench", "--articles", "samples", "--passes", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--passes").doesNotContain("\tat ");
  }

  @Test
  void completionOffersEachOptionsOwnValues() {
    Run run = run("", true, "generate-completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("FORMAT_option_args=(\"json\" \"jsonl\" \"text\")")
        .contains("TYPE_option_args=(\"auto\" \"text\" \"html\")")
        .contains("(\"codepoint\" \"utf16\")");
    Run extra = run("", true, "generate-completion", "extra");
    assertThat(extra.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(extra.err()).contains("'extra'");
  }

  @Test
  void benchNamesAMissingFolderAsSuch() {
    Run run = run("", true, "bench", "--articles", dir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no such folder").doesNotContain("*.txt");
  }

  @Test
  void subcommandsAreListedUnderTheNamesTheirCommandsGive() {
    LedeCommand.SUBCOMMANDS.forEach(
        (name, command) -> assertThat(command.getAnnotation(Command.class).name()).isEqualTo(name));
    assertThat(run("", true, "bench", "--help").out()).contains("Usage: lede bench");
  }
}
