package org.fenlei.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.fenlei.core.ModelTrainer;

/** The model kinds on the class path: every {@link ModelTrainer} service, by kind. */
final class Trainers {
  private Trainers() {}

  static List<ModelTrainer> all() {
    List<ModelTrainer> out = new ArrayList<>();
    ServiceLoader.load(ModelTrainer.class, Trainers.class.getClassLoader()).forEach(out::add);
    return out;
  }

  static ModelTrainer of(String kind) {
    List<String> kinds = new ArrayList<>();
    for (ModelTrainer t : all()) {
      if (t.kind().equals(kind)) {
        return t;
      }
      kinds.add(t.kind());
    }
    throw new UsageException("unknown model kind '" + kind + "' (available: " + String.join(", ", kinds) + ")");
  }

  /** The help text listing every kind with its settings. */
  static String help() {
    StringBuilder sb = new StringBuilder();
    for (ModelTrainer t : all()) {
      sb.append(String.format("  %-9s %s%n", t.kind(), t.summary()));
      for (String line : t.settingsHelp()) {
        sb.append("              ").append(line).append(String.format("%n"));
      }
    }
    return sb.toString();
  }
}
