package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelLoadingTest {
  @Test
  void defaultDictionaryMatchesPythonJieba() {
    BaseDictionary dict = DefaultModels.dictionary();
    assertSame(dict, DefaultModels.dictionary());
    assertEquals(60_101_967L, dict.total); // Python jieba 0.42.1: jieba.dt.total
    assertEquals(498_113, dict.trie.nodeCount() - 1); // len(jieba.dt.FREQ): words and their prefixes
    Lexicon lexicon = DefaultModels.lexicon();
    char[] w = "B超吉林长江大桥".toCharArray();
    assertEquals(3, lexicon.freq(w, 0, 2));
    assertEquals(89, lexicon.freq(w, 2, 4));
    assertEquals(0, lexicon.freq(w, 4, 7)); // "长江大" is only a prefix
    assertEquals(Lexicon.ABSENT, lexicon.freq("b超".toCharArray(), 0, 2)); // case-sensitive
    assertEquals("n", lexicon.tag(w, 0, 2));
    assertEquals("ns", lexicon.tag(w, 2, 4));
  }

  @Test
  void dictionaryErrorsNameTheResourceAndLine() {
    assertReadFails("AT&T 3 nz\nB超 three n\n", "test.dict:2", "B超 three n");
    assertReadFails("word\n", "test.dict:1", "word");
    assertReadFails("词 5 N\n", "test.dict:1", "词 5 N");
    byte[] badUtf8 = {'a', ' ', '1', '\n', (byte) 0xE4, (byte) 0xB8, ' ', '1', '\n'};
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader().read(badUtf8, "test.dict"));
    assertTrue(e.getMessage().startsWith("test.dict:2: invalid UTF-8"), e.getMessage());
  }

  @Test
  void dictionaryReaderKeepsLastFrequencyAndSumsAll() {
    TrieBuilder trie = new TrieBuilder(16);
    DictionaryReader reader = new DictionaryReader(trie, new TagTable(List.of()));
    reader.read("\uFEFF中国 10 ns\r\n中国 7\n\n  𠀀字 2 n  \n".getBytes(StandardCharsets.UTF_8), "t");
    HashTrie built = trie.build();
    assertEquals(19, reader.total());
    assertEquals(2, built.wordCount());
    assertEquals(7, built.freq(built.find("中国".toCharArray(), 0, 2)));
    assertEquals(HashTrie.NOT_A_WORD, built.freq(built.find("中".toCharArray(), 0, 1)));
    assertEquals(2, built.freq(built.find("𠀀字".toCharArray(), 0, 3)));
  }

  @Test
  void hmmTableErrorsNameTheResourceAndLine() {
    assertHmmFails("B\n中\t-1.5\nX\n", "emit.txt:3");
    assertHmmFails("B\n中\tabc\n", "emit.txt:2");
    assertHmmFails("B\n中\t-1.0\nE\n中\t-1.0\nM\n中\t-1.0\n", "no emission probabilities for state S");
  }

  private static DictionaryReader reader() {
    return new DictionaryReader(new TrieBuilder(16), new TagTable(List.of()));
  }

  private static void assertReadFails(String dict, String where, String line) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> reader().read(dict.getBytes(StandardCharsets.UTF_8), "test.dict"));
    assertTrue(e.getMessage().startsWith(where + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("'" + line + "'"), e.getMessage());
  }

  private static void assertHmmFails(String table, String expected) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> HmmModel.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "emit.txt"));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
