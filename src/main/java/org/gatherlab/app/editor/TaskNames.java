package org.gatherlab.app.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gatherlab.app.fx.Messages;

/** Names for new tasks: the first free letter, and copies named "A copy", "A copy 2", ... in the app's language. */
final class TaskNames {
    static final int MAX_NAME_LENGTH = 40;

    private TaskNames() {}

    static Set<String> names(List<TaskRow> rows) {
        Set<String> used = new HashSet<>(rows.size() * 2);
        for (TaskRow row : rows) used.add(row.task().name());
        return used;
    }

    /** A–Z, else T&lt;n&gt;. */
    static String freeName(Set<String> used) {
        for (char c = 'A'; c <= 'Z'; c++) if (!used.contains(String.valueOf(c))) return String.valueOf(c);
        for (int n = used.size(); ; n++) if (!used.contains("T" + n)) return "T" + n;
    }

    /** "A copy", "A copy 2", ... (in the app's language), cut to fit the 40 characters a name may have. */
    static String copyName(Messages messages, String original, Set<String> used) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? messages.format("editor.copyName.first", "") : messages.format("editor.copyName.nth", "", n);
            int room = MAX_NAME_LENGTH - suffix.codePointCount(0, suffix.length());
            String base = original.codePointCount(0, original.length()) > room
                    ? original.substring(0, original.offsetByCodePoints(0, room)) : original;
            String candidate = n == 1 ? messages.format("editor.copyName.first", base) : messages.format("editor.copyName.nth", base, n);
            if (!used.contains(candidate)) return candidate;
        }
    }
}
