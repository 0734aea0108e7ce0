package org.gatherlab.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.random.RandomGenerator;

/**
 * The short code a student types to join: six digits (a phone shows its number pad for them), shown as
 * {@code 482 913}. It keeps out whoever is on the same network but not in the room; the server limits
 * wrong guesses per client, so a million codes is plenty.
 */
public record JoinCode(String digits) {
    public static final int LENGTH = 6;

    public JoinCode {
        if (digits == null || !digits.matches("[0-9]{" + LENGTH + "}")) throw new IllegalArgumentException("a join code is six digits");
    }

    public static JoinCode random(RandomGenerator random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) s.append((char) ('0' + random.nextInt(10)));
        return new JoinCode(s.toString());
    }

    /** Whether what the student typed is this code; spaces and dashes are ignored, the comparison takes constant time. */
    public boolean matches(String typed) {
        if (typed == null || typed.length() > 32) return false;
        String clean = typed.replaceAll("[\\s-]", "");
        return MessageDigest.isEqual(clean.getBytes(StandardCharsets.UTF_8), digits.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code 482 913}: easier to read off a projector. */
    public String display() { return digits.substring(0, 3) + " " + digits.substring(3); }

    @Override
    public String toString() { return display(); }
}
