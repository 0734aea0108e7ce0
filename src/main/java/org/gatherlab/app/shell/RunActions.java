package org.gatherlab.app.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gatherlab.engine.ClockKind;
import org.gatherlab.engine.Scenario;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * What the main window's Run and Stop do: the seam between the editor's window and the comparison area
 * ({@code org.gatherlab.app.run.ComparisonModel}). Run is enabled while the scenario is valid and nothing runs;
 * Stop while something runs.
 */
public interface RunActions {
    void run(Scenario scenario, ClockKind clock);

    void stop();

    ReadOnlyBooleanProperty runningProperty();

    /** A line for the status bar about the run ("gather: 3 of 5 tasks done"), or empty. */
    ReadOnlyStringProperty statusProperty();

    /** Adapts a comparison model: {@code RunActions.of(model::run, model::stop, model.runningProperty(), model.statusProperty())}. */
    static RunActions of(BiConsumer<Scenario, ClockKind> run, Runnable stop, ReadOnlyBooleanProperty running,
                         ReadOnlyStringProperty status) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(status, "status");
        return new RunActions() {
            @Override
            public void run(Scenario scenario, ClockKind clock) { run.accept(scenario, clock); }

            @Override
            public void stop() { stop.run(); }

            @Override
            public ReadOnlyBooleanProperty runningProperty() { return running; }

            @Override
            public ReadOnlyStringProperty statusProperty() { return status; }
        };
    }

    /** Until the comparison area is connected: Run says so in the status bar. */
    static RunActions unconnected() {
        ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
        ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
        return of((scenario, clock) -> status.set("The comparison area is not connected yet: nothing to run "
                        + scenario.runs().size() + " runs with (" + clock.json() + " clock)"),
                () -> status.set("Stopped"), running.getReadOnlyProperty(), status.getReadOnlyProperty());
    }
}
