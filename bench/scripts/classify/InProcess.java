import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;

/**
 * In-process prediction cost on one thread, in CPU microseconds a document (thread CPU time, so less sensitive to
 * other processes than wall time): every text of a TSV's first column (or column COLUMN, from 0), four passes (the
 * first warms up).
 *
 * <pre>java --add-modules jdk.incubator.vector -cp cli/target/fenlei.jar bench/scripts/classify/InProcess.java \
 *     MODEL ../shared/corpora/tnews_clue/train.tsv
 * java ... InProcess.java MODEL ../shared/corpora/cnews_subset1000/cnews.val.txt 1</pre>
 */
public class InProcess {
  public static void main(String[] args) throws Exception {
    int column = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      texts.add(line.split("\t")[column]);
    }
    TextClassifier m = ModelFile.load(Path.of(args[0]));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int pass = 1; pass <= 4; pass++) {
      long t = cpu.getCurrentThreadCpuTime();
      long sink = 0;
      for (String s : texts) {
        sink += m.scores(s).length;
      }
      double us = (cpu.getCurrentThreadCpuTime() - t) / 1e3 / texts.size();
      System.out.printf("pass %d: %.1f us CPU a document (%d texts, %d)%n", pass, us, texts.size(), sink);
    }
  }
}
