package dev.lede.numeric;

/** The kinds of mention {@link NumericEntityFinder} finds; their names are the mention types. */
enum NumericType {
  DATE,
  TIME,
  MONEY,
  PERCENT
}
