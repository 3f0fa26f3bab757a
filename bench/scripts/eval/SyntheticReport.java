import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.fenlei.eval.Comparison;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Report;
import org.fenlei.eval.ReportOptions;
import org.fenlei.core.ScoredLabel;

/**
 * Times fenlei's evaluation and report on synthetic predictions: DOCS documents over LABELS labels (Zipf-like
 * label frequencies), full score vectors generated per document and fed to Evaluation.add, then the report
 * (1,000 bootstrap resamples, bad cases, curves) computed and written. Run by synthetic-report.sh. Times are the
 * main thread's CPU seconds (everything here runs on it), so that a busy machine does not inflate them; wall
 * seconds follow in brackets.
 *
 * With a fifth argument {@code compare}, a second, noisier model scores the same documents and the two are
 * compared (Report.compare), timed the same way.
 *
 *   java -cp EVAL_JAR:FEATURES_JAR SyntheticReport.java DOCS LABELS multi-label|multi-class OUT_DIR [compare]
 */
public class SyntheticReport {
  public static void main(String[] args) throws Exception {
    int docs = Integer.parseInt(args[0]);
    int labels = Integer.parseInt(args[1]);
    boolean multiLabel = args[2].equals("multi-label");
    Path out = Path.of(args[3]);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < labels; i++) {
      names.add(String.format(Locale.ROOT, "标签%04d", i));
    }
    double[] cumulative = new double[labels]; // Zipf(1) label frequencies
    double sum = 0;
    for (int i = 0; i < labels; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    SplittableRandom r = new SplittableRandom(1);
    Evaluation e = Evaluation.withScores(names, List.of(), multiLabel);
    boolean compare = args.length > 4 && args[4].equals("compare");
    Evaluation second = compare ? Evaluation.withScores(names, List.of(), multiLabel) : null;
    double[] s2 = new double[labels];
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long generate = 0;
    long add = 0;
    long addWall = 0;
    double[] s = new double[labels];
    for (int d = 0; d < docs; d++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      List<String> gold = new ArrayList<>();
      int k = multiLabel ? 1 + (r.nextInt(10) == 0 ? 1 + r.nextInt(2) : 0) : 1;
      while (gold.size() < k) {
        int i = java.util.Arrays.binarySearch(cumulative, r.nextDouble() * sum);
        String l = names.get(Math.min(labels - 1, i < 0 ? -i - 1 : i));
        if (!gold.contains(l)) {
          gold.add(l);
        }
      }
      score(gold, names, multiLabel, r, s, 1.0);
      List<ScoredLabel> decided = decided(names, s, multiLabel);
      long t1 = cpu.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      e.add("synthetic.txt:" + (d + 1), "合成文本 " + d, gold, decided, s);
      generate += t1 - t0;
      add += cpu.getCurrentThreadCpuTime() - t1;
      addWall += System.nanoTime() - w1;
      if (second != null) { // the same gold labels scored by a noisier model, for a comparison (not timed)
        score(gold, names, multiLabel, r, s2, 1.3);
        second.add("synthetic.txt:" + (d + 1), "合成文本 " + d, gold, decided(names, s2, multiLabel), s2);
      }
    }
    long t2 = cpu.getCurrentThreadCpuTime();
    long w2 = System.nanoTime();
    Report report = Report.of(e, new ReportOptions("synthetic " + docs + " x " + labels + " " + args[2])
        .withThreshold(multiLabel ? 0.5 : Double.NaN));
    long t3 = cpu.getCurrentThreadCpuTime();
    long w3 = System.nanoTime();
    Path html = report.writeTo(out);
    long t4 = cpu.getCurrentThreadCpuTime();
    long w4 = System.nanoTime();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "%,d documents x %,d labels (%s): Evaluation.add %.1f s [%.1f], report "
        + "(metrics, 1000 bootstrap resamples, bad cases, curves) %.1f s [%.1f], writing the files %.1f s [%.1f]; "
        + "generating the scores took %.1f s; heap in use %,d MB; report.html %,d KB, report.json %,d KB%n", docs,
        labels, args[2], add / 1e9, addWall / 1e9, (t3 - t2) / 1e9, (w3 - w2) / 1e9, (t4 - t3) / 1e9,
        (w4 - w3) / 1e9, generate / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20, Files.size(html) >> 10,
        Files.size(out.resolve("report.json")) >> 10);
    System.out.println(report.summaryJson());
    if (second != null) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long cw0 = System.nanoTime();
      Comparison c = new Comparison(List.of("model", "noisier"), List.of(e, second),
          new ReportOptions("synthetic comparison " + docs + " x " + labels + " " + args[2]));
      Path cmp = Report.compare(c, out.resolveSibling(out.getFileName() + "-compare"));
      long c1 = cpu.getCurrentThreadCpuTime();
      System.out.printf(Locale.ROOT, "comparison of two models (1000 bootstrap resamples each, McNemar, 1000 rounds "
          + "of randomisation, 1000 paired-bootstrap resamples) and its three files: %.1f s [%.1f]; report.html %,d KB%n",
          (c1 - c0) / 1e9, (System.nanoTime() - cw0) / 1e9, Files.size(cmp) >> 10);
    }
  }

  /** Fills {@code s} with scores for a document of {@code gold} labels; {@code noise} scales the randomness. */
  private static void score(List<String> gold, List<String> names, boolean multiLabel, SplittableRandom r,
      double[] s, double noise) {
    double total = 0;
    for (int i = 0; i < names.size(); i++) {
      double signal = gold.contains(names.get(i)) ? 2.5 : multiLabel ? -5 : -3;
      s[i] = multiLabel ? 1 / (1 + Math.exp(-(signal + r.nextGaussian() * 1.5 * noise)))
          : Math.exp(signal + r.nextGaussian() * noise);
      total += s[i];
    }
    if (!multiLabel) {
      for (int i = 0; i < names.size(); i++) {
        s[i] /= total;
      }
    }
  }

  /** The model's decisions: every label scoring 0.5 or more (multi-label) or the best one, best first. */
  private static List<ScoredLabel> decided(List<String> names, double[] s, boolean multiLabel) {
    List<ScoredLabel> decided = new ArrayList<>();
    int best = 0;
    for (int i = 0; i < names.size(); i++) {
      best = s[i] > s[best] ? i : best;
      if (multiLabel && s[i] >= 0.5) {
        decided.add(new ScoredLabel(names.get(i), s[i]));
      }
    }
    if (!multiLabel) {
      decided.add(new ScoredLabel(names.get(best), s[best]));
    }
    decided.sort((a, b) -> Double.compare(b.score(), a.score()));
    return decided;
  }
}
