package dev.lede;

import dev.lede.output.ArticleRecord;
import dev.lede.output.ErrorRecord;

/** What became of one input: its summary record, or the error record that stands in its place. */
public sealed interface Outcome {

  String source();

  /** The record to write: an {@link ArticleRecord} or an {@link ErrorRecord}. */
  Object record();

  record Summarized(ArticleRecord record) implements Outcome {
    @Override
    public String source() {
      return record.source();
    }
  }

  /** {@code cause} is the exception behind an internal error, for --debug; null otherwise. */
  record Failed(ErrorRecord record, Throwable cause) implements Outcome {
    @Override
    public String source() {
      return record.source();
    }

    public String message() {
      return record.error().message();
    }
  }
}
