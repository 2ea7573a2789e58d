package dev.lede.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The JSON record that stands in place of an input that could not be summarized. */
@JsonPropertyOrder({"schemaVersion", "source", "error"})
public record ErrorRecord(String schemaVersion, String source, Error error) {

  /** {@code code} is stable (see {@link dev.lede.input.InputError}); {@code message} is for people. */
  @JsonPropertyOrder({"code", "message"})
  public record Error(String code, String message) {}
}
