package org.gatherlab.app.editor;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.app.fx.Messages;

/** "with seed 42, B fails": which tasks the seed makes fail, named while they are few, else counted. */
final class FailureSentence {
    private FailureSentence() {}

    static String of(Messages messages, long seed, int failing, List<TaskRow> rows) {
        if (failing == 0) return messages.format("editor.fails.none", seed);
        if (failing <= 3) {
            List<String> names = new ArrayList<>();
            for (TaskRow row : rows) if (row.state().fails()) names.add(row.task().name());
            return messages.format(failing == 1 ? "editor.fails.single" : "editor.fails.some", seed, String.join(", ", names));
        }
        return messages.count("editor.fails.many", failing, seed, messages.words().number(rows.size()));
    }
}
