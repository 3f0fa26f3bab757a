/**
 * An HTTP JSON service over fenlei model files: what {@code fenlei serve} runs, usable from Java without the
 * command.
 *
 * <p>{@link org.fenlei.serve.FenleiServer} is the service: built by {@link org.fenlei.serve.FenleiServer#builder()}
 * with one or more model files and limits, started, stopped gracefully. It answers {@code POST /v1/classify},
 * {@code GET /v1/models}, {@code GET /health} and {@code GET /metrics} (Prometheus text, through Micrometer) on
 * Javalin and Jetty, classifies with core's {@link org.fenlei.core.BatchClassifier} (the decision rule of
 * {@code fenlei classify}) and swaps in a model file replaced on disk while requests go on.
 * {@link org.fenlei.serve.ServerListener} is told what a library must not print: reloads and failures.
 *
 * <p>Inside, each role has its file: {@code ClassifyRequest} parses and checks a request body, {@code Answers}
 * writes the JSON answers, {@code ModelSource} holds one model and reloads its file, {@code Endpoints} handles the
 * routes, {@code HttpApp} sets up Javalin and Jetty, {@code ServerMetrics} keeps the meters.
 */
package org.fenlei.serve;
