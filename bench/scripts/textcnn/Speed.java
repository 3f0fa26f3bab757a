import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import org.fenlei.core.ModelFile;
import org.fenlei.neural.TextCnn;
import org.fenlei.quant.VectorizationProvider;

/**
 * TextCNN inference docs/s with the model loaded and the documents already encoded (as peer_textcnn.py times its
 * tensors): batch 1 (one document a call, one thread) and batch 64 (64 documents a call, split between THREADS
 * threads), on the first 2,000 lines of a text file, best of ROUNDS rounds after a warm-up. Run from the repository
 * root after building the bench jar:
 *   java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp bench/target/benchmarks.jar \
 *       bench/scripts/textcnn/Speed.java MODEL TEXTS [THREADS] [ROUNDS]
 * Prints one line: model, kernels, b1 and b64 docs/s, and batch 1's documents per second of the thread's CPU time
 * (less sensitive to other processes on a busy machine than the wall clock).
 */
public class Speed {
  public static void main(String[] a) throws Exception {
    TextCnn m = (TextCnn) ModelFile.load(Path.of(a[0]));
    List<String> lines = Files.readAllLines(Path.of(a[1]), StandardCharsets.UTF_8);
    int threads = a.length > 2 ? Integer.parseInt(a[2]) : 2;
    int rounds = a.length > 3 ? Integer.parseInt(a[3]) : 5;
    int n = Math.min(2000, lines.size());
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = m.encode(lines.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    double b1 = 0;
    double b64 = 0;
    double b1cpu = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds + 2; r++) { // two warm-up rounds
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      double sink = 0;
      for (int i = 0; i < n; i++) {
        sink += m.scores(ids[i])[0];
      }
      long t1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      for (int from = 0; from < n; from += 64) {
        int to = Math.min(n, from + 64);
        int per = (to - from + threads - 1) / threads;
        List<Future<Double>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int x = Math.min(to, from + t * per);
          int y = Math.min(to, x + per);
          parts.add(pool.submit(() -> {
            double s = 0;
            for (int i = x; i < y; i++) {
              s += m.scores(ids[i])[0];
            }
            return s;
          }));
        }
        for (Future<Double> f : parts) {
          sink += f.get();
        }
      }
      long t2 = System.nanoTime();
      if (r >= 2) {
        b1 = Math.max(b1, n / ((t1 - t0) / 1e9));
        b1cpu = Math.max(b1cpu, n / ((c1 - c0) / 1e9));
        b64 = Math.max(b64, n / ((t2 - t1) / 1e9));
      }
      if (sink == 42.4242) {
        System.out.println(sink);
      }
    }
    pool.shutdown();
    System.out.printf(Locale.ROOT, "%s %s kernels=%s native=%s b1=%.0f b64=%.0f b1_per_cpu_s=%.0f%n",
        Path.of(a[0]).getFileName(), m.quantized() ? "int8" : "float", VectorizationProvider.implementation(),
        VectorizationProvider.nativeLevel(), b1, b64, b1cpu);
  }
}
