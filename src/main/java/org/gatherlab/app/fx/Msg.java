package org.gatherlab.app.fx;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gatherlab.app.classroom.predict.Rules;

/**
 * A text not yet put into words: a bundle key and its arguments (which may be {@code Msg}s themselves). Models
 * that explain things ({@link Rules}) return these, so the explanation follows a language switch.
 */
public record Msg(String key, List<Object> args) {
    public Msg {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
    }
}
