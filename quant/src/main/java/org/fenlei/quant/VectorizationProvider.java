package org.fenlei.quant;

import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * The one place in fenlei that chooses its kernels (as Lucene's {@code VectorizationProvider}): quant's int8 kernels
 * and neural's float kernels both follow it. The choice is made once, when this class initialises, in two steps.
 *
 * <p>The Java kernels, under one flag and with one warning:
 * <ul>
 *   <li>the Vector API kernels when the JVM runs with {@code --add-modules jdk.incubator.vector} and its preferred
 *       vectors are 256 or 512 bits wide;
 *   <li>otherwise the scalar kernels, with one logged warning saying why;
 *   <li>the scalar kernels without a warning when the system property {@code fenlei.scalar=true} asks for
 *       them (for comparisons).
 * </ul>
 *
 * <p>Then, for the int8 kernels, the native ones ({@code NativeKernels}: C, AVX-512 VNNI, AVX2 or portable) in front
 * of the Java ones when quant's jar carries a library for this OS and CPU (a build without gcc has none) and it
 * loads. The system property {@code fenlei.quant.native} steers them: {@code false} keeps the Java kernels;
 * {@code avx512vnni}, {@code avx2} or {@code portable} forces that level (for tests and benchmarks; a level the CPU
 * lacks gives one warning and the best one it has); {@code true}, the default, takes the best level the CPU has.
 * Element-wise kernels and neural's float kernels stay in Java.
 *
 * <p>All give identical results; only speed differs.
 */
public final class VectorizationProvider {
  /** The system property that turns the native kernels off ({@code false}) or forces their level. */
  public static final String NATIVE_PROPERTY = "fenlei.quant.native";
  private static final System.Logger LOG = System.getLogger(VectorizationProvider.class.getName());
  private static final QuantKernels JAVA = chooseJava();
  private static final String[] NATIVE_STATUS = new String[1];
  private static final QuantKernels KERNELS = chooseNative(JAVA, NATIVE_STATUS);

  private VectorizationProvider() {
  }

  /**
   * Which Java kernels this JVM uses: those of neural's float code, and the int8 ones wherever the native kernels
   * are not used.
   *
   * @return "vector" or "scalar"
   */
  public static String implementation() {
    return JAVA instanceof ScalarKernels ? "scalar" : "vector";
  }

  /**
   * Whether fenlei's Java kernels, int8 and float alike, use the Vector API in this JVM.
   *
   * @return true for the Vector API twins, false for the scalar ones
   */
  public static boolean vectorized() {
    return !(JAVA instanceof ScalarKernels);
  }

  /**
   * The level of the native int8 kernels in use.
   *
   * @return "avx512vnni", "avx2" or "portable"; "none" when the int8 kernels run in Java
   */
  public static String nativeLevel() {
    return KERNELS instanceof NativeKernels n ? n.level().id : "none";
  }

  /**
   * One line saying which kernels serve int8 inference and why, as {@code fenlei --version} prints it, e.g.
   * {@code "int8 kernels: native avx512vnni (best of this CPU: avx512vnni), Java vector elsewhere"}.
   *
   * @return the description
   */
  public static String description() {
    return "int8 kernels: " + NATIVE_STATUS[0];
  }

  static QuantKernels kernels() {
    return KERNELS;
  }

  /** The Vector API kernels regardless of the choice, for the twin tests; throws where they cannot load. */
  static QuantKernels vectorKernels() throws ReflectiveOperationException {
    return (QuantKernels) Class.forName("org.fenlei.quant.VectorKernels").getDeclaredConstructor().newInstance();
  }

  private static QuantKernels chooseJava() {
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

  private static QuantKernels chooseNative(QuantKernels java, String[] status) {
    String javaName = "Java " + (java instanceof ScalarKernels ? "scalar" : "vector");
    String value = System.getProperty(NATIVE_PROPERTY, "true").trim().toLowerCase(Locale.ROOT);
    if (value.equals("false")) {
      status[0] = javaName + " (native kernels off: " + NATIVE_PROPERTY + "=false)";
      return java;
    }
    NativeKernels.Level wanted = NativeKernels.Level.of(value);
    if (wanted == null && !value.equals("true")) {
      LOG.log(Level.WARNING, NATIVE_PROPERTY + "=" + value + " is not one of true, false, avx512vnni, avx2, "
          + "portable: using the best native level");
    }
    NativeKernels.Level best = NativeLibrary.bestLevel();
    if (best == null) {
      String why = NativeLibrary.status();
      // a jar without the library (another platform, a build without gcc) is normal; one that fails to load is not
      LOG.log(why.startsWith("no native library") ? Level.DEBUG : Level.WARNING,
          "fenlei's int8 kernels run in Java: " + why);
      status[0] = javaName + " (no native kernels: " + why + ")";
      return java;
    }
    if (wanted != null && wanted.compareTo(best) > 0) {
      LOG.log(Level.WARNING, NATIVE_PROPERTY + "=" + value + ": this CPU supports native kernels up to " + best.id
          + ", which serve instead");
      wanted = best;
    }
    NativeKernels.Level level = wanted != null ? wanted : best;
    status[0] = "native " + level.id + " (best of this CPU: " + best.id + "), " + javaName + " elsewhere";
    return new NativeKernels(level, java);
  }
}
