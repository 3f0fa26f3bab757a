package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static List<Document> docs(int n) {
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Document.of("文本" + i, i % 2 == 0 ? "a" : "b"));
    }
    return out;
  }

  @Test
  void typedValuesAndDefaults() {
    Settings s = Settings.parse(List.of("smoothing=0.5", " ngram-size = 3 "));
    assertEquals(0.5, s.get(CountingTrainer.SMOOTHING));
    assertEquals(3, s.get(CountingTrainer.SIZE));
    assertEquals(1.0, Settings.empty().get(CountingTrainer.SMOOTHING));
    assertEquals("smoothing (1.0): added to every count", CountingTrainer.SMOOTHING.helpLine());
  }

  @Test
  void aTypoIsRejectedBeforeAnyWorkAndTheNearestKeyIsNamed() {
    int before = CountingTrainer.TRAININGS.get();
    List<String> stages = new ArrayList<>();
    SettingsException e = assertThrows(SettingsException.class, () -> ModelKinds.train("fixed-test", docs(100_000),
        List.of(), Settings.parse(List.of("smoothin=2")), new ModelTrainer.Context(false, 1,
            (stage, done, total) -> stages.add(stage))));
    assertTrue(e.getMessage().contains("unknown setting 'smoothin'"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'smoothing'?"), e.getMessage());
    assertEquals(before, CountingTrainer.TRAININGS.get(), "no training started");
    assertEquals(List.of(), stages);
    SettingsException builder = assertThrows(SettingsException.class,
        () -> Classifiers.builder("fixed-test").set("calibraton", "none"));
    assertTrue(builder.getMessage().contains("did you mean 'calibration'?"), builder.getMessage());
  }

  @Test
  void badValuesNameTheKeyAndWhatItTakes() {
    assertMessage("setting smoothing expects a number, got 'lots'", "smoothing=lots");
    assertMessage("setting smoothing must be > 0, got '-1'", "smoothing=-1");
    assertMessage("setting ngram-size expects an integer, got '2.5'", "ngram-size=2.5");
    assertMessage("setting calibration expects one of auto, top-label, temperature, platt, isotonic, none, got 'sigmoid'",
        "calibration=sigmoid");
    assertMessage("setting calibration-folds must be between 2 and 20, got '1'", "calibration-folds=1");
    SettingsException e = assertThrows(SettingsException.class, () -> Settings.parse(List.of("novalue")));
    assertEquals("a setting is key=value, got 'novalue'", e.getMessage());
    SettingsException kind = assertThrows(SettingsException.class, () -> Classifiers.builder("svn"));
    assertTrue(kind.getMessage().startsWith("unknown model kind 'svn' (available: fixed-test)"), kind.getMessage());
  }

  private static void assertMessage(String expected, String pair) {
    SettingsException e = assertThrows(SettingsException.class, () -> ModelKinds.train("fixed-test", docs(10),
        List.of(), Settings.parse(List.of(pair)), new ModelTrainer.Context(false, 1)));
    assertEquals(expected, e.getMessage());
  }

  @Test
  void trainingThroughTheRegistryCalibratesAndReportsProgress() {
    List<String> stages = java.util.Collections.synchronizedList(new ArrayList<>());
    TextClassifier m = Classifiers.builder("fixed-test").threads(2).progress((s, d, t) -> stages.add(s))
        .train(docs(300));
    assertTrue(m instanceof CalibratedClassifier, m.getClass().toString());
    assertTrue(stages.containsAll(List.of("training", "calibration fold 1/5", "calibration fold 5/5", "calibration")),
        stages.toString());
    TextClassifier small = Classifiers.train("fixed-test", List.of("一", "二", "三", "四"), List.of("a", "b", "a", "b"));
    assertEquals(FixedClassifier.class, small.getClass(), "under 100 documents: not calibrated");
    assertThrows(IllegalArgumentException.class,
        () -> Classifiers.train("fixed-test", List.of("一", "二"), List.of("a", " ")));
  }
}
