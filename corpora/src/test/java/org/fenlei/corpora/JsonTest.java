package org.fenlei.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict JSON parser: what it accepts, what it builds, where it reports errors. */
class JsonTest {

  private static void assertMalformed(String json, int column, String message) {
    Json.Malformed e = assertThrows(Json.Malformed.class, () -> Json.parse(json), json);
    assertEquals(message, e.getMessage(), json);
    assertEquals(column, e.column(), json);
  }

  @Test
  void values() throws Json.Malformed {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", List.of(new Json.Num("0"), new Json.Num("-1.5E+10"), Boolean.TRUE, Boolean.FALSE));
    expected.put("b", Arrays.asList((Object) null));
    expected.put("c", Map.of());
    expected.put("", "");
    assertEquals(expected, Json.parse(" {\"a\":[0,-1.5E+10,true,false],\"b\":[null],\"c\":{},\"\":\"\"}\t"));
    assertNull(Json.parse("null"));
    assertEquals(new Json.Num("123"), Json.parse("123"));
  }

  @Test
  void escapes() throws Json.Malformed {
    assertEquals("\"\\/\b\f\n\r\t\u0000\u00e9中\uD840\uDC00\uD83D\uDE00",
        Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\u00E9\\u4e2d\\uD840\\uDC00\\ud83d\\ude00\""));
    assertEquals("𠀀😀 raw", Json.parse("\"𠀀😀 raw\""));
  }

  @Test
  void malformed() {
    assertMalformed("", 1, "unexpected end of line, expected a value");
    assertMalformed("{\"a\":1,}", 8, "unexpected '}', expected a string key");
    assertMalformed("[1,]", 4, "unexpected ']', expected a value");
    assertMalformed("{\"a\" 1}", 6, "unexpected '1', expected ':'");
    assertMalformed("{\"a\":1}x", 8, "unexpected 'x' after the value");
    assertMalformed("{\"a\":1,\"a\":2}", 8, "duplicate key \"a\"");
    assertMalformed("\"abc", 5, "unterminated string");
    assertMalformed("\"a\tb\"", 3, "control character U+0009 in a string must be escaped");
    assertMalformed("\"\\x\"", 3, "invalid escape \\x");
    assertMalformed("\"\\u12G4\"", 6, "\\u must be followed by 4 hex digits");
    assertMalformed("\"\\uD840\"", 2, "unpaired surrogate escape \\uD840");
    assertMalformed("\"\\uDC00\\uD840\"", 2, "unpaired surrogate escape \\uDC00");
    assertMalformed("\"\\uD840\\u0041\"", 2, "unpaired surrogate escape \\uD840");
    assertMalformed("01", 2, "unexpected '1' after the value");
    assertMalformed("-", 2, "expected a digit");
    assertMalformed("1.", 3, "expected a digit after the decimal point");
    assertMalformed("1e+", 4, "expected a digit in the exponent");
    assertMalformed("tru", 1, "unexpected 't', expected a value");
    assertMalformed("'a'", 1, "unexpected ''', expected a value");
    assertMalformed("[".repeat(Json.MAX_DEPTH + 1), Json.MAX_DEPTH + 1, "nesting deeper than " + Json.MAX_DEPTH);
  }
}
