package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /** Held-out scores of an over-confident model: it says 0.99 / 0.01 but is right 80% of the time. */
  private static Calibration.HeldOut overConfident(int n, long seed) {
    Random r = new Random(seed);
    double[][] s = new double[n][];
    boolean[][] g = new boolean[n][];
    for (int i = 0; i < n; i++) {
      boolean saysOne = r.nextBoolean();
      boolean right = r.nextDouble() < 0.8;
      s[i] = saysOne ? new double[] {0.01, 0.99} : new double[] {0.99, 0.01};
      boolean isOne = saysOne == right;
      g[i] = new boolean[] {!isOne, isOne};
    }
    return new Calibration.HeldOut(s, g);
  }

  @Test
  void temperatureTemperesAnOverConfidentModelAndKeepsItsDecisions() {
    Calibration.HeldOut held = overConfident(2000, 1);
    TemperatureScaling t = TemperatureScaling.fit(held.scores(), held.gold(), 2);
    double[] p = t.apply(new double[] {0.01, 0.99});
    assertEquals(0.8, p[1], 0.03);
    assertEquals(1.0, p[0] + p[1], 1e-12);
    assertTrue(t.temperature() > 1, "T " + t.temperature());
    // one increasing map for every label: the ranking of any score vector is kept
    Random r = new Random(2);
    for (int k = 0; k < 1000; k++) {
      double[] s = {r.nextDouble(), r.nextDouble(), r.nextDouble()};
      double[] c = new TemperatureScaling(3, 0.3 + r.nextDouble() * 3).apply(s);
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          assertEquals(Double.compare(s[i], s[j]), Double.compare(c[i], c[j]), "order of " + i + ", " + j);
        }
      }
    }
  }

  @Test
  void plattAndIsotonicCalibrateTheSameModel() {
    Calibration.HeldOut held = overConfident(2000, 3);
    assertEquals(0.8, PlattScaling.fit(held.scores(), held.gold(), 2).apply(new double[] {0.01, 0.99})[1], 0.03);
    assertEquals(0.8, IsotonicCalibration.fit(held.scores(), held.gold(), 2).apply(new double[] {0.01, 0.99})[1], 0.03);
  }

  @Test
  void poolAdjacentViolatorsGivesTheIncreasingLeastSquaresFit() {
    double[][] f = IsotonicCalibration.pav(new double[] {1, 2, 3, 4, 5, 6}, new double[] {0, 1, 0, 1, 1, 0});
    // blocks: {1} 0, {2,3} 0.5, {4,5,6} 2/3
    assertArrayEquals(new double[] {1, 2, 3, 4, 6}, f[0]);
    assertArrayEquals(new double[] {0, 0.5, 0.5, 2 / 3.0, 2 / 3.0}, f[1], 1e-12);
  }

  @Test
  void plattMatchesLinLinWengOnSeparatedScores() {
    // scores that are right and confident need no change: A close to -1 on the logit scale, B close to 0
    double[] f = new double[400];
    boolean[] y = new boolean[400];
    Random r = new Random(4);
    for (int i = 0; i < f.length; i++) {
      double p = 0.05 + 0.9 * r.nextDouble();
      f[i] = ScoreCalibrator.logit(p);
      y[i] = r.nextDouble() < p;
    }
    double[] ab = PlattScaling.fitOne(f, y);
    assertEquals(-1, ab[0], 0.25);
    assertEquals(0, ab[1], 0.25);
  }

  @Test
  void aCalibratedModelRoundTripsAndKeepsItsKind() throws IOException {
    FixedClassifier raw = new FixedClassifier(List.of("ham", "spam"), new double[] {0.45, 0.55}, false);
    for (ScoreCalibrator c : List.of(new TemperatureScaling(2, 8), PlattScaling.fit(overConfident(500, 5).scores(),
        overConfident(500, 5).gold(), 2), IsotonicCalibration.fit(overConfident(500, 6).scores(),
        overConfident(500, 6).gold(), 2))) {
      CalibratedClassifier m = new CalibratedClassifier(raw, c);
      assertEquals("fixed-test", m.kind());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ModelFile.save(m, out);
      TextClassifier back = ModelFile.load(new ByteArrayInputStream(out.toByteArray()), "mem");
      assertTrue(back instanceof CalibratedClassifier, back.getClass().toString());
      assertEquals(c.method(), ((CalibratedClassifier) back).method());
      assertArrayEquals(m.scores("x"), back.scores("x"));
      assertEquals("spam", back.classify("x"));
    }
    assertThrows(IllegalArgumentException.class,
        () -> new CalibratedClassifier(new CalibratedClassifier(raw, new TemperatureScaling(2, 2)),
            new TemperatureScaling(2, 2)));
  }

  @Test
  void stratifiedFoldsKeepEveryLabelInEveryFold() {
    List<org.fenlei.corpora.Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      docs.add(org.fenlei.corpora.Document.of("t" + i, i % 10 == 0 ? "rare" : "common"));
    }
    int[] fold = Calibration.stratifiedFolds(docs, 3, 1);
    for (int f = 0; f < 3; f++) {
      int rare = 0;
      for (int i = 0; i < docs.size(); i++) {
        rare += fold[i] == f && docs.get(i).labels().get(0).equals("rare") ? 1 : 0;
      }
      assertEquals(1, rare, "fold " + f);
    }
    assertArrayEquals(fold, Calibration.stratifiedFolds(docs, 3, 1), "seeded");
  }

  @Test
  void topLabelCalibrationFixesTheShapeAndKeepsEveryRanking() {
    // a model under-confident in the middle (says 0.6, right 80%) and over-confident at the top (says 0.99,
    // right 90%): no single temperature fits both, top-label isotonic regression does
    Random r = new Random(8);
    int n = 4000;
    double[][] s = new double[n][];
    boolean[][] g = new boolean[n][];
    for (int i = 0; i < n; i++) {
      boolean middle = i % 2 == 0;
      double c = middle ? 0.6 : 0.99;
      boolean right = r.nextDouble() < (middle ? 0.8 : 0.9);
      int top = r.nextInt(3);
      s[i] = new double[3];
      for (int k = 0; k < 3; k++) {
        s[i][k] = k == top ? c : (1 - c) / 2;
      }
      g[i] = new boolean[3];
      g[i][right ? top : (top + 1) % 3] = true;
    }
    TopLabelCalibration t = TopLabelCalibration.fit(s, g, 3);
    assertEquals(0.8, t.apply(new double[] {0.6, 0.2, 0.2})[0], 0.03);
    assertEquals(0.9, t.apply(new double[] {0.005, 0.99, 0.005})[1], 0.03);
    for (int k = 0; k < 2000; k++) {
      double[] raw = {r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble()};
      double sum = raw[0] + raw[1] + raw[2] + raw[3];
      for (int i = 0; i < 4; i++) {
        raw[i] /= sum;
      }
      double[] c = new TopLabelCalibration(4, new double[] {0.25, 1}, new double[] {0.0, 0.3}).apply(raw);
      assertEquals(1, c[0] + c[1] + c[2] + c[3], 1e-9);
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
          assertEquals(Double.compare(raw[i], raw[j]), Double.compare(c[i], c[j]), "order of " + i + ", " + j);
        }
      }
    }
  }
}
