package org.fenlei.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fenlei", mixinStandardHelpOptions = true, version = "fenlei 0.1.0-SNAPSHOT",
    description = "Chinese text classification: segment, train, evaluate, classify and serve; word vectors.",
    subcommands = {QuickstartCommand.class, TrainCommand.class, EvalCommand.class, ClassifyCommand.class,
        SegmentCommand.class, QuantizeCommand.class, ConvertCommand.class, CompareCommand.class,
        VectorsCommand.class, ServeCommand.class},
    footer = {"", "Exit codes: 0 success, 1 failure (one line on stderr; --verbose for the stack trace), 2 bad usage,",
        "3 classify finished but some documents could not be classified (see its errors file)."})
final class FenleiCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a verb is required");
  }
}
