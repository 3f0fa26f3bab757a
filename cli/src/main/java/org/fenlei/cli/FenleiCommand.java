package org.fenlei.cli;

import org.fenlei.quant.VectorizationProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fenlei", mixinStandardHelpOptions = true, versionProvider = FenleiCommand.Version.class,
    description = "Chinese text classification: segment, train, evaluate, classify and serve; word vectors.",
    subcommands = {QuickstartCommand.class, TrainCommand.class, EvalCommand.class, ClassifyCommand.class,
        SegmentCommand.class, QuantizeCommand.class, ConvertCommand.class, CompareCommand.class,
        VectorsCommand.class, ServeCommand.class},
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

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a verb is required");
  }
}
