package dev.lede.eval;

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of one candidate against one reference, each in [0, 1]. */
public record RougeScores(double rouge1, double rouge2, double rougeL) {}
