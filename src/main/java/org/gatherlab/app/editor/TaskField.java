package org.gatherlab.app.editor;

import org.gatherlab.app.fx.Words;
import org.gatherlab.engine.TaskKind;
import org.gatherlab.engine.TaskSpec;

import java.util.Optional;

/** The editable fields of a task, named as in the scenario file (so a problem's path names its column). */
public enum TaskField {
    NAME("name"), KIND("kind"), DURATION_MS("durationMs"), FAILURE_RATE("failureRate"), FAIL_AT_MS("failAtMs"), CANCEL_AT_MS("cancelAtMs");

    private final String json;

    TaskField(String json) { this.json = json; }

    /** The field's name in the file and in problem paths ({@code tasks[2].durationMs}); also its column's header. */
    public String json() { return json; }

    /** What the field means, for tooltips, in the app's language. */
    public String help(Words w) {
        return switch (this) {
            case NAME -> w.text("field.task.name.help");
            case KIND -> w.text("field.task.kind.help");
            case DURATION_MS -> w.text("field.task.durationMs.help");
            case FAILURE_RATE -> w.text("field.task.failureRate.help");
            case FAIL_AT_MS -> w.text("field.task.failAtMs.help");
            case CANCEL_AT_MS -> w.text("field.task.cancelAtMs.help");
        };
    }

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
