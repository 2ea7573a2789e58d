package dev.lede.spark;

import dev.lede.Lede;
import dev.lede.input.InputFormat;
import dev.lede.output.OffsetUnit;
import dev.lede.summary.SummaryLength;
import java.io.Serializable;
import java.time.Duration;

/**
 * The summary options of a job, as the driver sends them to the executors (lede's own options
 * are not serializable); the fields mean what the CLI's options of the same names mean.
 */
record JobOptions(
    Integer sentences,
    Double ratio,
    Integer words,
    OffsetUnit offsetUnit,
    InputFormat inputFormat,
    long maxBytes,
    long timeoutSeconds,
    boolean allowNonEnglish,
    boolean includeText)
    implements Serializable {

  Lede.Options toLede() {
    return new Lede.Options(
        new SummaryLength(sentences, ratio, words),
        offsetUnit,
        maxBytes,
        allowNonEnglish,
        inputFormat,
        includeText,
        Duration.ofSeconds(timeoutSeconds));
  }
}
