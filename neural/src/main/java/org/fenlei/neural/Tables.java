package org.fenlei.neural;

/** The tool's tabulated sigmoid (512 steps over [-8, 8]) and logarithm (512 steps over (0, 1]): constants. */
final class Tables {
  private static final int SIGMOID_TABLE_SIZE = 512;
  private static final int MAX_SIGMOID = 8;
  private static final int LOG_TABLE_SIZE = 512;
  private static final float[] SIGMOID = new float[SIGMOID_TABLE_SIZE + 1];
  private static final float[] LOG = new float[LOG_TABLE_SIZE + 1];

  static {
    for (int i = 0; i <= SIGMOID_TABLE_SIZE; i++) {
      float x = (float) (i * 2 * MAX_SIGMOID) / SIGMOID_TABLE_SIZE - MAX_SIGMOID;
      SIGMOID[i] = (float) (1.0 / (1.0 + Math.exp(-x)));
    }
    for (int i = 0; i <= LOG_TABLE_SIZE; i++) {
      float x = (float) ((i + 1e-5) / LOG_TABLE_SIZE);
      LOG[i] = (float) Math.log(x);
    }
  }

  private Tables() {}

  static float sigmoid(float x) {
    if (x < -MAX_SIGMOID) {
      return 0f;
    }
    if (x > MAX_SIGMOID) {
      return 1f;
    }
    return SIGMOID[(int) ((x + MAX_SIGMOID) * SIGMOID_TABLE_SIZE / MAX_SIGMOID / 2)];
  }

  /** Tabulated {@code ln x} for {@code x} in [0, 1]; 0 above 1. */
  static float log(float x) {
    if (x > 1f) {
      return 0f;
    }
    return LOG[(int) (x * LOG_TABLE_SIZE)];
  }

  /** {@code ln(x + 1e-5)}: the tool's score of a probability in predictions. */
  static float stdLog(double x) {
    return (float) Math.log((float) x + 1e-5);
  }
}
