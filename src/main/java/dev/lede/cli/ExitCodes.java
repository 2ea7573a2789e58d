package dev.lede.cli;

/** lede's exit codes, listed in {@code --help}. */
final class ExitCodes {

  /** Every input was summarized. */
  static final int OK = 0;
  /** One or more inputs failed (the others were still written), or the run itself failed. */
  static final int FAILED = 1;
  /** The command line was wrong. */
  static final int USAGE = 2;
  /** Standard output was closed by its reader: 128 + SIGPIPE, as a Unix filter would end. */
  static final int BROKEN_PIPE = 141;

  private ExitCodes() {}
}
