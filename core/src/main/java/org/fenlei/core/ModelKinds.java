package org.fenlei.core;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.fenlei.corpora.Document;

/**
 * The model kinds on the class path: every {@link ModelTrainer} and {@link ModelCodec} service, found by kind.
 * Adding a module (say {@code fenlei-gbdt}) to the class path adds its kinds; nothing else needs to know them.
 * The lists are read once and never change.
 */
public final class ModelKinds {
  private ModelKinds() {}

  /**
   * The providers that failed to load (a jar of another version), for error messages. Each list below is loaded on
   * its own first use, so that reading a model does not load every trainer's classes (70 ms of start-up).
   */
  private static final List<String> BROKEN = new ArrayList<>();

  private static final class Trainers {
    static final List<ModelTrainer> ALL = load(ModelTrainer.class);
  }

  private static final class Codecs {
    static final List<ModelCodec> ALL = load(ModelCodec.class);
  }

  private static final class Foreign {
    static final List<ForeignModelReader> ALL = load(ForeignModelReader.class);
  }

  /** The providers that load, with this class's loader; a broken one is skipped and named in errors. */
  private static <S> List<S> load(Class<S> type) {
    List<S> out = new ArrayList<>();
    java.util.Iterator<S> it = ServiceLoader.load(type, ModelKinds.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        out.add(it.next());
      } catch (java.util.ServiceConfigurationError e) {
        synchronized (BROKEN) {
          BROKEN.add(e.getMessage());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every trainer, in class-path order.
   *
   * @return the trainers
   */
  public static List<ModelTrainer> trainers() {
    return Trainers.ALL;
  }

  /**
   * The kinds that can be trained.
   *
   * @return their names
   */
  public static List<String> kinds() {
    return trainers().stream().map(ModelTrainer::kind).toList();
  }

  /**
   * The trainer of a kind.
   *
   * @param kind e.g. {@code svm}
   * @return its trainer
   * @throws SettingsException for an unknown kind, naming the known ones (and the artifact of {@code gbdt})
   */
  public static ModelTrainer trainer(String kind) {
    for (ModelTrainer t : trainers()) {
      if (t.kind().equals(kind)) {
        return t;
      }
    }
    String hint = kind.equals("gbdt") ? " (gbdt lives in the fenlei-gbdt artifact: add it to the class path)" : "";
    throw new SettingsException("unknown model kind '" + kind + "' (available: " + String.join(", ", kinds()) + ")"
        + hint + broken());
  }

  /**
   * The codec that reads a kind's model files.
   *
   * @param kind the kind written in the file
   * @return its codec, or null when no module on the class path reads it
   */
  public static ModelCodec codec(String kind) {
    for (ModelCodec c : Codecs.ALL) {
      if (c.kind().equals(kind)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The kinds whose model files can be read.
   *
   * @return their names
   */
  public static List<String> readableKinds() {
    return Codecs.ALL.stream().map(ModelCodec::kind).toList();
  }

  /** The providers that failed to load, for error messages; empty when none did. */
  static String broken() {
    synchronized (BROKEN) {
      return BROKEN.isEmpty() ? "" : "; services that failed to load: " + String.join("; ", BROKEN);
    }
  }

  static List<ForeignModelReader> foreignReaders() {
    return Foreign.ALL;
  }

  /**
   * Trains a model of any kind: checks every setting first (unknown keys, bad values), then trains.
   *
   * @param kind the model kind
   * @param train labelled training documents
   * @param dev held-out labelled documents, possibly empty
   * @param settings the settings
   * @param context threads, multi-label, progress
   * @return the trained model
   * @throws SettingsException for an unknown kind or setting, or a bad value, before any work is done
   * @throws IllegalArgumentException when the documents break {@link LabelSets#check} (a document without a label
   *     in a multi-class task, no labelled document at all), also before any work is done
   */
  public static TextClassifier train(String kind, List<Document> train, List<Document> dev, Settings settings,
      ModelTrainer.Context context) {
    ModelTrainer trainer = trainer(kind);
    List<Setting<?>> known = new ArrayList<>(trainer.settings());
    known.addAll(Calibration.SETTINGS);
    settings.validate(kind, known);
    Settings own = settings.without(Calibration.SETTINGS.stream().map(Setting::key).toArray(String[]::new));
    return Calibration.train(trainer, train, dev, own, settings, context);
  }

  /**
   * The help text listing every kind with its settings.
   *
   * @return the text, one kind and then its settings' lines
   */
  public static String help() {
    StringBuilder sb = new StringBuilder();
    for (ModelTrainer t : trainers()) {
      sb.append(String.format("  %-9s %s%n", t.kind(), t.summary()));
      for (Setting<?> s : t.settings()) {
        wrap(sb, s.helpLine());
      }
    }
    sb.append(String.format("  every kind:%n"));
    for (Setting<?> s : Calibration.SETTINGS) {
      wrap(sb, s.helpLine());
    }
    return sb.toString();
  }

  /** One help line indented by 14 spaces, wrapped at 118 columns with continuation lines indented by 16. */
  private static void wrap(StringBuilder sb, String line) {
    String indent = "              ";
    int width = 118 - indent.length();
    String rest = line;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        break;
      }
      sb.append(indent).append(rest, 0, cut).append(System.lineSeparator());
      rest = "  " + rest.substring(cut + 1);
      width = 118 - indent.length();
    }
    sb.append(indent).append(rest).append(System.lineSeparator());
  }
}
