package org.gatherlab.report;

import java.util.ArrayList;
import java.util.List;

import org.gatherlab.engine.TaskState;

/**
 * A run as a character picture, 76 columns wide: one row per task over a shared time axis, a row for
 * the loop when computation blocked it, a row per pool worker, and a row marking where the caller's
 * await ended. A column shows the state that filled most of its time, so a short but decisive stretch
 * can hide inside a wide column: the table above has the exact times.
 */
final class TextTimeline {
    private TextTimeline() {}

    static final int COLUMNS = 60;
    static final int NAME_WIDTH = 12;
    static final int MAX_TASK_ROWS = 40;
    static final int MAX_WORKER_ROWS = 8;
    private static final String MARGIN = "  ";

    static final List<String> LEGEND = List.of(
            "# computing on the loop   = awaiting I/O      - ready, waiting for the loop",
            ". waiting for a permit    ~ pool job queued   J pool job running",
            "* succeeded   ! failed   x cancelled   ^ the caller's await returned/raised");

    /** Added to the legend when a Java run is shown: its computing row is its threads', not a loop's. */
    static final String JAVA_LEGEND = "Java runs: # is a CPU loop on a carrier or pool thread, - a task waiting for one; the"
            + " carriers or pool threads row shows when at least one computes (the others run on)";

    static char glyph(LaneState state) {
        return switch (state) {
            case READY -> '-';
            case COMPUTING -> '#';
            case SLEEPING -> '=';
            case PERMIT -> '.';
            case JOB_QUEUED -> '~';
            case JOB_RUNNING -> 'J';
        };
    }

    static char glyph(TaskState end) {
        return switch (end) {
            case SUCCEEDED -> '*';
            case FAILED -> '!';
            case CANCELLED -> 'x';
            case NOT_STARTED -> ' ';
        };
    }

    /**
     * The rows for one run drawn on an axis from 0 to {@code spanMs}: the first {@link #MAX_TASK_ROWS} of the
     * run's {@code laneCount} task lanes ({@code lanes} may hold only those), {@code verb} at the caller's mark, and
     * {@code busy} naming the computing row.
     */
    static List<String> render(Lanes lanes, int laneCount, String verb, double spanMs, BusyLane busy) {
        double span = spanMs > 0 ? spanMs : 1;   // a run where nothing took time still gets a readable frame
        List<String> rows = new ArrayList<>();
        List<Lanes.Lane> shown = lanes.lanes().subList(0, Math.min(MAX_TASK_ROWS, lanes.lanes().size()));
        for (Lanes.Lane lane : shown) rows.add(row(Printable.escape(lane.name()), laneCells(lane, span)));
        if (laneCount > shown.size()) {
            rows.add(MARGIN + "... " + (laneCount - shown.size()) + " more tasks (all of them are in --format csv or json)");
        }
        if (!lanes.loopBusy().isEmpty()) rows.add(row(busy.row, spanCells(lanes.loopBusy(), '#', span)));
        List<Lanes.WorkerLane> workers = lanes.workers();
        for (Lanes.WorkerLane w : workers.subList(0, Math.min(MAX_WORKER_ROWS, workers.size()))) {
            rows.add(row("worker " + w.worker(), spanCells(w.jobs(), 'J', span)));
        }
        if (workers.size() > MAX_WORKER_ROWS) rows.add(MARGIN + "... " + (workers.size() - MAX_WORKER_ROWS) + " more workers");
        rows.add(row("caller", callerCells(lanes, verb, span)));
        rows.add(axis(span));
        return rows;
    }

    private static String row(String name, char[] cells) {
        return MARGIN + TextCells.left(name, NAME_WIDTH) + '|' + new String(cells) + '|';
    }

    static int column(double ms, double span) {
        return (int) Math.max(0, Math.min(COLUMNS - 1, Math.floor(ms / span * COLUMNS)));
    }

    private static char[] laneCells(Lanes.Lane lane, double span) {
        LaneState[] states = LaneState.values();
        double[][] time = new double[COLUMNS][states.length];
        for (Lanes.Segment s : lane.segments()) spread(s.fromMs(), s.toMs(), span, time, s.state().ordinal());
        char[] cells = blank();
        for (int c = 0; c < COLUMNS; c++) {
            int best = -1;
            for (int k = 0; k < states.length; k++) if (time[c][k] > 0 && (best < 0 || time[c][k] > time[c][best])) best = k;
            if (best >= 0) cells[c] = glyph(states[best]);
        }
        if (lane.end() != null) cells[column(lane.endMs(), span)] = glyph(lane.end());
        return cells;
    }

    /** Adds the part of {@code [from, to)} that falls in each column to that column's tally for one state. */
    private static void spread(double from, double to, double span, double[][] time, int state) {
        double width = span / COLUMNS;
        for (int c = column(from, span); c <= column(to, span); c++) {
            double overlap = Math.min(to, (c + 1) * width) - Math.max(from, c * width);
            if (overlap > 0) time[c][state] += overlap;
        }
    }

    private static char[] spanCells(List<Lanes.Span> spans, char mark, double span) {
        char[] cells = blank();
        for (Lanes.Span s : spans) {
            int last = column(Math.nextDown(s.toMs()), span);
            for (int c = column(s.fromMs(), span); c <= last; c++) cells[c] = mark;
        }
        return cells;
    }

    private static char[] callerCells(Lanes lanes, String verb, double span) {
        char[] cells = blank();
        for (Lanes.Mark m : lanes.caller()) {
            if (m.kind() != Lanes.MarkKind.RETURNED && m.kind() != Lanes.MarkKind.RAISED) continue;
            int at = column(m.atMs(), span);
            cells[at] = '^';
            String text = verb;
            if (at + 2 + text.length() <= COLUMNS) text.getChars(0, text.length(), cells, at + 2);
            else if (at - 1 - text.length() >= 0) text.getChars(0, text.length(), cells, at - 1 - text.length());
        }
        return cells;
    }

    private static String axis(double span) {
        char[] cells = blank();
        String start = "0", mid = Values.ms(span / 2), end = Values.ms(span);
        start.getChars(0, start.length(), cells, 0);
        int midAt = COLUMNS / 2 - mid.length() / 2;
        if (midAt > start.length() + 1 && midAt + mid.length() < COLUMNS - end.length() - 1) {
            mid.getChars(0, mid.length(), cells, midAt);
        }
        if (end.length() < COLUMNS - 2) end.getChars(0, end.length(), cells, COLUMNS - end.length());
        return MARGIN + TextCells.left("ms", NAME_WIDTH) + ' ' + new String(cells);
    }

    private static char[] blank() {
        char[] cells = new char[COLUMNS];
        java.util.Arrays.fill(cells, ' ');
        return cells;
    }
}
