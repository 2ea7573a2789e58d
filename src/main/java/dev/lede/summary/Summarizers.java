package dev.lede.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The summarizers lede offers; {@link #standard()} is the one the CLI runs by default. */
public final class Summarizers {

  /** The methods a user can ask for by name ({@code lede --method}). */
  public enum Method {
    /** lede's learned sentence scorer (the default). */
    LEARNED,
    /** The article's first sentences. */
    LEAD,
    /** TextRank centrality alone. */
    TEXTRANK;

    /** The method named {@code name} (any case), or an exception listing the names. */
    public static Method named(String name) {
      for (Method m : values()) {
        if (m.label().equals(name.toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
      throw new IllegalArgumentException("no summary method '" + name + "' (learned, lead, textrank)");
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The shipped scorer's weights, a resource beside this class (its note says how they were made). */
  static final String MODEL_RESOURCE = "lede-summary-en.tsv";

  private Summarizers() {}

  /** lede's summarizer (see README.md beside this class for the method and its evaluation). */
  public static Summarizer standard() {
    return of(Method.LEARNED);
  }

  public static Summarizer of(Method method) {
    return switch (method) {
      case LEARNED -> new LearnedSummarizer(ShippedModel.MODEL);
      case LEAD -> new LeadSummarizer();
      case TEXTRANK -> new TextRankSummarizer();
    };
  }

  private static final class ShippedModel {
    static final SalienceModel MODEL = read();

    private static SalienceModel read() {
      try (InputStream in = Summarizers.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("summary model missing from the jar: " + MODEL_RESOURCE);
        }
        return SalienceModel.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
