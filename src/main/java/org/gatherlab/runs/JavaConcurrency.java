package org.gatherlab.runs;

import org.gatherlab.engine.Clock;
import org.gatherlab.engine.Family;
import org.gatherlab.engine.RunSpec;
import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.Trace;
import org.gatherlab.engine.TraceListener;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.gatherlab.engine.jvm.JavaSimulation;
import org.gatherlab.jvm.JavaProgram;
import org.gatherlab.jvm.RealJavaRunner;
import org.gatherlab.runtime.RealClock;

/**
 * Java's counterparts: the JVM model ({@code engine.jvm}) on a clock; for real, the real JDK APIs on real threads
 * ({@link RealJavaRunner}); its program is a single-file JDK 25 program ({@link JavaProgram}). Either way the trace
 * carries the run's {@code java} objects, so its report has them on every route.
 */
final class JavaConcurrency implements RunFamily {
    static final JavaConcurrency FAMILY = new JavaConcurrency();

    private JavaConcurrency() {}

    @Override public Family family() { return Family.JAVA; }

    @Override public Trace simulate(Scenario scenario, RunSpec run, Clock clock, TraceListener listener) {
        return JavaSimulation.run(scenario.tasks(), scenario.seed(), JavaRunSpec.of(run), clock, listener).toTrace(run);
    }

    @Override public Trace runReal(Scenario scenario, RunSpec run, RealClock clock, TraceListener listener) {
        return RealJavaRunner.run(scenario.tasks(), scenario.seed(), JavaRunSpec.of(run), clock, listener).toTrace(run);
    }

    @Override public String program(Scenario scenario, int runIndex) {
        return JavaProgram.generate(scenario.tasks(), scenario.seed(), JavaRunSpec.of(scenario.runs().get(runIndex)), scenario.name());
    }

    @Override public String fileName(Scenario scenario, int runIndex) { return JavaProgram.CLASS_NAME + ".java"; }
}
