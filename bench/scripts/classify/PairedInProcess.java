import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds of fenlei paired in one JVM: each jar in a class loader of its own, the same model file loaded by both,
 * then rounds of one pass over every text per build, alternating which goes first, timed in thread CPU
 * microseconds a document. Both builds share the machine's moments (other tenants, the cache), which separate JVMs
 * run minutes apart do not: on this 2-core VM two jars in separate JVMs differed by up to 25% run to run, and the
 * same jar against itself here by 5%. The first two rounds are warm-up.
 *
 * <pre>java --add-modules jdk.incubator.vector -XX:+UseSerialGC bench/scripts/classify/PairedInProcess.java \
 *     OLD.jar NEW.jar MODEL TSV COLUMN ROUNDS
 * e.g. ... /tmp/old.jar cli/target/fenlei.jar /tmp/fcb/cnews-svm.fenlei \
 *     ../shared/corpora/cnews_subset1000/cnews.val.txt 1 8</pre>
 *
 * Prints each round and the mean of rounds 2 on, with A / B (above 1: B, the second jar, is faster).
 */
public class PairedInProcess {
  public static void main(String[] a) throws Exception {
    int column = Integer.parseInt(a[4]);
    int rounds = Integer.parseInt(a[5]);
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(a[3]))) {
      texts.add(line.split("\t")[column]);
    }
    Object[] models = new Object[2];
    Method[] score = new Method[2];
    for (int j = 0; j < 2; j++) {
      ClassLoader l = new URLClassLoader(new URL[] {Path.of(a[j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> mf = l.loadClass("org.fenlei.core.ModelFile");
      models[j] = mf.getMethod("load", Path.class).invoke(null, Path.of(a[2]));
      score[j] = l.loadClass("org.fenlei.core.TextClassifier").getMethod("scores", String.class);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] sum = new double[2];
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r);
      for (int jj = 0; jj < 2; jj++) {
        int j = (r % 2 == 0) ? jj : 1 - jj;
        long t = cpu.getCurrentThreadCpuTime();
        long sink = 0;
        for (String s : texts) {
          sink += ((double[]) score[j].invoke(models[j], s)).length;
        }
        double us = (cpu.getCurrentThreadCpuTime() - t) / 1e3 / texts.size();
        if (r >= 2) sum[j] += us;
        line.append(String.format(" %s %.1f", j == 0 ? "A" : "B", us));
      }
      System.out.println(line);
    }
    System.out.printf("mean of rounds 2+: A %.1f B %.1f  A/B %.3f%n", sum[0] / (rounds - 2), sum[1] / (rounds - 2), sum[0] / sum[1]);
  }
}
