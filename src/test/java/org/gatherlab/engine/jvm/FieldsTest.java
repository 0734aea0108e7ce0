package org.gatherlab.engine.jvm;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A {@link Fields} map reads as the ordered map it stands for, its values made each time they are read. */
class FieldsTest {
    private int made;

    private final Fields fields = new Fields(List.of("task", "value", "error")) {
        @Override public Object[] valueArray() {
            made++;
            return new Object[] {"A", null, "TaskFailed"};
        }
    };

    @Test void readsAsTheOrderedMapItStandsFor() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("task", "A");
        expected.put("value", null);
        expected.put("error", "TaskFailed");
        assertEquals(expected, fields);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(fields.keySet()));
        assertEquals(3, fields.size());
        assertEquals("TaskFailed", fields.get("error"));
        assertNull(fields.get("value"));
        assertTrue(fields.containsKey("value"));
        assertFalse(fields.containsKey("javaState"));
        assertNull(fields.get("javaState"));
    }

    @Test void itsValuesAreMadeWhenReadAndNeverShared() {
        made = 0;
        Object[] first = fields.valueArray(), second = fields.valueArray();
        assertNotSame(first, second);
        fields.entrySet().iterator().next();
        assertEquals(3, made);
        assertThrows(UnsupportedOperationException.class, () -> fields.put("task", "B"));
    }
}
