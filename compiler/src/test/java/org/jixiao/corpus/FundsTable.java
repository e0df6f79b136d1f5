package org.jixiao.corpus;

import java.util.Random;

/**
 * The 项目资金 of one form: five sources in the 山西 profile's order, two columns (实施期, 年度), and
 * totals that always equal the sum of the sources, so that a generated form is consistent.
 *
 * <p>Amounts are drawn log-uniformly from 50,000 to 60,000,000 元 (the seed ranges from 0 to
 * 58,372,000), rounded to 1,000 元 below a million and to 10,000 元 above, as offices round them.
 * In most forms only {@code local} (市县财政) is non-zero, as in every seed form.
 */
final class FundsTable {
  static final String[] KEYS = {"central", "provincial", "local", "self", "other"};
  static final String[] CHINESE = {"中央", "省级", "市县", "自筹", "其他"};
  static final int LOCAL = 2;

  final long[] term = new long[5];
  final long[] annual = new long[5];
  /** How many source amounts the mutation revised in this form. */
  int revised;

  /**
   * Draws the table from {@code rnd}, then lets {@code mutation} revise each non-zero 实施期 source
   * amount with probability {@code rate}. The mutation has its own random stream, drawn the same
   * number of times whatever the rate, so that a revised corpus differs from the original only in
   * the revised amounts and in what is derived from them (totals, the 年度 column, quoted sums).
   */
  static FundsTable draw(Random rnd, String attribute, int periodYears, Random mutation, double rate) {
    FundsTable t = new FundsTable();
    long total = roundAmount(Math.exp(Math.log(50_000) + rnd.nextDouble() * Math.log(60_000_000 / 50_000.0)));
    long unit = granularity(total);
    double shape = rnd.nextDouble();
    double share1 = 0.2 + 0.4 * rnd.nextDouble();
    double share2 = 0.1 + 0.3 * rnd.nextDouble();
    if (shape < 0.80) {
      t.term[LOCAL] = total;
    } else if (shape < 0.92) {
      t.term[1] = floorTo(total * share1, unit);
      t.term[LOCAL] = total - t.term[1];
    } else if (shape < 0.97) {
      t.term[0] = floorTo(total * share1, unit);
      t.term[1] = floorTo(total * share2 * (1 - share1), unit);
      t.term[LOCAL] = total - t.term[0] - t.term[1];
    } else {
      t.term[3] = floorTo(total * share2 * 0.5, unit);
      t.term[LOCAL] = total - t.term[3];
    }
    for (int i = 0; i < 5; i++) {
      double u = mutation.nextDouble();
      double change = 0.02 + 0.18 * mutation.nextDouble();
      boolean up = mutation.nextBoolean();
      if (t.term[i] > 0 && u < rate) {
        long step = granularity(t.term[i]);
        long next = floorTo(t.term[i] * (up ? 1 + change : 1 - change), step);
        t.term[i] = next == t.term[i] || next <= 0 ? t.term[i] + step : next;
        t.revised++;
      }
    }
    // 一次性 and 经常性: the two columns are equal (seed projects 3 and 4; rule F3). 跨年度: the
    // year carries its share of the period, never more than the period in any source (rule F2).
    double yearShare = (1.0 / periodYears) * (0.8 + 0.4 * rnd.nextDouble());
    for (int i = 0; i < 5; i++) {
      t.annual[i] = attribute.equals("跨年度")
          ? Math.min(t.term[i], floorTo(t.term[i] * yearShare, granularity(t.term[i])))
          : t.term[i];
    }
    return t;
  }

  long termTotal() {
    return sum(term);
  }

  long annualTotal() {
    return sum(annual);
  }

  private static long sum(long[] column) {
    long s = 0;
    for (long v : column) {
      s += v;
    }
    return s;
  }

  static long granularity(long amount) {
    return amount < 1_000_000 ? 1_000 : 10_000;
  }

  private static long roundAmount(double yuan) {
    long unit = granularity((long) yuan);
    return Math.max(50_000, Math.round(yuan / unit) * unit);
  }

  private static long floorTo(double yuan, long unit) {
    return (long) Math.floor(yuan / unit) * unit;
  }
}
