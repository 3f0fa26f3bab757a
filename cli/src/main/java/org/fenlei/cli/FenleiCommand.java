package org.fenlei.cli;

import java.util.List;
import org.fenlei.quant.VectorizationProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fenlei", mixinStandardHelpOptions = true, versionProvider = FenleiCommand.Version.class,
    description = "Chinese text classification: segment, train, evaluate, classify and serve; word vectors.",
    footer = {"", "Exit codes: 0 success, 1 failure (one line on stderr; --verbose for the stack trace), 2 bad usage,",
        "3 classify finished but some documents could not be classified (see its errors file)."})
final class FenleiCommand implements Runnable {
  @Spec
  CommandSpec spec;

  /** The version, and which int8 kernels serve (native AVX-512 VNNI / AVX2 / portable, or Java). */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"fenlei 0.1.0-SNAPSHOT", VectorizationProvider.description()};
    }
  }

  /** The verbs, in the order {@code fenlei --help} lists them. */
  private static final List<Class<?>> VERBS = List.of(QuickstartCommand.class, TrainCommand.class,
      EvalCommand.class, ClassifyCommand.class, SegmentCommand.class, QuantizeCommand.class, ConvertCommand.class,
      CompareCommand.class, VectorsCommand.class, ServeCommand.class);

  /**
   * The command line for {@code args}: when the first argument names a verb, that verb alone is built (picocli
   * reads every verb's annotations by reflection, a quarter of a second at start-up for all ten), otherwise all of
   * them (for {@code --help}, a mistyped verb's suggestions, or no verb).
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new FenleiCommand());
    String first = args.length > 0 ? args[0] : "";
    for (Class<?> verb : VERBS) {
      if (verb.getAnnotation(Command.class).name().equals(first)) {
        cl.addSubcommand(verb);
        return cl;
      }
    }
    for (Class<?> verb : VERBS) {
      cl.addSubcommand(verb);
    }
    return cl;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a verb is required");
  }
}
