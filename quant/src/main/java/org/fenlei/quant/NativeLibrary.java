package org.fenlei.quant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads quant's native kernels once per JVM: the library the build packed into the jar at
 * {@code org/fenlei/quant/native/<os>-<arch>/libfenleiquant.so} is copied to a temporary file, loaded, and the file
 * deleted again (the loaded mapping stays). Nothing here throws: when there is no library for this platform (another
 * OS or CPU, or a build without gcc) or it fails to load, {@link #bestLevel()} is null and {@link #status()} says why.
 * Only {@link VectorizationProvider} and the tests touch this class, and only when native kernels are wanted.
 */
final class NativeLibrary {
  static final String NAME = "libfenleiquant.so";
  private static final String STATUS;
  private static final NativeKernels.Level BEST;

  static {
    String[] status = new String[1];
    BEST = load(status);
    STATUS = status[0];
  }

  private NativeLibrary() {
  }

  /**
   * The best level the CPU supports, or null when the library is not loaded.
   *
   * @return the level, or null
   */
  static NativeKernels.Level bestLevel() {
    return BEST;
  }

  /** Where the library came from, or why there is none. */
  static String status() {
    return STATUS;
  }

  /** The resource of this platform's library, e.g. {@code native/linux-x86_64/libfenleiquant.so}. */
  static String resource() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (arch.equals("amd64") || arch.equals("x86-64")) {
      arch = "x86_64";
    }
    return "native/" + os + "-" + arch + "/" + NAME;
  }

  private static NativeKernels.Level load(String[] status) {
    String resource = resource();
    Path file = null;
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        status[0] = "no native library for this platform in the jar (" + resource + ")";
        return null;
      }
      file = Files.createTempFile("fenlei-quant-", ".so");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      System.load(file.toAbsolutePath().toString());
      int level = NativeKernels.cpuLevel0();
      status[0] = "loaded " + resource;
      return NativeKernels.Level.values()[level];
    } catch (IOException | LinkageError | SecurityException | ArrayIndexOutOfBoundsException e) {
      status[0] = "the native library " + resource + " did not load: " + e;
      return null;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file); // the loaded library stays mapped
        } catch (IOException e) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }
}
