package org.gatherlab.engine.jvm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A run's races read as the list they were given, each task's first race found by name. */
class RaceListTest {
    private static JavaRace race(String task, double at) {
        return new JavaRace(task, at, JavaRace.Kind.TIE, BodyEnd.RETURNED, null);
    }

    @Test void eachTasksFirstRaceIsFoundByName() {
        JavaRace a = race("A", 100), b = race("B", 100), aAgain = race("A", 200);
        RaceList races = RaceList.of(List.of(a, b, aAgain));
        assertEquals(List.of(a, b, aAgain), races);
        assertSame(a, races.of("A"));
        assertSame(b, races.of("B"));
        assertNull(races.of("C"));
        assertSame(races, RaceList.of(races));
        assertThrows(UnsupportedOperationException.class, () -> races.add(b));
    }

    @Test void aRunWithARaceForEveryTaskFindsEachAtOnce() {
        // 100,000 races, each looked up once: a scan per lookup would be 5e9 comparisons, which this test would not outlive.
        List<JavaRace> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) many.add(race("t" + i, i));
        RaceList races = RaceList.of(many);
        for (int i = 0; i < 100_000; i++) assertEquals(i, races.of("t" + i).atMs());
    }
}
