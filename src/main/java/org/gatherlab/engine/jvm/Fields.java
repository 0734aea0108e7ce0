package org.gatherlab.engine.jvm;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only ordered map of fixed keys whose values are made each time they are read ({@link #values()}): a Java
 * task's {@code java} object and an item of a Java outcome. A report keeps one per task until it is written, and at
 * 100,000 tasks the maps themselves (a hashed entry per member) were much of what a Java run allocated beyond a Python
 * one; a writer that knows this type reads the keys and one array of values, and nothing else is made.
 */
public abstract class Fields extends AbstractMap<String, Object> {
    private final List<String> keys;

    protected Fields(List<String> keys) {
        this.keys = keys;
    }

    /** The keys, in order (shared by every map of its kind). */
    public final List<String> keys() { return keys; }

    /** The values, in the keys' order, made now: a fresh array the caller may keep. */
    public abstract Object[] valueArray();

    @Override
    public final int size() { return keys.size(); }

    @Override
    public final Object get(Object key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : valueArray()[i];
    }

    @Override
    public final boolean containsKey(Object key) { return keys.contains(key); }

    @Override
    public final Set<Entry<String, Object>> entrySet() {
        Object[] values = valueArray();
        return new AbstractSet<>() {
            @Override public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override public boolean hasNext() { return next < values.length; }

                    @Override public Entry<String, Object> next() {
                        if (next >= values.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys.get(i), values[i]);
                    }
                };
            }

            @Override public int size() { return values.length; }
        };
    }
}
