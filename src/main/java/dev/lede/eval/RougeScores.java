package dev.lede.eval;

import java.util.List;

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of one candidate against one reference, each in [0, 1]. */
public record RougeScores(double rouge1, double rouge2, double rougeL) {

  /** The mean of each measure over {@code scores} (not empty). */
  public static RougeScores mean(List<RougeScores> scores) {
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    for (RougeScores r : scores) {
      r1 += r.rouge1();
      r2 += r.rouge2();
      rl += r.rougeL();
    }
    int n = scores.size();
    return new RougeScores(r1 / n, r2 / n, rl / n);
  }
}
