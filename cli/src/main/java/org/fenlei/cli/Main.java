package org.fenlei.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.fenlei.core.ModelKinds;
import org.fenlei.core.SettingsException;
import picocli.CommandLine;

/** The {@code fenlei} command's entry point: the only place that exits the JVM. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line on standard output and error and exits the JVM with its exit code.
   *
   * @param args the arguments, e.g. {@code train --train train.txt --out model.fenlei}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line on standard output and error (UTF-8) and returns its exit code. Both streams are
   * flushed, not closed, before it returns.
   *
   * @param args the arguments: a verb ({@code quickstart}, {@code train}, {@code eval}, {@code classify},
   *     {@code segment}, {@code quantize}, {@code convert}, {@code compare}, {@code vectors}, {@code serve}) and its
   *     options
   * @return 0 success, 1 failure, 2 bad usage, 3 some documents could not be classified (classify)
   */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        1 << 16), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    try {
      return run(out, err, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Runs the command line and returns its exit code: 0 success, 1 failure, 2 bad usage. A failure prints one
   * line on {@code err} (the stack trace with {@code --verbose}); bad usage prints the problem and a hint to
   * {@code --help}. Never exits the JVM; {@code out} is flushed before it returns, neither writer is closed.
   *
   * @param out where results, help and version go
   * @param err where error messages go
   * @param args the arguments: a verb and its options
   * @return 0 success, 1 failure, 2 bad usage
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine cl = FenleiCommand.commandLine(args);
    cl.setOut(out);
    cl.setErr(err);
    cl.setUsageHelpWidth(120);
    // the model kinds' settings are listed under `train --help` and `vectors --help` only: rendered when asked for,
    // so that other runs do not load every trainer
    appendToFooter(cl.getSubcommands().get("train"), () -> ModelKinds.help());
    appendToFooter(cl.getSubcommands().get("vectors"),
        () -> String.join(System.lineSeparator(), VectorsCommand.settingsHelp()));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof UsageException || ex instanceof SettingsException) {
        commandLine.getErr().println("fenlei " + commandLine.getCommandName() + ": " + ex.getMessage());
        commandLine.getErr().println("Try 'fenlei " + commandLine.getCommandName() + " --help'.");
        return 2;
      }
      if (verbose) {
        ex.printStackTrace(commandLine.getErr());
      } else {
        commandLine.getErr().println("fenlei: error: " + message(ex));
      }
      return 1;
    });
    cl.setParameterExceptionHandler((ex, argv) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("fenlei: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      return 2;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("fenlei: error: out of memory (" + message(e) + "): give Java more memory "
          + "(FENLEI_JAVA_OPTS=-Xmx8g) or, for classify, lower --max-bytes");
      code = 1;
    }
    out.flush();
    return code;
  }

  /** Adds {@code extra} below a verb's footer when its help is rendered (nothing when the verb is not registered). */
  private static void appendToFooter(CommandLine verb, java.util.function.Supplier<String> extra) {
    if (verb == null) {
      return;
    }
    verb.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
      String footer = help.footer();
      String more = extra.get();
      String nl = System.lineSeparator();
      return footer + (footer.endsWith(nl) ? "" : nl) + more + (more.endsWith(nl) ? "" : nl);
    });
  }

  /** One line that says what failed: the exception's message, with its type when the message is empty. */
  static String message(Throwable ex) {
    String m = ex.getMessage();
    if (ex instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + m;
    }
    if (ex instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + m;
    }
    if (m == null || m.isBlank()) {
      return ex.getClass().getSimpleName();
    }
    return m.replace('\n', ' ');
  }
}
