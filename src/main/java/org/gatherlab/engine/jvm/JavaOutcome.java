package org.gatherlab.engine.jvm;

import org.gatherlab.engine.Outcome;

import java.util.ArrayList;
import java.util.List;

/** What the Java call returned or threw, in Java's words, and how it reads in the shared report. */
public sealed interface JavaOutcome {

    /**
     * One element of what the call returned, in fork/argument order (or the one winner).
     *
     * @param value     the task's value ({@code "A"}) when it has one, else null
     * @param javaState the handle's state where the caller holds handles ({@code SUCCESS}, {@code FAILED},
     *                  {@code CANCELLED} for a {@code Future}; {@code SUCCESS}, {@code FAILED} for a {@code Subtask});
     *                  null for a bare value
     * @param error     the exception the handle holds ({@code TaskFailed}, {@code CancellationException}), else null
     */
    record Item(String task, String value, String javaState, String error) {
        public static Item value(String task) { return new Item(task, task, null, null); }
    }

    /**
     * The call returned. {@code returns} names what Java hands back, e.g. {@code List<Future<String>>}.
     */
    record Returned(String returns, List<Item> items) implements JavaOutcome {
        public Returned { items = List.copyOf(items); }
    }

    /**
     * The call threw {@code exception} (simple name; {@code StructuredTaskScope.FailedException} and
     * {@code StructuredTaskScope.TimeoutException} keep their outer class), whose cause is {@code cause}
     * (null when it has none) thrown by {@code causeTask} (null when no task threw it).
     */
    record Threw(String exception, String cause, String causeTask) implements JavaOutcome { }

    /** e.g. {@code threw CompletionException (cause: TaskFailed("A"))}, {@code returned [FAILED(TaskFailed), SUCCESS("B")]}. */
    default String describe() {
        return switch (this) {
            case Threw t -> "threw " + t.exception() + (t.cause() == null ? "" : " (cause: " + t.cause()
                    + (t.causeTask() == null ? "" : "TaskFailed".equals(t.cause()) ? "(\"" + t.causeTask() + "\")" : ", task " + t.causeTask()) + ")");
            case Returned r -> {
                List<String> parts = new ArrayList<>();
                for (Item i : r.items()) {
                    if (i.javaState() == null) parts.add("\"" + i.value() + "\"");
                    else if (i.value() != null) parts.add(i.javaState() + "(\"" + i.value() + "\")");
                    else parts.add(i.javaState() + (i.error() == null ? "" : "(" + i.error() + ")"));
                }
                yield "returned " + (parts.size() == 1 && r.items().getFirst().javaState() == null ? parts.getFirst() : parts.toString());
            }
        };
    }

    /**
     * The outcome in the shared vocabulary: {@code Raised(exception, [causeTask])} or {@code Returned(results)}, each
     * result a value or an error ({@code TaskFailed}, {@code CancellationException}).
     */
    default Outcome toShared() {
        return switch (this) {
            case Threw t -> new Outcome.Raised(t.exception(), t.causeTask() == null ? List.of() : List.of(t.causeTask()));
            case Returned r -> {
                List<Outcome.Result> results = new ArrayList<>();
                for (Item i : r.items())
                    results.add(i.value() != null ? new Outcome.Result(i.task(), i.value(), null)
                            : Outcome.Result.error(i.task(), i.error() != null ? i.error() : i.javaState()));
                yield new Outcome.Returned(results);
            }
        };
    }

    default String kind() { return this instanceof Threw ? "threw" : "returned"; }
}
