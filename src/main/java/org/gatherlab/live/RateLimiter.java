package org.gatherlab.live;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Token buckets per client: each client may spend {@code burst} at once and earns {@code perSecond} back. Buckets
 * that are full again are forgotten, so memory follows the active clients, not everyone ever seen.
 */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private long lastSweep;

    /** {@code nanoTime} is the clock ({@code SystemTime::nanos} outside tests). */
    RateLimiter(double perSecond, double burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.lastSweep = nanoTime.getAsLong();
    }

    /** Takes one token from the client's bucket; false when it is empty (the request is to be refused). */
    synchronized boolean tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        sweep(now);
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        b.tokens = b.tokensAt(now);
        b.at = now;
        if (b.tokens < 1) return false;
        b.tokens -= 1;
        return true;
    }

    /** Whether the client has a token left, without taking it. */
    synchronized boolean available(String client) {
        Bucket b = buckets.get(client);
        return b == null || b.tokensAt(nanoTime.getAsLong()) >= 1;
    }

    /** Seconds until the client has a token again (for Retry-After), at least 1. */
    synchronized long retryAfterSeconds(String client) {
        Bucket b = buckets.get(client);
        if (b == null) return 1;
        return Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond));
    }

    private void sweep(long now) {
        if (now - lastSweep < 10_000_000_000L) return;
        lastSweep = now;
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) if (it.next().tokensAt(now) >= burst) it.remove();
    }

    private final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        double tokensAt(long now) { return Math.min(burst, tokens + (now - at) / 1e9 * perSecond); }
    }
}
