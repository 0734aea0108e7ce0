/**
 * Java for real: {@link org.gatherlab.jvm.RealJavaRunner} runs a Java run's tasks with the real JDK APIs on real
 * threads in this JVM, and {@link org.gatherlab.jvm.JavaProgram} writes the run as a single-file Java 25 program
 * that does the same on its own. The simulation they are checked against is {@code org.gatherlab.engine.jvm}.
 */
package org.gatherlab.jvm;
