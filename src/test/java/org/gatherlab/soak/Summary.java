package org.gatherlab.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a soak's samples say: growth of the live threads and of the heap after GC between the start (after a
 * warm-up: the first tenth of the samples, when classes, caches and the JIT settle) and the end, the heap's trend
 * (least squares), and the Stop latencies.
 */
record Summary(int samples, int threadsStart, int threadsEnd, int threadsMax, double heapStartMiB, double heapEndMiB,
               double heapSlopeMiBPerHour, double worstStopMs, double worstOfFirst100Ms, double medianStopMs, int stops) {
    /** Quarter-to-quarter heap difference that is noise (allocation buffers, a lesson's cached report), not a leak. */
    static final double HEAP_NOISE_MIB = 8;

    /** @param lines "seconds,comparisons,threads,heapMiB" without the header */
    static Summary of(List<String> lines, List<Double> stopMs) {
        List<double[]> rows = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split(",");
            rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        int warm = Math.max(1, rows.size() / 10);
        List<double[]> kept = rows.size() > warm + 4 ? rows.subList(warm, rows.size()) : rows;
        int q = Math.max(1, kept.size() / 4);
        List<double[]> first = kept.subList(0, q);
        List<double[]> last = kept.subList(kept.size() - q, kept.size());
        int threadsStart = (int) first.stream().mapToDouble(r -> r[2]).max().orElse(0);
        int threadsEnd = (int) last.stream().mapToDouble(r -> r[2]).max().orElse(0);
        int threadsMax = (int) kept.stream().mapToDouble(r -> r[2]).max().orElse(0);
        double heapStart = first.stream().mapToDouble(r -> r[3]).average().orElse(0);
        double heapEnd = last.stream().mapToDouble(r -> r[3]).average().orElse(0);
        double slope = slope(kept) * 3600;
        List<Double> sorted = stopMs.stream().sorted().toList();
        double worst = sorted.isEmpty() ? 0 : sorted.getLast();
        double worst100 = stopMs.stream().limit(100).mapToDouble(Double::doubleValue).max().orElse(0);
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        return new Summary(rows.size(), threadsStart, threadsEnd, threadsMax, heapStart, heapEnd, slope, worst, worst100, median, stopMs.size());
    }

    int threadGrowth() { return threadsEnd - threadsStart; }

    double heapGrowthMiB() { return heapEndMiB - heapStartMiB; }

    String describe() {
        return String.format(Locale.ROOT, "%d samples; live threads %d after warm-up, %d at the end (max %d); heap after GC "
                        + "%.1f MiB after warm-up, %.1f MiB at the end (%+.1f MiB, trend %+.2f MiB/hour); %d Stops: median %.1f ms, "
                        + "worst of the first 100 %.1f ms, worst %.1f ms",
                samples, threadsStart, threadsEnd, threadsMax, heapStartMiB, heapEndMiB, heapGrowthMiB(), heapSlopeMiBPerHour,
                stops, medianStopMs, worstOfFirst100Ms, worstStopMs);
    }

    /** Least-squares slope of heap (MiB) over time (s). */
    private static double slope(List<double[]> rows) {
        int n = rows.size();
        if (n < 2) return 0;
        double mx = rows.stream().mapToDouble(r -> r[0]).average().orElse(0);
        double my = rows.stream().mapToDouble(r -> r[3]).average().orElse(0);
        double num = 0, den = 0;
        for (double[] r : rows) {
            num += (r[0] - mx) * (r[3] - my);
            den += (r[0] - mx) * (r[0] - mx);
        }
        return den == 0 ? 0 : num / den;
    }
}
