package dev.lede.input;

/** An input that cannot be summarized, with the stable code and a message for people. */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final InputError error;

  public InputException(InputError error, String message) {
    super(message);
    this.error = error;
  }

  public InputException(InputError error, String message, Throwable cause) {
    super(message, cause);
    this.error = error;
  }

  public InputError error() {
    return error;
  }
}
