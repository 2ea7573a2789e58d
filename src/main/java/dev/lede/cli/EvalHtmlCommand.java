package dev.lede.cli;

import dev.lede.eval.HtmlEvaluation;
import dev.lede.eval.HtmlEvaluation.DateScore;
import dev.lede.eval.HtmlEvaluation.Interval;
import dev.lede.eval.HtmlEvaluation.Reading;
import dev.lede.eval.HtmlEvaluation.TextPage;
import dev.lede.eval.HtmlEvaluation.TextScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval-html}: how well lede reads real HTML pages. With a truth folder, the article
 * text against hand-made main text (per source, with a bootstrap interval); with a truth table,
 * the publication date against hand-checked days.
 */
@Command(
    name = "eval-html",
    mixinStandardHelpOptions = true,
    description = {
      "Scores lede's reading of HTML pages against ground truth.",
      "--truth DIR: the article text of PAGES/<id>.html against DIR/<id>.txt (4-word shingles of \\w+ tokens,"
          + " headline left out; P averaged over pages with text, R over all, F1 of the two), per source"
          + " (the id up to its first '-'), with a bootstrap interval.",
      "--truth FILE.tsv: the publication date (id TAB YYYY-MM-DD) by htmldate's rules: no date is a miss,"
          + " a wrong day an error; and how many dates are not RFC 3339 (ISO-8601 extended form)."
    })
public final class EvalHtmlCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--pages", required = true, paramLabel = "DIR", description = "Folder of pages (*.html, *.htm).")
  Path pages;

  @Option(names = "--truth", required = true, paramLabel = "DIR|FILE",
      description = "Folder of true main texts (<id>.txt), or a table of true dates (id TAB YYYY-MM-DD).")
  Path truth;

  @Option(names = "--per-page", paramLabel = "FILE", description = "Also write each page's figures here (tab-separated).")
  Path perPage;

  @Option(names = "--rounds", defaultValue = "1000", paramLabel = "N", description = "Bootstrap rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rounds < 1) {
      err.println("lede: --rounds must be at least 1");
      return 2;
    }
    try {
      List<Path> files = HtmlEvaluation.pages(pages);
      long started = System.nanoTime();
      List<String> rows = new ArrayList<>();
      if (Files.isDirectory(truth)) {
        texts(files, out, rows);
      } else {
        dates(files, out, rows);
      }
      out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - started) / 1e9);
      out.flush();
      if (perPage != null) {
        Files.write(perPage, rows, StandardCharsets.UTF_8);
      }
      return 0;
    } catch (FileSystemException e) {
      err.println(ErrorReporter.line(e));
      return 1;
    } catch (IOException e) {
      err.println("lede: " + pages + ": " + e.getMessage());
      return 1;
    }
  }

  private void texts(List<Path> files, PrintWriter out, List<String> rows) throws IOException {
    List<TextPage> scored = new ArrayList<>();
    double seconds = 0;
    long bytes = 0;
    rows.add("id\tsource\tprecision\trecall\tf1\terror");
    for (Path file : files) {
      String truthText = HtmlEvaluation.truthText(truth, file);
      if (truthText == null) {
        continue;
      }
      Reading reading = HtmlEvaluation.read(file);
      seconds += reading.seconds();
      bytes += Files.size(file);
      TextPage page = HtmlEvaluation.scoreText(reading, truthText);
      scored.add(page);
      rows.add(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f\t%s", reading.id(), page.source(),
          page.counts().precision(), page.counts().recall(), page.counts().f1(),
          reading.error() == null ? "" : reading.error().code()));
    }
    out.printf(Locale.ROOT, "%d pages with truth; article text, 4-word shingles (bootstrap: %d rounds over pages)%n", scored.size(), rounds);
    out.printf(Locale.ROOT, "%-10s %5s %6s %6s %6s %7s %15s %8s %6s %6s%n",
        "source", "pages", "P", "R", "F1", "+-std", "95% interval", "page F1", "empty", "failed");
    for (Map.Entry<String, List<TextPage>> group : HtmlEvaluation.bySource(scored).entrySet()) {
      TextScore score = HtmlEvaluation.textScore(group.getValue());
      Interval interval = HtmlEvaluation.bootstrap(group.getValue(), rounds, 22);
      out.printf(Locale.ROOT, "%-10s %5d %6.3f %6.3f %6.3f %7.3f %7.3f-%-7.3f %8.3f %6d %6d%n",
          group.getKey(), score.pages(), score.precision(), score.recall(), score.f1(), interval.std(),
          interval.low(), interval.high(), score.meanPageF1(), score.empty(), score.failed());
    }
    out.printf(Locale.ROOT, "reading: %.1f ms a page, %.1f MB/s of HTML%n", 1000 * seconds / Math.max(1, scored.size()), bytes / 1e6 / Math.max(1e-9, seconds));
  }

  private void dates(List<Path> files, PrintWriter out, List<String> rows) throws IOException {
    Map<String, String> truthDates = HtmlEvaluation.truthDates(truth);
    List<Reading> readings = new ArrayList<>();
    rows.add("id\ttruth\tpublished\toutcome\terror");
    for (Path file : files) {
      String id = HtmlEvaluation.id(file);
      if (!truthDates.containsKey(id)) {
        continue;
      }
      Reading reading = HtmlEvaluation.read(file);
      readings.add(reading);
      rows.add(String.join("\t", id, String.valueOf(truthDates.get(id)), String.valueOf(reading.published()),
          HtmlEvaluation.judgeDate(reading.published(), truthDates.get(id)).name(),
          reading.error() == null ? "" : reading.error().code()));
    }
    DateScore score = HtmlEvaluation.dateScore(readings, truthDates);
    out.printf(Locale.ROOT, "%d pages with a true date; publication date by htmldate's rules (the day, no time-zone conversion)%n", score.pages());
    out.printf(Locale.ROOT, "dated %d: right %d, wrong %d; undated %d%n", score.truePositives() + score.falsePositives(),
        score.truePositives(), score.falsePositives(), score.falseNegatives());
    out.printf(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f%n", score.precision(), score.recall(), score.f1());
    out.printf(Locale.ROOT, "dates not RFC 3339 (ISO-8601 extended form): %d%n", score.notRfc3339());
  }
}
