package org.gatherlab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Playback state without the toolkit: time is fed in by hand. */
class PlaybackModelTest {
    private static final long MS = 1_000_000L;

    private static PlaybackModel loaded() {
        PlaybackModel p = new PlaybackModel();
        p.load(600, new double[] {0, 100, 100, 300, 80, 600, 0});
        return p;
    }

    @Test void playingAdvancesByElapsedTimeTimesSpeed() {
        PlaybackModel p = loaded();
        p.play();
        p.advance(50 * MS);
        assertEquals(50, p.getPlayheadMs(), 1e-9);
        p.setSpeed(0.1);
        p.advance(100 * MS);
        assertEquals(60, p.getPlayheadMs(), 1e-9);
        p.setSpeed(4);
        p.advance(10 * MS);
        assertEquals(100, p.getPlayheadMs(), 1e-9);
    }

    @Test void pausedPlaybackStaysPut() {
        PlaybackModel p = loaded();
        p.play();
        p.advance(20 * MS);
        p.pause();
        p.advance(500 * MS);
        assertEquals(20, p.getPlayheadMs(), 1e-9);
        p.togglePlay();
        assertTrue(p.isPlaying());
        p.togglePlay();
        assertFalse(p.isPlaying());
    }

    @Test void playbackStopsAtTheEndOfTheLongestRunAndPlayReplaysFromTheStart() {
        PlaybackModel p = loaded();
        p.play();
        p.advance(10_000 * MS);
        assertEquals(600, p.getPlayheadMs());
        assertFalse(p.isPlaying());
        p.play();
        assertEquals(0, p.getPlayheadMs());
        assertTrue(p.isPlaying());
    }

    @Test void stepsGoToTheNextAndPreviousEventOfAnyRun() {
        PlaybackModel p = loaded();
        p.play();
        p.stepForward();
        assertFalse(p.isPlaying(), "stepping pauses");
        assertEquals(80, p.getPlayheadMs());
        p.stepForward();
        assertEquals(100, p.getPlayheadMs(), "two events at 100 ms are one stop");
        p.stepForward();
        assertEquals(300, p.getPlayheadMs());
        p.scrub(250);
        p.stepBack();
        assertEquals(100, p.getPlayheadMs());
        p.stepBack();
        p.stepBack();
        p.stepBack();
        assertEquals(0, p.getPlayheadMs());
        p.scrub(600);
        p.stepForward();
        assertEquals(600, p.getPlayheadMs(), "nothing after the end");
    }

    @Test void speedIsClampedToATenthToFourTimes() {
        PlaybackModel p = loaded();
        assertEquals(1, p.getSpeed());
        p.setSpeed(0.01);
        assertEquals(0.1, p.getSpeed());
        p.setSpeed(10);
        assertEquals(4, p.getSpeed());
    }

    @Test void scrubbingIsClampedToTheRuns() {
        PlaybackModel p = loaded();
        p.scrub(-5);
        assertEquals(0, p.getPlayheadMs());
        p.scrub(1e9);
        assertEquals(600, p.getPlayheadMs());
    }

    @Test void anEmptyPlaybackDoesNothing() {
        PlaybackModel p = new PlaybackModel();
        p.play();
        p.stepForward();
        p.advance(100 * MS);
        assertFalse(p.isPlaying());
        assertEquals(0, p.getPlayheadMs());
        assertTrue(p.isEmpty());
    }
}
