package org.fenlei.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quantize", mixinStandardHelpOptions = true,
    description = "Quantize a model's weights to int8 (fastText and TextCNN models; not yet available).")
final class QuantizeCommand implements Callable<Integer> {
  @Option(names = "--model", paramLabel = "MODEL", required = true, description = "The model file.")
  Path model;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The quantized model file to write.")
  Path out;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("quantize: no model kind of this fenlei version can be quantized yet "
        + "(int8 fastText and TextCNN come with the quant and neural modules)");
  }
}
