import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;

/**
 * The in-process ceiling of fenlei serve: documents per second when THREADS threads each classify one text at a
 * time with the server's decision rule (BatchClassifier.predict), no HTTP, no JSON. Texts: one a line.
 * Usage: java -cp cli/target/fenlei.jar Ceiling.java MODEL TEXTS THREADS SECONDS
 */
public class Ceiling {
  static volatile long sink;

  public static void main(String[] args) throws Exception {
    TextClassifier model = ModelFile.load(Path.of(args[0]));
    List<String> texts = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    int threads = Integer.parseInt(args[2]);
    long seconds = Long.parseLong(args[3]);
    BatchClassifier rule = new BatchClassifier(model, -1, Double.NaN, false, 1);
    run(rule, texts, threads, 3); // warm-up
    double perSecond = run(rule, texts, threads, seconds);
    System.out.printf("CEILING\t%.0f%n", perSecond);
  }

  static double run(BatchClassifier rule, List<String> texts, int threads, long seconds) throws Exception {
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t * 7919;
      Thread w = new Thread(() -> {
        long n = 0;
        long labels = 0;
        int i = offset;
        while (System.nanoTime() < end) {
          labels += rule.predict(texts.get(i++ % texts.size())).labels().size(); // consumed: not optimised away
          n++;
        }
        done.addAndGet(n);
        sink += labels;
      });
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    return done.get() / ((System.nanoTime() - t0) / 1e9);
  }
}
