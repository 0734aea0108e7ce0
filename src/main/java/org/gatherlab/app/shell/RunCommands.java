package org.gatherlab.app.shell;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;

import org.gatherlab.app.editor.ScenarioEditorModel;
import org.gatherlab.app.fx.Messages;
import org.gatherlab.engine.ClockKind;

/**
 * Run and Stop for the main window: they go to whatever comparison area is connected ({@link RunActions}; until one
 * is, Run says so). Run is offered while the scenario is valid and nothing runs, Stop while something runs. A Run
 * asked for while the scenario is still being checked starts when the check passes, and not at all if it finds
 * problems.
 */
final class RunCommands {
    private final ScenarioEditorModel editor;
    private final Messages messages;
    private final Consumer<String> status;
    private final ObjectProperty<RunActions> actions = new SimpleObjectProperty<>(this, "runActions", RunActions.unconnected());
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanBinding cannotRun;
    /** A Run asked for while the scenario was still being checked. */
    private ClockKind pending;

    RunCommands(ScenarioEditorModel editor, Messages messages, Consumer<String> status) {
        this.editor = editor;
        this.messages = messages;
        this.status = status;
        running.bind(actions.get().runningProperty());
        ChangeListener<String> runStatus = (o, a, b) -> {
            if (b != null && !b.isEmpty()) status.accept(b);
        };
        actions.get().statusProperty().addListener(runStatus);
        actions.addListener((o, old, now) -> {
            running.bind(now.runningProperty());
            old.statusProperty().removeListener(runStatus);
            now.statusProperty().addListener(runStatus);
        });
        cannotRun = editor.validProperty().not().or(running).or(editor.generatingProperty());
        editor.checkingProperty().addListener((o, was, checking) -> {
            if (checking || pending == null) return;
            ClockKind clock = pending;
            pending = null;
            if (editor.validProperty().get()) actions.get().run(editor.scenario(), clock);
            else status.accept(messages.text("status.notRun"));
        });
    }

    /** Where Run and Stop go from now on. */
    void connect(RunActions to) { actions.set(Objects.requireNonNull(to, "actions")); }

    ObservableBooleanValue running() { return running; }

    BooleanBinding cannotRun() { return cannotRun; }

    /** Runs what the person sees (the caller has committed a field being typed in). */
    void run(ClockKind clock) {
        if (editor.validProperty().get()) {
            pending = null;
            actions.get().run(editor.scenario(), clock);
        } else if (editor.checkingProperty().get()) {
            pending = clock;
        } else {
            status.accept(messages.text("status.notRun"));
        }
    }

    void stop() { actions.get().stop(); }
}
