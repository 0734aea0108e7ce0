package org.gatherlab;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of the README's architecture section, held by the build rather than by good intentions. The
 * main classes only: tests may reach anywhere they need to.
 */
@AnalyzeClasses(packages = "org.gatherlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The engine is pure Java: no JavaFX, no app, command line, report writer or real-time runtime, nor anything else
     * of GatherLab's outside it; it sees the world through {@code Clock} and {@code TraceListener}.
     */
    @ArchTest
    static final ArchRule engineIsPureJava = classes().that().resideInAPackage("org.gatherlab.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.gatherlab.engine..", "java..")
            .because("the engine never imports JavaFX, app, cli, report or runtime (README, architecture)");

    /** Every package, each on its own (engine and engine.jvm are two): no package reaches back to one that uses it. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.gatherlab.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule cliNeverImportsApp = noClasses().that().resideInAPackage("org.gatherlab.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.gatherlab.app..");

    /**
     * The UI depends on the engine, never the reverse: only the launcher ({@code Main}), the app itself and the
     * benchmarks reach app. {@code bench} is excepted because measuring the app's models headless (the editor's
     * generator and checks, the comparison's pulse, the timeline's layout) is its job; nothing depends on bench.
     */
    @ArchTest
    static final ArchRule onlyTheLauncherReachesTheApp = noClasses()
            .that().resideOutsideOfPackage("org.gatherlab.app..").and().resideOutsideOfPackage("org.gatherlab.bench..")
            .and().doNotHaveFullyQualifiedName("org.gatherlab.Main")
            .should().dependOnClassesThat().resideInAPackage("org.gatherlab.app..");

    /** The app's base ({@code app.fx}: loader, words, background work, icons) knows none of the rooms built on it. */
    @ArchTest
    static final ArchRule theAppBaseKnowsNoRoom = noClasses().that().resideInAPackage("org.gatherlab.app.fx..")
            .should().dependOnClassesThat(resideInAPackage("org.gatherlab.app..").and(resideOutsideOfPackage("org.gatherlab.app.fx..")));

    /** The shell sits on top: no feature room reaches back into it. */
    @ArchTest
    static final ArchRule noRoomReachesTheShell = noClasses()
            .that().resideInAPackage("org.gatherlab.app..").and().resideOutsideOfPackage("org.gatherlab.app.shell..")
            .should().dependOnClassesThat().resideInAPackage("org.gatherlab.app.shell..");

    /**
     * Only {@code runtime} reads the machine's clock ({@code RealClock} for real runs, {@code SystemTime} for whoever
     * must measure real time: benchmarks, a view's throttle, the class quiz's deadlines). No exceptions: the engine
     * runs on an injected clock, and every other reading goes through {@code SystemTime}, where it can be found.
     */
    @ArchTest
    static final ArchRule onlyRuntimeReadsTheClock = noClasses().that().resideOutsideOfPackage("org.gatherlab.runtime..")
            .should().accessTargetWhere(readsTheSystemClock())
            .orShould().callConstructor(java.util.Date.class);

    /** The engine never sleeps: waiting is the clock's job ({@code Clock.idleUntil}). */
    @ArchTest
    static final ArchRule theEngineNeverSleeps = noClasses().that().resideInAPackage("org.gatherlab.engine..")
            .should().callMethodWhere(DescribedPredicate.describe("Thread.sleep",
                    call -> call.getTarget().getOwner().isEquivalentTo(Thread.class) && call.getTarget().getName().equals("sleep")));

    private static final Set<String> JAVA_TIME_READS = Set.of("now", "system", "systemUTC", "systemDefaultZone");

    /** System.nanoTime/currentTimeMillis, and java.time's now()/Clock.system*()/InstantSource.system(), called or referenced. */
    static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("the system clock", access -> {
            AccessTarget target = access.getTarget();
            String owner = target.getOwner().getName();
            String name = target.getName();
            if (owner.equals("java.lang.System")) return name.equals("nanoTime") || name.equals("currentTimeMillis");
            return owner.startsWith("java.time.") && JAVA_TIME_READS.contains(name);
        });
    }
}
