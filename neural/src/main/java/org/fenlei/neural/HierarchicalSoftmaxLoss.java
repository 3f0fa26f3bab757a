package org.fenlei.neural;

/**
 * Hierarchical softmax: a label's probability is the product of the binary decisions on its Huffman path, so a
 * training step costs {@code O(log labels)} dot products.
 */
final class HierarchicalSoftmaxLoss extends Objective implements OutputRule {
  private final HuffmanTree tree;
  private final int[][] paths;
  private final boolean[][] codes;

  HierarchicalSoftmaxLoss(HuffmanTree tree) {
    this.tree = tree;
    paths = new int[tree.leaves][];
    codes = new boolean[tree.leaves][];
    for (int i = 0; i < tree.leaves; i++) {
      paths[i] = tree.path(i);
      codes[i] = tree.code(i);
    }
  }

  @Override
  float forward(DenseMatrix wo, int[] targets, int targetIndex, State s, float lr) {
    int target = targets[targetIndex];
    int[] path = paths[target];
    boolean[] code = codes[target];
    float loss = 0f;
    for (int i = 0; i < path.length; i++) {
      loss += binaryLogistic(wo, path[i], s, code[i], lr);
    }
    return loss;
  }

  /** Every leaf's probability, {@code exp} of the sum of {@code ln(p + 1e-5)} along its path as the tool scores. */
  @Override
  public void probabilities(OutputTable wo, float[] hidden, float[] out) {
    if (tree.leaves == 1) {
      out[0] = 1f;
      return;
    }
    visit(wo, hidden, tree.root(), 0f, out);
    for (int i = 0; i < tree.leaves; i++) {
      out[i] = (float) Math.exp(out[i]);
    }
  }

  private void visit(OutputTable wo, float[] hidden, int node, float score, float[] out) {
    if (tree.left[node] == -1 && tree.right[node] == -1) {
      out[node] = score;
      return;
    }
    float f = wo.dotRow(hidden, node - tree.leaves);
    f = (float) (1.0 / (1 + (float) Math.exp(-f)));
    visit(wo, hidden, tree.left[node], score + Tables.stdLog(1.0 - f), out);
    visit(wo, hidden, tree.right[node], score + Tables.stdLog(f), out);
  }
}
