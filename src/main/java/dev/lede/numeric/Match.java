package dev.lede.numeric;

/** What a rule found at a token: its type and the index of the token after it. */
record Match(NumericType type, int end) {}
