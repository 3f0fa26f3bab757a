import java.nio.file.Path;
import org.fenlei.core.ModelFile;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;

/**
 * A model's load in a fresh JVM, as a command meets it: jieba's dictionary first (built once, shared by every
 * model), then the model file, each timed on its own (wall milliseconds; run it several times, alternating builds).
 *
 * Compiled apart (the source launcher would run javac in the same JVM first, warming it):
 * <pre>javac -cp cli/target/fenlei.jar -d /tmp/cl bench/scripts/classify/ColdLoad.java
 * java --add-modules jdk.incubator.vector -XX:+UseSerialGC -cp cli/target/fenlei.jar:/tmp/cl ColdLoad MODEL</pre>
 */
public class ColdLoad {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Segmenters.create(SegmenterConfig.jieba()).words("预热");
    long t1 = System.nanoTime();
    ModelFile.load(Path.of(args[0]));
    long t2 = System.nanoTime();
    System.out.printf("dictionary %.0f ms, then the model %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
  }
}
