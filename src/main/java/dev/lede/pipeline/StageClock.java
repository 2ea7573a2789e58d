package dev.lede.pipeline;

/**
 * Told as each stage of an analysis (or one sentence's share of it) finishes, so that a
 * benchmark can see where the time goes in the real pipeline. {@link #NONE} costs nothing.
 */
public interface StageClock {

  StageClock NONE = stage -> {};

  void lap(String stage);
}
