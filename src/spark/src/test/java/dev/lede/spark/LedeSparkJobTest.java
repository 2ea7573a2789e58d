package dev.lede.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job in local mode (the master comes from -Dspark.master, set by the build as spark-submit
 * would set it) against the CLI on the same folder: the samples, a page, and bad inputs.
 */
class LedeSparkJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** harbour-ferry.txt (1,499 bytes) is over it: a too-large record that the job never reads. */
  private static final String MAX_BYTES = "1200";
  private static final String GLOB = "*.{txt,html}";

  private static SparkSession spark;

  @TempDir static Path dir;
  private static Path corpus;

  @BeforeAll
  static void start() throws IOException {
    // one file a task, so that the two task threads run many tasks between them
    spark = SparkSession.builder()
        .appName("lede-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.files.openCostInBytes", String.valueOf(128L << 20))
        .getOrCreate();
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("sub"));
    try (Stream<Path> samples = Files.list(Path.of("../../samples"))) {
      for (Path sample : samples.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Path to = sample.getFileName().toString().startsWith("chip") ? corpus.resolve("sub") : corpus;
        Files.copy(sample, to.resolve(sample.getFileName()));
      }
    }
    Files.writeString(
        corpus.resolve("sub/ferry.html"),
        "<html><head><title>Ferry | Courier</title>"
            + "<meta property=\"article:published_time\" content=\"2024-05-02T08:00:00Z\"></head><body>"
            + "<nav>Home</nav><article><h1>Ferry to Vell runs again</h1>"
            + "<p>The ferry between Northport and Vell ran again on Monday after a week of storms.</p>"
            + "<p>Its captain, Ana Ruiz, said the crossing took forty minutes, ten more than usual.</p>"
            + "</article></body></html>");
    Files.write(corpus.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.writeString(corpus.resolve("blank.txt"), " \n\t\n");
    Files.write(
        corpus.resolve("cafe.txt"),
        ("The caf\u00e9 on the quay in Northport reopened on Monday after a fire in March. "
                + "Its owner, Tom Reyes, said the repairs cost more than he had feared.")
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(corpus.resolve("notes.md"), "Not read: the glob leaves it out.");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static int job(String... args) {
    return new CommandLine(new LedeSparkJob()).execute(args);
  }

  /** The CLI's records for the corpus, by file name, without their source, with these options too. */
  private static Map<String, JsonNode> cliRecords(String... options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("--format", "jsonl", "--glob", GLOB, "--max-bytes", MAX_BYTES, "-q", corpus.toString()));
    int exit = new Main(InputStream.nullInputStream(), out, new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args.toArray(String[]::new));
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1); // three inputs fail
    return byName(out.toString(StandardCharsets.UTF_8).lines().toList());
  }

  private static Map<String, JsonNode> byName(List<String> lines) throws IOException {
    Map<String, JsonNode> records = new TreeMap<>();
    for (String line : lines) {
      ObjectNode record = (ObjectNode) JSON.readTree(line);
      String source = record.remove("source").asText();
      records.put(source.substring(source.lastIndexOf('/') + 1), record);
    }
    return records;
  }

  private static List<String> lines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }

  @Test
  void jsonLinesAreTheClisRecordsForTheSameFiles() throws IOException {
    Path out = dir.resolve("jsonl");

    assertThat(job("--glob", GLOB, "--max-bytes", MAX_BYTES, corpus.toString(), out.toString())).isZero();

    List<String> lines = lines(out);
    assertThat(lines).allSatisfy(line -> assertThat(line).contains("\"source\":\"file:" + corpus));
    Map<String, JsonNode> records = byName(lines);
    assertThat(records.keySet())
        .containsExactly(
            "blank.txt", "budget-vote.txt", "cafe.txt", "chip-plant.txt", "cup-final.txt", "ferry.html",
            "flood-warning.txt", "harbour-ferry.txt", "scan.txt");
    assertThat(records).isEqualTo(cliRecords());
    assertThat(records.get("scan.txt").at("/error/code").asText()).isEqualTo("not-text");
    assertThat(records.get("blank.txt").at("/error/code").asText()).isEqualTo("empty");
    assertThat(records.get("harbour-ferry.txt").at("/error/code").asText()).isEqualTo("too-large");
    assertThat(records.get("ferry.html").at("/title").asText()).isEqualTo("Ferry to Vell runs again");
    assertThat(records.get("cafe.txt").at("/warnings/0").asText()).contains("Windows-1252");
    assertThat(ExecutorLede.modelLoads()).isEqualTo(1);
  }

  @Test
  void parquetHoldsTheSameRecordsInATypedSchema() throws IOException {
    Path out = dir.resolve("parquet");

    assertThat(job("--format", "parquet", "--glob", GLOB, "--max-bytes", MAX_BYTES, corpus.toString(), out.toString()))
        .isZero();

    Dataset<Row> rows = spark.read().parquet(out.toString());
    assertThat(rows.schema().asNullable()).isEqualTo(RecordRows.SCHEMA.asNullable());
    Map<String, JsonNode> cli = cliRecords();
    List<Row> all = rows.collectAsList();
    assertThat(all).hasSize(cli.size());
    for (Row row : all) {
      String path = row.getAs("source");
      JsonNode expected = cli.get(path.substring(path.lastIndexOf('/') + 1));
      Row error = row.getAs("error");
      if (expected.has("error")) {
        assertThat(error.<String>getAs("code")).isEqualTo(expected.at("/error/code").asText());
        assertThat(row.<Object>getAs("summary")).isNull();
        continue;
      }
      assertThat(error).isNull();
      assertThat(row.<String>getAs("title")).isEqualTo(expected.get("title").textValue());
      List<Row> summary = row.getList(row.fieldIndex("summary"));
      assertThat(summary).extracting(s -> s.<String>getAs("text"))
          .containsExactlyElementsOf(expected.get("summary").findValuesAsText("text"));
      assertThat(summary).extracting(s -> s.<Integer>getAs("start"))
          .containsExactlyElementsOf(expected.get("summary").findValues("start").stream().map(JsonNode::asInt).toList());
      List<Row> entities = row.getList(row.fieldIndex("entities"));
      assertThat(entities).hasSameSizeAs(expected.get("entities"));
      for (int i = 0; i < entities.size(); i++) {
        Row entity = entities.get(i);
        JsonNode want = expected.get("entities").get(i);
        assertThat(entity.<String>getAs("text")).isEqualTo(want.get("text").textValue());
        assertThat(entity.<String>getAs("type")).isEqualTo(want.get("type").textValue());
        assertThat(entity.getList(entity.fieldIndex("mentions"))).hasSameSizeAs(want.get("mentions"));
      }
      assertThat(row.getList(row.fieldIndex("keywords"))).hasSameSizeAs(expected.get("keywords"));
      assertThat(row.getList(row.fieldIndex("quotes"))).hasSameSizeAs(expected.get("quotes"));
      assertThat(row.<Row>getAs("language").<String>getAs("code")).isEqualTo(expected.at("/language/code").asText());
    }
    assertThat(ExecutorLede.modelLoads()).isEqualTo(1);
  }

  @Test
  void aLengthControlGivenAloneDecidesAsInTheCli() throws IOException {
    Path out = dir.resolve("ratio");

    assertThat(job("--ratio", "0.5", "--glob", GLOB, "--max-bytes", MAX_BYTES, corpus.toString(), out.toString()))
        .isZero();

    Map<String, JsonNode> records = byName(lines(out));
    assertThat(records).isEqualTo(cliRecords("--ratio", "0.5"));
    // half of cup-final.txt's 12 sentences: the default of 3 no longer caps a ratio
    assertThat(records.get("cup-final.txt").get("summary")).hasSize(6);
  }

  @Test
  void aBadArgumentIsAUsageErrorBeforeAnythingRuns() {
    assertThat(job("--offset-unit", "bytes", corpus.toString(), dir.resolve("none").toString())).isEqualTo(2);
    assertThat(job("--sentences", "0", corpus.toString(), dir.resolve("none").toString())).isEqualTo(2);
    assertThat(dir.resolve("none")).doesNotExist();
  }
}
