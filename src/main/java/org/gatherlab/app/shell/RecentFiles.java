package org.gatherlab.app.shell;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files opened or saved last, most recent first, at most {@value #MAX}; remembered in the settings. */
public final class RecentFiles {
    public static final int MAX = 8;
    static final String KEY = "recentFiles";

    private final Settings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Settings settings) {
        this.settings = settings;
        List<Path> stored = new ArrayList<>();
        for (String line : settings.get(KEY, "").split("\n")) {
            if (!line.isBlank() && stored.size() < MAX) {
                try {
                    Path p = Path.of(line);
                    if (!stored.contains(p)) stored.add(p);
                } catch (RuntimeException badPath) {
                    // a path this system cannot hold: dropped
                }
            }
        }
        files.setAll(stored);
    }

    public ObservableList<Path> files() { return view; }

    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) next.remove(next.size() - 1);
        store(next);
    }

    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(file.toAbsolutePath().normalize())) store(next);
    }

    public void clear() { store(List.of()); }

    private void store(List<Path> next) {
        files.setAll(next);
        settings.put(KEY, String.join("\n", next.stream().map(Path::toString).toList()));
    }
}
