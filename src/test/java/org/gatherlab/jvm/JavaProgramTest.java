package org.gatherlab.jvm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gatherlab.engine.JavaThreads;
import org.gatherlab.engine.ScopeJoiner;
import org.gatherlab.engine.TaskSpec;
import org.gatherlab.engine.jvm.JavaApi;
import org.gatherlab.engine.jvm.JavaRunSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated program: its header, every shape of call compiling under JDK 25, and the command its header gives. */
class JavaProgramTest {
    private static final List<TaskSpec> GS16 = List.of(TaskSpec.io("A", 60).failing(), TaskSpec.io("B", 200), TaskSpec.cpu("C", 100));

    @Test void theHeaderSaysHowToRunItAndWhyPreview() {
        String sts = JavaProgram.generate(GS16, 0, JavaRunSpec.of(JavaApi.STRUCTURED), "Three downloads");
        assertAll(
                () -> assertTrue(sts.startsWith("// GatherLab: \"Three downloads\"\n")),
                () -> assertTrue(sts.contains("java --enable-preview --source 25 Run.java")),
                () -> assertTrue(sts.contains("StructuredTaskScope is a preview API in JDK 25 (JEP 505, fifth preview)")),
                () -> assertTrue(sts.contains("GatherLab's model (exact, virtual time): the call threw StructuredTaskScope.FailedException")),
                () -> assertTrue(sts.contains("System.setProperty(\"jdk.virtualThreadScheduler.parallelism\", \"4\")")),
                () -> assertTrue(sts.contains("try (var scope = StructuredTaskScope.open()) {")));
        String pool = JavaProgram.generate(GS16, 0, JavaRunSpec.of(JavaApi.INVOKE_ALL).withThreads(JavaThreads.PLATFORM).withCores(2), "x");
        assertAll(
                () -> assertTrue(pool.contains("this program uses no preview API")),
                () -> assertTrue(pool.contains("Executors.newFixedThreadPool(2)")),
                () -> assertFalse(pool.contains("System.setProperty(\"jdk.virtualThreadScheduler")));
    }

    @Test void aTaskCancelOnlyWhereThereIsAHandle() {
        List<TaskSpec> tasks = List.of(TaskSpec.io("A", 100).cancelledAt(50));
        assertTrue(JavaProgram.generate(tasks, 0, JavaRunSpec.of(JavaApi.CF_ANYOF), "").contains("Log.cancelAt(50, futures, 0);"));
        assertThrows(IllegalArgumentException.class, () -> JavaProgram.generate(tasks, 0, JavaRunSpec.of(JavaApi.STRUCTURED), ""));
    }

    @Test void theDocumentedCommandRunsItAndItSaysWhatHappened() throws IOException {
        Jdk25.require();
        Jdk25.Result r = Jdk25.runSource(JavaProgram.generate(GS16, 0, JavaRunSpec.of(JavaApi.STRUCTURED), "GS16"));
        assertAll(r.stdout() + "\n--- stderr:\n" + r.stderr(),
                () -> assertEquals(0, r.exit()),
                () -> assertTrue(r.stdout().contains("A starts (sleeps 60 ms)")),
                () -> assertTrue(r.stdout().contains("A throws TaskFailed(\"A\")")),
                () -> assertTrue(r.stdout().contains("B is interrupted: Thread.sleep throws InterruptedException")),
                () -> assertTrue(r.stdout().matches("(?s).*C returns \"C\"  \\(interrupted at [0-9.]+ ms, its CPU loop carried on\\).*")),
                () -> assertTrue(r.stdout().contains("the call throws StructuredTaskScope.FailedException (cause: TaskFailed(\"A\"))")),
                () -> assertTrue(r.stdout().contains("the try block exits: close() has waited for every thread")));
    }

