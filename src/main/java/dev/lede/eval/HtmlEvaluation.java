package dev.lede.eval;

import dev.lede.input.Article;
import dev.lede.input.Input;
import dev.lede.input.InputError;
import dev.lede.input.InputException;
import dev.lede.input.InputFormat;
import dev.lede.input.InputReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores lede's reading of real HTML pages: the article text against hand-made main text (the
 * article-extraction benchmark's shingle metric) and the publication date against hand-checked
 * days (htmldate's rules). Pages are read as lede reads them, through {@link InputReader}; the
 * headline line is left out of the text, since no truth holds it.
 */
public final class HtmlEvaluation {

  /** RFC 3339's profile of ISO-8601: a day, or a day and a time with seconds and an offset. */
  public static final Pattern RFC_3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))?");

  private static final InputReader READER = new InputReader(16L << 20, InputStream.nullInputStream(), InputFormat.HTML);

  private HtmlEvaluation() {}

  /** One page as read: its body text (empty when lede gave none), date, and the error if any. */
  public record Reading(String id, String text, String title, String published, InputError error, double seconds) {}

  public static Reading read(Path page) {
    String id = id(page);
    long started = System.nanoTime();
    try {
      Article article = READER.read(new Input.FileInput(id, page));
      String body = article.title() == null ? article.text() : article.text().substring(article.title().length()).strip();
      return new Reading(id, body, article.title(), article.published(), null, (System.nanoTime() - started) / 1e9);
    } catch (InputException e) {
      return new Reading(id, "", null, null, e.error(), (System.nanoTime() - started) / 1e9);
    }
  }

  /** The pages of {@code folder} ({@code *.html}, {@code *.htm}), in name order. */
  public static List<Path> pages(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().matches("(?i).*\\.html?")).sorted().toList();
    }
  }

  public static String id(Path page) {
    String name = page.getFileName().toString();
    return name.replaceFirst("(?i)\\.html?$", "");
  }

  // ---------------------------------------------------------------- text

  /** One page's text score: {@code source} is its id up to the first '-' (html-dev's layout). */
  public record TextPage(Reading reading, String source, Shingles.Counts counts) {
    boolean empty() {
      return reading.text().isBlank();
    }
  }

  public static TextPage scoreText(Reading reading, String truth) {
    int dash = reading.id().indexOf('-');
    String source = dash > 0 ? reading.id().substring(0, dash) : "all";
    return new TextPage(reading, source, Shingles.compare(reading.text(), truth));
  }

  /** The truth text for {@code page} in {@code truthFolder} ({@code <id>.txt}), or null when there is none. */
  public static String truthText(Path truthFolder, Path page) throws IOException {
    Path truth = truthFolder.resolve(id(page) + ".txt");
    return Files.isRegularFile(truth) ? Files.readString(truth, StandardCharsets.UTF_8) : null;
  }

  /**
   * The benchmark's figures over {@code pages}: precision averaged over pages with text, recall
   * over all, F1 of the two averages; the mean page F1; pages empty (no text) and failing.
   */
  public record TextScore(int pages, double precision, double recall, double f1, double meanPageF1, int empty, int failed) {}

  public static TextScore textScore(List<TextPage> pages) {
    double precision = 0;
    int withText = 0;
    double recall = 0;
    double pageF1 = 0;
    int empty = 0;
    int failed = 0;
    for (TextPage page : pages) {
      if (page.empty()) {
        empty++;
        if (page.reading().error() != null && page.reading().error() != InputError.EMPTY) {
          failed++;
        }
      } else {
        precision += page.counts().precision();
        withText++;
      }
      recall += page.counts().recall();
      pageF1 += page.empty() ? 0 : page.counts().f1();
    }
    double p = withText == 0 ? 0 : precision / withText;
    double r = pages.isEmpty() ? 0 : recall / pages.size();
    return new TextScore(pages.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r),
        pages.isEmpty() ? 0 : pageF1 / pages.size(), empty, failed);
  }

  /** A bootstrap over pages: the standard deviation of F1 and its 2.5 and 97.5 percentiles. */
  public record Interval(double std, double low, double high) {}

  public static Interval bootstrap(List<TextPage> pages, int rounds, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] f1s = new double[rounds];
    List<TextPage> sample = new ArrayList<>(pages.size());
    for (int round = 0; round < rounds; round++) {
      sample.clear();
      for (int i = 0; i < pages.size(); i++) {
        sample.add(pages.get(random.nextInt(pages.size())));
      }
      f1s[round] = textScore(sample).f1();
    }
    Arrays.sort(f1s);
    double mean = Arrays.stream(f1s).average().orElse(0);
    double variance = Arrays.stream(f1s).map(f -> (f - mean) * (f - mean)).sum() / Math.max(1, rounds - 1);
    return new Interval(Math.sqrt(variance), f1s[(int) (rounds * 0.025)], f1s[Math.min(rounds - 1, (int) (rounds * 0.975))]);
  }

  /** The pages grouped by source, in first-seen order, then all of them as "all". */
  public static Map<String, List<TextPage>> bySource(List<TextPage> pages) {
    Map<String, List<TextPage>> groups = new LinkedHashMap<>();
    for (TextPage page : pages) {
      groups.computeIfAbsent(page.source(), s -> new ArrayList<>()).add(page);
    }
    if (groups.size() > 1 || !groups.containsKey("all")) {
      groups.put("all", pages);
    }
    return groups;
  }

  // ---------------------------------------------------------------- dates

  /**
   * htmldate's judgement of one page: no date is a miss (FN); the annotated day a hit (TP); any
   * other day, or a date where the page has none annotated, an error (FP). {@code truth} is
   * {@code YYYY-MM-DD} or null.
   */
  public enum DateOutcome { TRUE_POSITIVE, FALSE_POSITIVE, FALSE_NEGATIVE }

  public static DateOutcome judgeDate(String published, String truth) {
    if (published == null || published.isBlank()) {
      return DateOutcome.FALSE_NEGATIVE;
    }
    String day = published.length() >= 10 ? published.substring(0, 10) : published;
    return truth != null && day.equals(truth) ? DateOutcome.TRUE_POSITIVE : DateOutcome.FALSE_POSITIVE;
  }

  /** Date figures: the counts, how many given dates are not in RFC 3339's profile of ISO-8601. */
  public record DateScore(int pages, int truePositives, int falsePositives, int falseNegatives, int notRfc3339) {
    public double precision() {
      return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      int denominator = 2 * truePositives + falsePositives + falseNegatives;
      return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }
  }

  public static DateScore dateScore(List<Reading> readings, Map<String, String> truth) {
    int[] counts = new int[DateOutcome.values().length];
    int notRfc = 0;
    for (Reading reading : readings) {
      counts[judgeDate(reading.published(), truth.get(reading.id())).ordinal()]++;
      if (reading.published() != null && !RFC_3339.matcher(reading.published()).matches()) {
        notRfc++;
      }
    }
    return new DateScore(readings.size(), counts[0], counts[1], counts[2], notRfc);
  }

  /** htmldate's layout: {@code id TAB YYYY-MM-DD} per line, the date empty when the page has none. */
  public static Map<String, String> truthDates(Path tsv) throws IOException {
    Map<String, String> dates = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String date = fields.length > 1 ? fields[1].strip() : "";
      dates.put(fields[0].strip(), date.isEmpty() ? null : date);
    }
    return dates;
  }
}
