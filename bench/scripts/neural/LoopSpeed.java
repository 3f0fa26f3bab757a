import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.fenlei.corpora.Document;
import org.fenlei.neural.*;

/**
 * Training words/s/thread of the tool's loop (shuffle=false) and the shuffled one (issue 16), alternating, same
 * options (epoch 25, lr 0.5, wordNgrams 2, 2 threads) on a fastText-format file of pre-segmented text. Run from the
 * repository root after building the bench jar (see side_by_side.sh):
 *   java --add-modules jdk.incubator.vector -Xmx8g -cp bench/target/benchmarks.jar \
 *       bench/scripts/neural/LoopSpeed.java /tmp/fenlei-neural-bench/data/chnsenticorp/train.txt 3
 */
public class LoopSpeed {
  public static void main(String[] a) throws Exception {
    List<Document> train = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8)) {
      int sp = line.indexOf(' ');
      train.add(new Document("d" + train.size(), line.substring(sp + 1), List.of(line.substring(9, sp)), null, train.size() + 1));
    }
    FastTextOptions o = new FastTextOptions().withEpoch(25).withLr(0.5).withWordNgrams(2).withThread(2);
    for (int rep = 0; rep < Integer.parseInt(a[1]); rep++) {
      for (Shuffle s : new Shuffle[] {Shuffle.NONE, Shuffle.EPOCH}) {
        FastText m = FastText.train(train, o, null, false, s);
        System.out.printf("%s rep %d words/s/thread %,d%n", s, rep, Math.round(m.trainingStats().orElseThrow().wordsPerSecondPerThread()));
      }
    }
  }
}
