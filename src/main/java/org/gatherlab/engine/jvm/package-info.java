/**
 * Java's answers to {@code asyncio.gather} on GatherLab's time axis: {@code CompletableFuture.allOf/anyOf},
 * {@code ExecutorService.invokeAll/invokeAny} and JDK 25's {@code StructuredTaskScope} (JEP 505, fifth preview),
 * on platform or virtual threads, simulated on a virtual clock. Pure Java, no JavaFX; it never reads the
 * system clock or sleeps: time comes from the {@link org.gatherlab.engine.Clock} it is given.
 *
 * <p>Entry point: {@link org.gatherlab.engine.jvm.JavaSimulation#run}. The model's rules are written once,
 * at the top of {@code JvmMachine}, and in {@code src/site/markdown/java-strategies.md}.
 */
package org.gatherlab.engine.jvm;
