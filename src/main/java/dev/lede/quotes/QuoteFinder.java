package dev.lede.quotes;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.entity.Entity;
import dev.lede.entity.EntityGrouper;
import dev.lede.pipeline.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds an article's direct quotations and who said them.
 *
 * <p>A quotation is the text between double quotation marks (straight or curly; see {@link
 * QuotationMarks}). Its speaker comes from the attribution around it, read on the tokens outside
 * any quotation:
 *
 * <ol>
 *   <li>after the closing mark, in the same sentence: {@code "...," he said}, {@code "...," Peskov
 *       told reporters}, {@code "...," said the minister, Ana Ruiz}, {@code "...," according to
 *       X};
 *   <li>before the opening mark, in the same sentence: {@code X said: "..."}, {@code X said the
 *       plan was "a mess"}, {@code X added, saying "..."}, {@code According to X, "..."}, {@code
 *       X: "..."};
 *   <li>otherwise, a quotation right after an attributed one (same or next paragraph, no other
 *       person or organization named outside quotation marks in between) keeps its speaker.
 * </ol>
 *
 * The speaker is the subject of the speech verb, found by walking left over adverbs, auxiliaries
 * and a comma-delimited apposition ({@code X, the minister, said}), or right after an inverted
 * verb. Only those positions count: a news agency in {@code as quoted by Reuters} and a platform
 * in {@code he said on X} are never speakers. A subject pronoun ({@code he}, {@code she}) is the
 * nearest PERSON mentioned before it outside quotations whose honorific, if any, does not
 * contradict it ({@code it}: the nearest ORGANIZATION). The speaker is the entity's canonical name
 * from {@link EntityGrouper}. A common-noun subject ({@code the minister said}) leaves the speaker
 * null rather than guessing. Unattributed quotations shorter than {@value #MIN_UNATTRIBUTED_WORDS}
 * words are taken for scare quotes or titles and skipped.
 */
public final class QuoteFinder {

  static final int MIN_UNATTRIBUTED_WORDS = 5;

  private final EntityGrouper grouper = new EntityGrouper();

  /** The article's quotations in text order, grouping its entities first. */
  public List<Quote> find(AnalyzedArticle article) {
    return find(article, grouper.group(article));
  }

  /** The article's quotations in text order, speakers named after the given entities. */
  public List<Quote> find(AnalyzedArticle article, List<Entity> entities) {
    String text = article.article().text();
    List<QuotationMarks.Marked> marked =
        QuotationMarks.find(text, article.article().bodyStart(), text.length());
    Attributor attributor = new Attributor(article, entities, marked);
    List<Quote> quotes = new ArrayList<>();
    Quote previous = null;
    int previousClose = -1;
    for (int q = 0; q < marked.size(); q++) {
      QuotationMarks.Marked m = marked.get(q);
      int[] span = trimmed(text, m);
      if (span == null) {
        continue;
      }
      String quoted = quotedText(text, m, span);
      Attributor.Attribution a = attributor.attribute(q);
      if (!a.cue() && previous != null && previous.speaker() != null
          && attributor.continues(previousClose, m.open(), previous.speaker())) {
        a = new Attributor.Attribution(
            true, previous.speaker(), previous.speakerStart(), previous.speakerEnd());
      }
      if (!a.cue() && words(quoted) < MIN_UNATTRIBUTED_WORDS) {
        continue;
      }
      Quote quote =
          new Quote(
              quoted,
              span[0],
              span[1],
              a.speaker(),
              a.speaker() == null ? -1 : a.start(),
              a.speaker() == null ? -1 : a.end(),
              sentenceAt(article.sentences(), span[0]));
      quotes.add(quote);
      previous = quote;
      previousClose = m.close();
    }
    return quotes;
  }

  /** The quoted words' offsets: whitespace and a final comma trimmed; null when empty. */
  private static int[] trimmed(String text, QuotationMarks.Marked m) {
    int start = m.parts().get(0)[0];
    int end = m.parts().get(m.parts().size() - 1)[1];
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    return end > start ? new int[] {start, end} : null;
  }

  private static String quotedText(String text, QuotationMarks.Marked m, int[] span) {
    if (m.parts().size() == 1) {
      return text.substring(span[0], span[1]);
    }
    StringBuilder joined = new StringBuilder();
    for (int[] part : m.parts()) {
      // trimming may have moved the span's ends past whole parts (a part that is only a comma)
      int from = Math.max(part[0], span[0]);
      int to = Math.min(part[1], span[1]);
      if (to <= from) {
        continue;
      }
      if (joined.length() > 0) {
        joined.append(' ');
      }
      joined.append(text, from, to);
    }
    return joined.toString().strip();
  }

  private static int words(String quoted) {
    String stripped = quoted.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  /** The first sentence ending after offset (sentences are in text order), else the last. */
  private static int sentenceAt(List<Sentence> sentences, int offset) {
    int low = 0;
    int high = sentences.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low < sentences.size()) {
      return sentences.get(low).index();
    }
    return sentences.isEmpty() ? -1 : sentences.get(sentences.size() - 1).index();
  }
}
