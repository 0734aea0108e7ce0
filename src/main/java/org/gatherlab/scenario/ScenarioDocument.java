package org.gatherlab.scenario;

import org.gatherlab.engine.Scenario;
import org.gatherlab.engine.TaskSpec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario together with the JSON objects it was read from, so that saving it again keeps fields this
 * version does not know and the defaults the author wrote out. {@code taskSources} and {@code runSources}
 * line up with the scenario's tasks and runs.
 */
public record ScenarioDocument(Scenario scenario, SourceObject root, List<SourceObject> taskSources,
                               List<SourceObject> runSources) {
    public ScenarioDocument {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(root, "root");
        taskSources = List.copyOf(taskSources);
        runSources = List.copyOf(runSources);
        if (taskSources.size() != scenario.tasks().size() || runSources.size() != scenario.runs().size()) {
            throw new IllegalArgumentException("need one source object per task and per run");
        }
    }

    /** A scenario made in the app: nothing to keep, only non-default fields will be written. */
    public static ScenarioDocument of(Scenario scenario) {
        return new ScenarioDocument(scenario, SourceObject.empty(),
                nCopies(scenario.tasks().size()), nCopies(scenario.runs().size()));
    }

    /**
     * This document with an edited scenario. Each edited task keeps the source (unknown fields, spelled-out
     * defaults) of the old task that has its name; failing that, of an unclaimed old task equal to it apart
     * from the name (a rename); failing that, of the unclaimed old task at its position (a rename together with
     * other edits). So deleting, reordering and renaming tasks keep each task's unknown fields with that task.
     * Runs have no identity and are matched by position.
     */
    public ScenarioDocument with(Scenario edited) {
        return new ScenarioDocument(edited, root, matchTasks(edited.tasks()), matchRuns(edited.runs().size()));
    }

    private List<SourceObject> matchTasks(List<TaskSpec> edited) {
        List<TaskSpec> old = scenario.tasks();
        Map<String, Integer> oldIndexByName = new HashMap<>();
        for (int i = old.size() - 1; i >= 0; i--) oldIndexByName.put(old.get(i).name(), i);
        boolean[] claimed = new boolean[old.size()];
        SourceObject[] matched = new SourceObject[edited.size()];
        for (int i = 0; i < edited.size(); i++) {
            Integer j = oldIndexByName.get(edited.get(i).name());
            if (j != null && !claimed[j]) matched[i] = claim(j, claimed);
        }
        // Keyed by everything but the name, so thousands of renames stay linear.
        Map<TaskSpec, ArrayDeque<Integer>> unclaimedByContent = new HashMap<>();
        for (int j = 0; j < old.size(); j++) {
            if (!claimed[j]) unclaimedByContent.computeIfAbsent(old.get(j).withName(""), k -> new ArrayDeque<>()).add(j);
        }
        for (int i = 0; i < edited.size(); i++) {
            if (matched[i] != null) continue;
            ArrayDeque<Integer> same = unclaimedByContent.get(edited.get(i).withName(""));
            if (same != null && !same.isEmpty()) matched[i] = claim(same.poll(), claimed);
        }
        for (int i = 0; i < edited.size(); i++) {
            if (matched[i] != null) continue;
            matched[i] = i < old.size() && !claimed[i] ? claim(i, claimed) : SourceObject.empty();
        }
        return List.of(matched);
    }

    private SourceObject claim(int oldIndex, boolean[] claimed) {
        claimed[oldIndex] = true;
        return taskSources.get(oldIndex);
    }

    private List<SourceObject> matchRuns(int count) {
        List<SourceObject> matched = new ArrayList<>(count);
        for (int i = 0; i < count; i++) matched.add(i < runSources.size() ? runSources.get(i) : SourceObject.empty());
        return matched;
    }

    private static List<SourceObject> nCopies(int n) { return Collections.nCopies(n, SourceObject.empty()); }
}
