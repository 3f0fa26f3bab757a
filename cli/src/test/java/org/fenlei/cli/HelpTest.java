package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every verb's {@code --help} prints its usage, exits 0 and makes picocli warn about nothing (a {@code %} in a
 * description must be written {@code %%}: picocli prints its warnings on {@link System#err}, not on the
 * command's error writer, so that is captured too).
 */
class HelpTest {
  @Test
  void everyHelpIsCleanAndExitsZero() {
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("--help"));
    for (String verb : FenleiCommand.commandLine().getSubcommands().keySet()) {
      commands.add(List.of(verb, "--help"));
    }
    assertTrue(commands.size() > 9, "the verbs: " + commands);
    assertTrue(commands.contains(List.of("convert", "--help")), "convert is a verb");
    PrintStream systemErr = System.err;
    ByteArrayOutputStream picocliErr = new ByteArrayOutputStream();
    System.setErr(new PrintStream(picocliErr, true, StandardCharsets.UTF_8));
    try {
      for (List<String> args : commands) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err, true), args.toArray(String[]::new));
        String warnings = picocliErr.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, args + ": " + err);
        assertTrue(out.toString().startsWith("Usage: fenlei"), args + ": " + out);
        assertEquals("", err.toString(), args.toString());
        assertFalse(warnings.contains("WARN") || out.toString().contains("WARN"), args + ": " + warnings);
        assertEquals("", warnings, args.toString());
      }
    } finally {
      System.setErr(systemErr);
    }
  }
}