    /** Every call shape and option compiles, odd names included, and a large scenario uses the compact table. */
    @Test void everyShapeCompilesAndRunsUnderJdk25() throws IOException {
        Jdk25.require();
        List<TaskSpec> odd = List.of(TaskSpec.io("Ünïcödé \"q\" \\u0041 \\", 20), TaskSpec.cpu("tab\there", 10).failing());
        Map<String, String> programs = new LinkedHashMap<>();
        List<JavaRunSpec> specs = new ArrayList<>();
        for (JavaApi api : JavaApi.values()) {
            for (Double timeout : new Double[] {null, 30.5}) {
                if (api == JavaApi.STRUCTURED) {
                    for (ScopeJoiner j : ScopeJoiner.values()) specs.add(JavaRunSpec.of(api).withJoiner(j).withTimeoutMs(timeout));
                } else {
                    specs.add(JavaRunSpec.of(api).withTimeoutMs(timeout));
                    specs.add(JavaRunSpec.of(api).withThreads(JavaThreads.PLATFORM).withCores(1).withTimeoutMs(timeout));
                }
            }
        }
        for (int i = 0; i < specs.size(); i++) programs.put("P" + i, JavaProgram.generate(odd, 0, specs.get(i), "odd \\u000a name", "P" + i));
        List<TaskSpec> many = new ArrayList<>();
        for (int i = 0; i < JavaProgram.LISTED_TASKS + 50; i++) many.add(TaskSpec.io("T" + i, 1 + i % 7));
        programs.put("Many", JavaProgram.generate(many, 0, JavaRunSpec.of(JavaApi.INVOKE_ALL), "many", "Many"));
        assertTrue(programs.get("Many").contains("Task.table("));
        Path compiled = Jdk25.compile(programs);
        ObjectMapper json = new ObjectMapper();
        try {
            for (String name : List.of("P0", "P" + (specs.size() - 1), "Many")) {
                Jdk25.Result r = Jdk25.run(compiled, name, "--json");
                assertEquals(0, r.exit(), name + ": " + r.stderr());
                JsonNode summary = json.readTree(r.stdout());
                assertEquals("gatherlab/java-run@1", summary.path("format").asText());
                if (!name.equals("Many")) assertEquals("Ünïcödé \"q\" \\u0041 \\", summary.path("tasks").path(0).path("name").asText());
                else assertEquals(JavaProgram.LISTED_TASKS + 50, summary.path("tasks").size());
            }
        } finally {
            Jdk25.delete(compiled);
        }
    }

    /**
     * Past {@link JavaProgram#LISTED_TASKS} the names are still Java string literals, never text the program
     * splits: a TAB or a newline in a name once rewrote the table (201 tasks in the file, 202 in the program).
     */
    @Test void namesCannotAddTasksToALargeProgram() throws IOException {
        Jdk25.require();
        List<TaskSpec> tasks = new ArrayList<>();
        tasks.add(TaskSpec.io("a\tIO\t1\tfalse\nInjected", 1));
        tasks.add(TaskSpec.io("quote \" back\\slash \\u0041 */ \r", 1));
        tasks.add(TaskSpec.io("\u00e9\uD83D\uDE00", 1));
        for (int i = tasks.size(); i < 5_000; i++) tasks.add(TaskSpec.io("T" + i, i % 3));
        String program = JavaProgram.generate(tasks, 0, JavaRunSpec.of(JavaApi.INVOKE_ALL), "names", "Names");
        assertFalse(program.contains("a\tIO"), "no name is written raw into the program");
        Path compiled = Jdk25.compile(Map.of("Names", program));
        try {
            Jdk25.Result r = Jdk25.run(compiled, "Names", "--json");
            assertEquals(0, r.exit(), r.stderr());
            JsonNode rows = new ObjectMapper().readTree(r.stdout()).path("tasks");
            assertEquals(tasks.size(), rows.size());
            for (int i = 0; i < tasks.size(); i++) assertEquals(tasks.get(i).name(), rows.path(i).path("name").asText(), "task " + i);
        } finally {
            Jdk25.delete(compiled);
        }
    }

    /** The program's fixed text is a Java file of its own (src/main/resources/org/gatherlab/jvm/Run.java) that compiles as it is. */
    @Test void theSkeletonResourceCompilesAsItIs() throws IOException {
        Jdk25.require();
        String skeleton;
        try (java.io.InputStream in = JavaProgram.class.getResourceAsStream("Run.java")) {
            skeleton = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(skeleton.endsWith(JavaProgram.SKELETON), "the generator uses the file as it is, notes dropped");
        Jdk25.delete(Jdk25.compile(Map.of("Run", skeleton)));
    }
}
