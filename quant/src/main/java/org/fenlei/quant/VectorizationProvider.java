package org.fenlei.quant;

import java.lang.System.Logger.Level;

/**
 * The one place in fenlei that chooses between scalar kernels and their jdk.incubator.vector twins (as Lucene's
 * {@code VectorizationProvider}): quant's int8 kernels and neural's float kernels both follow it, under one flag
 * and with one warning. The choice is made once, when this class initialises:
 * <ul>
 *   <li>the Vector API kernels when the JVM runs with {@code --add-modules jdk.incubator.vector} and its preferred
 *       vectors are 256 or 512 bits wide;
 *   <li>otherwise the scalar kernels, with one logged warning saying why;
 *   <li>the scalar kernels without a warning when the system property {@code fenlei.scalar=true} asks for
 *       them (for comparisons).
 * </ul>
 * Both give identical results; only speed differs.
 */
public final class VectorizationProvider {
  private static final System.Logger LOG = System.getLogger(VectorizationProvider.class.getName());
  private static final QuantKernels KERNELS = choose();

  private VectorizationProvider() {
  }

  /**
   * Which kernels this JVM uses.
   *
   * @return "vector" or "scalar"
   */
  public static String implementation() {
    return KERNELS instanceof ScalarKernels ? "scalar" : "vector";
  }

  /**
   * Whether fenlei's kernels, int8 and float alike, use the Vector API in this JVM.
   *
   * @return true for the Vector API twins, false for the scalar ones
   */
  public static boolean vectorized() {
    return !(KERNELS instanceof ScalarKernels);
  }

  static QuantKernels kernels() {
    return KERNELS;
  }

  /** The Vector API kernels regardless of the choice, for the twin tests; throws where they cannot load. */
  static QuantKernels vectorKernels() throws ReflectiveOperationException {
    return (QuantKernels) Class.forName("org.fenlei.quant.VectorKernels").getDeclaredConstructor().newInstance();
  }

  private static QuantKernels choose() {
    if (Boolean.getBoolean("fenlei.scalar")) {
      return new ScalarKernels();
    }
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      LOG.log(Level.WARNING, "jdk.incubator.vector is not available: fenlei's int8 kernels run scalar "
          + "(start the JVM with --add-modules jdk.incubator.vector)");
      return new ScalarKernels();
    }
    try {
      return vectorKernels();
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      LOG.log(Level.WARNING, "fenlei's int8 kernels run scalar: the Vector API kernels did not load ("
          + cause + ")");
      return new ScalarKernels();
    }
  }
}
