package org.gatherlab;

/** Launcher: no arguments opens the desktop app; anything else is the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("GatherLab");
    }
}
