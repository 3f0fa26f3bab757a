package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecordScoreTest {
  @Test
  void sixDecimalsAsStringFormatGivesThem() {
    SplittableRandom r = new SplittableRandom(7);
    double[] fixed = {0, 1, 0.5, 1e-7, 4.9999995e-7, 5e-7, 0.9999995, 0.99999949999, 0.123456500000001, 0.1234565,
        0.0000005, 1e-300, Double.MIN_VALUE, 2.5e-6, 999999999.9999995, 1e9, -0.25, Double.NaN,
        Double.POSITIVE_INFINITY, Math.nextDown(1.0), 0.3333333333, 12.0000005};
    for (double v : fixed) {
      assertEquals(String.format(Locale.ROOT, "%.6f", v), RecordWriter.score(v), "v = " + v);
    }
    for (int i = 0; i < 200_000; i++) {
      double v = i % 3 == 0 ? r.nextDouble() : i % 3 == 1 ? r.nextInt(2_000_000) / 2e6 + r.nextDouble() * 1e-9
          : r.nextDouble() * 1000;
      assertEquals(String.format(Locale.ROOT, "%.6f", v), RecordWriter.score(v), "v = " + v);
    }
  }
}
