package org.gatherlab.engine;

import java.util.List;
import java.util.Objects;

/** A scenario: tasks, and the runs that await them. Validation lives with the file format, not here. */
public record Scenario(String name, String description, long seed, List<TaskSpec> tasks, List<RunSpec> runs) {
    public static final String FORMAT = "gatherlab/scenario@1";

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        tasks = List.copyOf(tasks);
        runs = List.copyOf(runs);
    }

    public static Scenario of(String name, List<TaskSpec> tasks, List<RunSpec> runs) {
        return new Scenario(name, "", 0, tasks, runs);
    }

    public Scenario withSeed(long newSeed) { return new Scenario(name, description, newSeed, tasks, runs); }

    public Scenario withTasks(List<TaskSpec> newTasks) { return new Scenario(name, description, seed, newTasks, runs); }

    public Scenario withRuns(List<RunSpec> newRuns) { return new Scenario(name, description, seed, tasks, newRuns); }
}
