package org.fenlei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fenlei.corpora.Document;
import org.fenlei.eval.Comparison;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Evaluator;
import org.fenlei.eval.Interval;
import org.fenlei.eval.Report;
import org.fenlei.eval.Significance;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Score several models on the same labelled documents, with paired significance tests.",
    footer = {"", "Pairs are tested with McNemar's exact test (documents exactly one model gets right) and approximate",
        "randomisation of macro F1 (micro F1 for multi-label models).",
        "", "Examples:",
        "  fenlei compare --corpus chnsenticorp nb.fenlei svm.fenlei --report compare/",
        "  fenlei compare --test test.txt --format fasttext float.fenlei int8.fenlei"})
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "MODEL", arity = "2..*", description = "Two or more model files.")
  List<Path> models;

  @Option(names = "--names", paramLabel = "NAME", split = ",",
      description = "Names for the models in reports, in order (default: file names).")
  List<String> names;

  @Mixin
  ReportSource source;

  @Option(names = "--json", description = "Print the comparison as one JSON object.")
  boolean json;

  @Mixin
  ReportSettings settings;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    source.check();
    List<String> labels = names(models, names);
    PrintWriter err = spec.commandLine().getErr();
    List<Document> docs = source.documents(input, err);
    List<Evaluation> evaluations = new ArrayList<>();
    List<String> context = new ArrayList<>();
    context.add("test " + source.describe());
    for (int i = 0; i < models.size(); i++) {
      TextClassifier m = ModelFile.load(models.get(i));
      settings.check(m);
      if (i > 0 && m.multiLabel() != evaluations.get(0).multiLabel()) {
        throw new UsageException("cannot compare a multi-label model with a multi-class one: " + models.get(i));
      }
      evaluations.add(Evaluator.evaluate(m, docs, settings.topK, settings.threshold, settings.threads()));
      context.add(labels.get(i) + ": " + models.get(i) + " (" + m.kind() + ")");
    }
    context.add(Double.isNaN(settings.threshold) ? "decisions: each model's own rule"
        : "decisions: labels scoring ≥ " + settings.threshold);
    Comparison c = new Comparison(labels, evaluations, settings.options("fenlei comparison on " + source.name(),
        context, settings.threshold));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(c.toJson());
    } else {
      print(out, c);
    }
    if (settings.report != null) {
      err.println("fenlei: report written to " + Report.compare(c, settings.report));
    }
    return 0;
  }

  static List<String> names(List<Path> models, List<String> given) {
    if (given != null) {
      if (given.size() != models.size()) {
        throw new UsageException("--names gives " + given.size() + " names for " + models.size() + " models");
      }
      if (new HashSet<>(given).size() != given.size()) {
        throw new UsageException("--names must differ: " + given);
      }
      return given;
    }
    List<String> out = new ArrayList<>();
    for (Path p : models) {
      out.add(p.getFileName().toString());
    }
    if (new HashSet<>(out).size() != out.size()) {
      out.clear();
      models.forEach(p -> out.add(p.toString()));
    }
    if (new HashSet<>(out).size() != out.size()) {
      throw new UsageException("the same model is given twice: " + models);
    }
    return out;
  }

  static String pValue(double p) {
    return p < 0.0001 ? "< 0.0001" : EvalCommand.number(p);
  }

  private static void print(PrintWriter out, Comparison c) {
    int width = 8;
    for (Comparison.Model m : c.models()) {
      width = Math.max(width, m.name().length());
    }
    for (Comparison.Model m : c.models()) {
      out.printf("%-" + width + "s", m.name());
      for (Map.Entry<String, Double> h : m.metrics().entrySet()) {
        Interval ci = m.intervals().get(h.getKey());
        out.printf("  %s %s%s", h.getKey(), EvalCommand.number(h.getValue()), ci == null ? ""
            : " [" + EvalCommand.number(ci.low()) + ", " + EvalCommand.number(ci.high()) + "]");
      }
      out.println();
    }
    for (Comparison.Pair p : c.pairs()) {
      Significance.McNemar mc = p.mcNemar();
      Significance.Randomization r = p.randomization();
      Significance.Bootstrap b = p.bootstrap();
      out.printf("%s vs %s: only first right %d, only second right %d, McNemar p %s; %s difference %+.4f%s, "
          + "randomisation p %s: %s%n", p.first(), p.second(), mc.firstOnlyCorrect(), mc.secondOnlyCorrect(),
          pValue(mc.pValue()), r.metric(), r.difference(), b == null || !b.interval().defined() ? ""
              : String.format(Locale.ROOT, " (95%% CI %+.4f to %+.4f)", b.interval().low(), b.interval().high()),
          pValue(r.pValue()), p.significant() ? "significant at 5%" : "not significant at 5%");
    }
  }
}
