package org.fenlei.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fenlei.core.Classifiers;
import org.fenlei.core.ModelKinds;
import org.fenlei.core.SettingsException;
import org.fenlei.core.TextClassifier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a service gets on its class path with fenlei-classic and fenlei-neural, and what it does not. */
class ServiceClassPathTest {

  @Test
  void theServicesOwnLoggingBindingStaysInCharge() {
    // slf4j-simple is this project's binding; fenlei's libraries bring none (no slf4j-nop to swallow the logs)
    assertEquals("org.slf4j.simple.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.nop.NOPServiceProvider"));
  }

  @Test
  void jiebaNaiveBayesAndSvmNeedNoSmileLuceneOrMallet() {
    for (String absent : List.of("smile.classification.GradientTreeBoost", "org.apache.lucene.analysis.Analyzer",
        "cc.mallet.topics.ParallelTopicModel")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent);
    }
    TextClassifier svm = Classifiers.builder("svm").threads(1).train(Samples.sms());
    assertEquals("spam", svm.classify("恭喜您中奖了，点击链接领取奖金"));
    assertEquals(List.of("nb", "svm", "lr", "fasttext", "textcnn"), ModelKinds.kinds());
    SettingsException e = assertThrows(SettingsException.class, () -> Classifiers.builder("gbdt"));
    assertTrue(e.getMessage().contains("fenlei-gbdt"), e.getMessage());
  }
}
