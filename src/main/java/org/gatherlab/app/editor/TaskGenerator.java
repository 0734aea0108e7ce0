package org.gatherlab.app.editor;

import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated task lists: a pure function of the {@link GenerateSpec}, so one seed always gives the same tasks. */
public final class TaskGenerator {
    private TaskGenerator() {}

    public static List<TaskSpec> generate(GenerateSpec spec) {
        List<String> problems = spec.problems(Words.english());   // the dialog has checked them: a caller's bug
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("\n", problems));
        SplittableRandom random = new SplittableRandom(spec.seed());
        boolean[] cpu = chooseCpuTasks(spec.count(), spec.cpuCount(), random);
        int span = spec.maxDurationMs() - spec.minDurationMs() + 1;
        List<TaskSpec> tasks = new ArrayList<>(spec.count());
        for (int i = 0; i < spec.count(); i++) {
            int duration = spec.minDurationMs() + random.nextInt(span);
            tasks.add(new TaskSpec(name(i, spec.count()), cpu[i] ? TaskKind.CPU : TaskKind.IO, duration,
                    spec.failureRate(), null, null));
        }
        return tasks;
    }

    /**
     * A–Z while they suffice (as in the lessons); otherwise {@code T0}, {@code T1}, ... so that task
     * {@code T17} is {@code tasks[17]} in every message.
     */
    static String name(int index, int count) {
        return count <= 26 ? String.valueOf((char) ('A' + index)) : "T" + index;
    }

    /** Exactly {@code k} of {@code n} positions, chosen by a partial Fisher–Yates shuffle. */
    private static boolean[] chooseCpuTasks(int n, int k, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            chosen[order[i]] = true;
        }
        return chosen;
    }
}
