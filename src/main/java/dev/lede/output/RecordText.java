package dev.lede.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record for a person at a terminal ({@code --format text}): the headline, the summary, the
 * main entities by type, the quotes with their speakers and the key phrases; an error as one
 * line. Not a contract: scripts read JSON.
 */
final class RecordText {

  /** How many entities of each type are named. */
  private static final int ENTITIES_PER_TYPE = 5;

  private RecordText() {}

  static void write(Object record, OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder();
    if (record instanceof ErrorRecord error) {
      text.append(error.source()).append(": error");
      if (error.error() != null) {
        text.append(' ').append(error.error().code()).append(": ").append(error.error().message());
      }
      text.append('\n');
    } else {
      article((ArticleRecord) record, text);
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void article(ArticleRecord r, StringBuilder text) {
    text.append(r.title() == null ? r.source() : r.title()).append('\n');
    text.append(r.title() == null ? "" : r.source() + " \u00b7 ");
    if (r.published() != null) {
      text.append(r.published()).append(" \u00b7 ");
    }
    text.append(r.language().code()).append(" \u00b7 ").append(r.stats().words()).append(" words\n");
    text.append("\nSummary\n");
    for (ArticleRecord.SummarySentence s : r.summary()) {
      text.append("  - ").append(s.text()).append('\n');
    }
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (ArticleRecord.EntityRecord e : r.entities()) {
      List<String> names = byType.computeIfAbsent(e.type(), t -> new ArrayList<>());
      if (names.size() < ENTITIES_PER_TYPE) {
        names.add(e.count() > 1 ? e.text() + " (" + e.count() + ")" : e.text());
      }
    }
    if (!byType.isEmpty()) {
      text.append("\nEntities\n");
      byType.forEach(
          (type, names) -> text.append(String.format("  %-13s %s%n", type, String.join(", ", names))));
    }
    if (!r.quotes().isEmpty()) {
      text.append("\nQuotes\n");
      for (ArticleRecord.QuoteRecord q : r.quotes()) {
        text.append("  \u201c").append(q.text()).append('\u201d');
        text.append(q.speaker() == null ? "" : " \u2014 " + q.speaker()).append('\n');
      }
    }
    if (!r.keywords().isEmpty()) {
      List<String> keywords = new ArrayList<>();
      r.keywords().forEach(k -> keywords.add(k.text()));
      text.append("\nKey phrases: ").append(String.join(", ", keywords)).append('\n');
    }
    for (String warning : r.warnings()) {
      text.append("\nWarning: ").append(warning).append('\n');
    }
  }
}
