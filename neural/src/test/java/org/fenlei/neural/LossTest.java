package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Loss values, gradients and output updates of each loss on cases small enough to check by hand. */
class LossTest {
  private static final float EPS = 1e-5f;
  /** {@code -ln((floor(p * 512) + 1e-5) / 512)}: the tool's tabulated log. */
  private static final float MINUS_LOG_HALF = (float) -Math.log((256 + 1e-5) / 512);

  private static State state(float... hidden) {
    State s = new State(hidden.length, 4, 1);
    System.arraycopy(hidden, 0, s.hidden, 0, hidden.length);
    return s;
  }

  @Test
  void softmax() {
    DenseMatrix wo = new DenseMatrix(2, 2, new float[] {1, 0, 0, 0});
    State s = state(1, 0);
    float loss = new SoftmaxLoss().forward(wo, new int[] {0}, 0, s, 1f);
    double p0 = Math.E / (Math.E + 1); // 0.7311
    assertEquals(-Math.log((Math.floor(p0 * 512) + 1e-5) / 512), loss, EPS);
    float a = (float) (1 - p0); // alpha_0 = lr (1 - p0), alpha_1 = lr (0 - p1) = -alpha_0
    assertArrayEquals(new float[] {a, 0}, s.grad, EPS); // grad = sum_i alpha_i wo_i (rows before their update)
    assertArrayEquals(new float[] {1 + a, 0, -a, 0}, wo.data, EPS); // wo_i += alpha_i hidden
  }

  @Test
  void oneVsAll() {
    DenseMatrix wo = new DenseMatrix(2, 2, new float[] {0, 0, 0, 0});
    State s = state(1, 2);
    float loss = new OneVsAllLoss().forward(wo, new int[] {0}, -1, s, 1f);
    assertEquals(2 * MINUS_LOG_HALF, loss, EPS); // sigmoid(0) = 0.5 for both labels
    assertArrayEquals(new float[] {0, 0}, s.grad, EPS);
    assertArrayEquals(new float[] {0.5f, 1f, -0.5f, -1f}, wo.data, EPS);
  }

  @Test
  void negativeSamplingWithTwoLabelsAlwaysDrawsTheOther() {
    DenseMatrix wo = new DenseMatrix(2, 2, new float[] {0, 0, 0, 0});
    State s = state(1, 2);
    float loss = new NegativeSamplingLoss(new long[] {3, 1}, 1).forward(wo, new int[] {0}, 0, s, 1f);
    assertEquals(2 * MINUS_LOG_HALF, loss, EPS);
    assertArrayEquals(new float[] {0.5f, 1f, -0.5f, -1f}, wo.data, EPS);
  }

  @Test
  void gradientFlowsThroughTheOutputRows() {
    DenseMatrix wo = new DenseMatrix(1, 2, new float[] {2, -1});
    State s = state(1, 1);
    float loss = Objective.binaryLogistic(wo, 0, s, true, 0.1f);
    float p = Tables.sigmoid(1f); // score = 2 - 1 = 1
    assertEquals(-Tables.log(p), loss, EPS);
    float alpha = 0.1f * (1 - p);
    assertArrayEquals(new float[] {2 * alpha, -alpha}, s.grad, EPS);
    assertArrayEquals(new float[] {2 + alpha, -1 + alpha}, wo.data, EPS);
  }

  @Test
  void hierarchicalSoftmaxWalksTheHuffmanPath() {
    HierarchicalSoftmaxLoss hs = new HierarchicalSoftmaxLoss(HuffmanTree.of(new long[] {3, 2, 1}));
    DenseMatrix wo = new DenseMatrix(3, 2);
    State s = state(1, 0);
    // label 1: node 3 (row 0) going right, then the root 4 (row 1) going left
    float loss = hs.forward(wo, new int[] {1}, 0, s, 1f);
    assertEquals(2 * MINUS_LOG_HALF, loss, EPS);
    assertArrayEquals(new float[] {0.5f, 0, -0.5f, 0, 0, 0}, wo.data, EPS);
  }

  @Test
  void hierarchicalSoftmaxProbabilitiesAreProductsAlongPaths() {
    HierarchicalSoftmaxLoss hs = new HierarchicalSoftmaxLoss(HuffmanTree.of(new long[] {3, 2, 1}));
    DenseMatrix wo = new DenseMatrix(3, 2, new float[] {2, 0, -1, 0, 0, 0});
    float[] p = new float[3];
    hs.probabilities(wo, new float[] {1, 0}, p);
    double root = 1 / (1 + Math.exp(1)); // sigmoid(-1): right at the root is leaf 0
    double node3 = 1 / (1 + Math.exp(-2)); // sigmoid(2): right at node 3 is leaf 1
    assertEquals(root + 1e-5, p[0], 1e-5);
    assertEquals((1 - root + 1e-5) * (node3 + 1e-5), p[1], 1e-5);
    assertEquals((1 - root + 1e-5) * (1 - node3 + 1e-5), p[2], 1e-5);
  }

  @Test
  void softmaxProbabilitiesSumToOne() {
    DenseMatrix wo = new DenseMatrix(3, 2, new float[] {1, 2, -3, 0.5f, 40, -40});
    float[] p = new float[3];
    new SoftmaxLoss().probabilities(wo, new float[] {0.3f, -0.7f}, p);
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-6);
  }
}
