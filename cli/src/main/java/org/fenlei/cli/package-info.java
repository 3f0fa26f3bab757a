/**
 * The {@code fenlei} command-line tool: segment text, train, evaluate, compare, quantize, apply and serve
 * classifiers, and train word vectors.
 *
 * <p>{@link org.fenlei.cli.Main} is the only public type and the tool's entry point: {@code main} runs a command
 * line and exits the JVM with its code, {@link org.fenlei.cli.Main#run(java.io.PrintWriter, java.io.PrintWriter,
 * String...) run} does the same on given writers and returns the code (0 success, 1 failure, 2 bad usage), for
 * tests and embedding. Each verb ({@code quickstart}, {@code train}, {@code eval}, {@code classify},
 * {@code segment}, {@code quantize}, {@code compare}, {@code vectors}, {@code serve}) is a package-private picocli
 * command; shared option groups say how to read documents and what reports show.
 *
 * <p>The commands parse options and call the library modules: {@code corpora} reads documents, {@code segment}
 * builds segmenters, {@code core}'s {@code ModelKinds} finds the model kinds ({@code ModelTrainer} and
 * {@code ModelCodec} services) on the class path and {@code ModelFile} saves and loads models, {@code eval}
 * scores them and writes reports, and {@code serve}'s {@code FenleiServer} answers over HTTP. Model kinds are not
 * listed here: adding a module with its services to the class path adds its kind to {@code fenlei train --model}.
 */
package org.fenlei.cli;
