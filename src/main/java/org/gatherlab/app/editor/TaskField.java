package org.gatherlab.app.editor;

import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;

import java.util.Optional;

/** The editable fields of a task, named as in the scenario file (so a problem's path names its column). */
public enum TaskField {
    NAME("name", "Label in every view and report; 1–40 characters, unique"),
    KIND("kind", "io: awaits a timer (await asyncio.sleep(d)), freeing the loop\ncpu: computes without awaiting, holding the loop thread"),
    DURATION_MS("durationMs", "How long the work takes, in milliseconds (0–3,600,000)"),
    FAILURE_RATE("failureRate", "Probability (0–1) that the task raises TaskFailed instead of returning"),
    FAIL_AT_MS("failAtMs", "When a failing task raises, counted from its own start (default: durationMs)"),
    CANCEL_AT_MS("cancelAtMs", "Someone outside calls task.cancel() at this time (empty: never)");

    private final String json;
    private final String help;

    TaskField(String json, String help) {
        this.json = json;
        this.help = help;
    }

    /** The field's name in the file and in problem paths ({@code tasks[2].durationMs}). */
    public String json() { return json; }

    /** What the field means, for tooltips. */
    public String help() { return help; }

    public static Optional<TaskField> fromJson(String name) {
        for (TaskField f : values()) if (f.json.equals(name)) return Optional.of(f);
        return Optional.empty();
    }

    /** The field's value as the editor shows it. */
    public String format(TaskSpec task) {
        return switch (this) {
            case NAME -> task.name();
            case KIND -> task.kind().json();
            case DURATION_MS -> FieldText.number(task.durationMs());
            case FAILURE_RATE -> FieldText.number(task.failureRate());
            case FAIL_AT_MS -> FieldText.optionalNumber(task.failAtMs());
            case CANCEL_AT_MS -> FieldText.optionalNumber(task.cancelAtMs());
        };
    }

    /** The task with this field set from typed text. */
    TaskSpec parse(TaskSpec t, String text) throws InvalidInput {
        return switch (this) {
            case NAME -> t.withName(text == null ? "" : text.strip());
            case KIND -> new TaskSpec(t.name(), kind(text), t.durationMs(), t.failureRate(), t.failAtMs(), t.cancelAtMs());
            case DURATION_MS -> new TaskSpec(t.name(), t.kind(), FieldText.requiredNumber(text), t.failureRate(), t.failAtMs(), t.cancelAtMs());
            case FAILURE_RATE -> {
                Double rate = FieldText.optionalNumber(text);
                yield t.withFailureRate(rate == null ? 0 : rate);
            }
            case FAIL_AT_MS -> new TaskSpec(t.name(), t.kind(), t.durationMs(), t.failureRate(), FieldText.optionalNumber(text), t.cancelAtMs());
            case CANCEL_AT_MS -> new TaskSpec(t.name(), t.kind(), t.durationMs(), t.failureRate(), t.failAtMs(), FieldText.optionalNumber(text));
        };
    }

    private static TaskKind kind(String text) throws InvalidInput {
        String s = text == null ? "" : text.strip();
        for (TaskKind k : TaskKind.values()) if (k.json().equals(s)) return k;
        throw new InvalidInput("must be \"io\" or \"cpu\", got " + FieldText.quote(s));
    }
}
