package org.fenlei.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fenlei.corpora.Corpora;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.ReadOptions;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Evaluator;
import org.fenlei.eval.Report;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ModelKinds;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.RecordWriter;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quickstart", mixinStandardHelpOptions = true,
    description = "Train, evaluate and classify on the small sample that ships with fenlei, and say where it all is.")
final class QuickstartCommand implements Callable<Integer> {
  private static final String RESOURCES = "/org/fenlei/cli/quickstart/";

  @Spec
  CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "fenlei-quickstart",
      description = "Where to put the sample data, model, report and classifications (default fenlei-quickstart).")
  Path dir;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path data = dir.resolve("data");
    Path docsDir = data.resolve("docs");
    Files.createDirectories(docsDir);
    copy("train.txt", data.resolve("train.txt"));
    copy("test.txt", data.resolve("test.txt"));
    copy("README.txt", data.resolve("README.txt"));
    for (String name : index()) {
      copy("docs/" + name, docsDir.resolve(name));
    }
    out.println("1. sample data (4 news topics, written for fenlei) in " + data);

    List<Document> train = Corpora.readAll(data.resolve("train.txt"), Format.FASTTEXT, new ReadOptions());
    TextClassifier model = ModelKinds.train("nb", train, List.of(), Settings.empty(),
        new ModelTrainer.Context(false, 2));
    Path modelFile = dir.resolve("model.fenlei");
    ModelFile.save(model, modelFile);
    out.printf("2. trained Naive Bayes on %d documents: %s (%,d bytes)%n", train.size(), modelFile,
        Files.size(modelFile));

    TextClassifier loaded = ModelFile.load(modelFile);
    List<Document> test = Corpora.readAll(data.resolve("test.txt"), Format.FASTTEXT, new ReadOptions());
    Evaluation e = Evaluator.evaluate(loaded, test, -1, Double.NaN, 2);
    Path html = Report.write(e, "fenlei quickstart: Naive Bayes on the sample test set", dir.resolve("report"));
    out.printf("3. evaluated on %d held-out documents: accuracy %.4f, macro-F1 %.4f; report: %s%n", e.documents(),
        e.accuracy(), e.macroF1(), html);

    Path classified = dir.resolve("classified.jsonl");
    List<String> lines = new ArrayList<>();
    try (var w = Files.newBufferedWriter(classified, StandardCharsets.UTF_8)) {
      RecordWriter records = new RecordWriter(w, RecordWriter.Format.JSONL, false);
      for (Document d : Corpora.readAll(docsDir, Format.FOLDER, new ReadOptions())) {
        List<ScoredLabel> labels = loaded.predict(d.text()).labels();
        records.write(d, labels);
        ScoredLabel best = labels.get(0);
        lines.add(String.format("   %-10s %s (%.2f)", d.id(), best.label(), best.score()));
      }
    }
    out.println("4. classified the folder " + docsDir + " into " + classified + ":");
    lines.forEach(out::println);
    out.println();
    out.println("Next: the same with your data:");
    out.println("  ./fenlei train --train " + data.resolve("train.txt") + " --format fasttext --out my.fenlei");
    out.println("  ./fenlei eval --model my.fenlei --test " + data.resolve("test.txt") + " --report my-report");
    out.println("  ./fenlei classify --model my.fenlei " + docsDir);
    return 0;
  }

  private static List<String> index() throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : new String(resource("docs/INDEX"), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        names.add(line.strip());
      }
    }
    return names;
  }

  private static void copy(String name, Path target) throws IOException {
    Files.write(target, resource(name));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = QuickstartCommand.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("the sample file " + name + " is missing from fenlei's jar");
      }
      return in.readAllBytes();
    }
  }
}
