package dev.lede.spark;

import dev.lede.Lede;
import dev.lede.Outcome;
import dev.lede.input.Input;
import dev.lede.input.InputError;
import dev.lede.input.InputReader;
import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Summarizes a partition of files, one by one as Spark pulls them: rows of {@code path},
 * {@code length} and {@code content}, where a null content stands for a file over the size
 * limit that was not read. Every row gives one record; a bad input gives its error record.
 */
final class Summarize<T> implements MapPartitionsFunction<Row, T> {

  /** What a record becomes in the output: a JSON line, or a row of the Parquet schema. */
  interface Output<T> extends Serializable {
    T of(Outcome outcome);
  }

  private final Lede.Options options;
  private final Output<T> output;

  Summarize(Lede.Options options, Output<T> output) {
    this.options = options;
    this.output = output;
  }

  @Override
  public Iterator<T> call(Iterator<Row> files) {
    var lede = ExecutorLede.of(options);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public T next() {
        Row file = files.next();
        String source = file.getString(0);
        byte[] content = file.isNullAt(2) ? null : (byte[]) file.get(2);
        Outcome outcome =
            content == null
                ? lede.process(new Input.Unreadable(
                    source,
                    InputError.TOO_LARGE,
                    InputReader.tooLarge(file.getLong(1), options.maxBytes()).getMessage()))
                : lede.process(source, content);
        return output.of(outcome);
      }
    };
  }
}
