package org.gatherlab.engine.jvm;

import org.gatherlab.engine.CancelCause;
import org.gatherlab.engine.TraceEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code CompletableFuture.allOf(cfs).join()} and {@code CompletableFuture.anyOf(cfs).join()}, each task a
 * {@code supplyAsync(body, executor)}.
 *
 * <p>{@code allOf} is OpenJDK's {@code andTree}: a balanced binary tree of relays whose every node completes when
 * both its children have, with the left child's exception if it has one, else the right's. So the combined future
 * completes only when every task has (J1: no fail-fast, nothing cancelled) and carries the left-most failure in
 * argument order, not the first to happen. {@code anyOf} completes with the first task to complete, exceptionally
 * or not (J2). A task's {@code cancelAtMs} is {@code cf.cancel(true)}: the future is {@code CANCELLED} at once but
 * nothing is interrupted (J3). {@code timeoutMs} is {@code orTimeout} on the combined future: it completes with
 * {@code TimeoutException}, and the tasks run on (J4).
 */
final class CfCall extends Call {
    /** A node of {@code andTree}: a leaf (one task's future) or a relay of two nodes (possibly the same node twice). */
    static final class Node {
        final Node left;
        final Node right;
        final int leaf;
        Node parent;
        boolean done;
        /** The exception it completed with: its kind and the task that threw it (null: completed normally). */
        String exception;
        Integer exceptionTask;

        Node(int leaf) {
            this.left = null;
            this.right = null;
            this.leaf = leaf;
        }

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
            this.leaf = -1;
            left.parent = this;
            right.parent = this;
        }
    }

    /** OpenJDK {@code CompletableFuture.andTree(cfs, lo, hi)}, node for node. */
    static Node andTree(Node[] leaves, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        Node a = lo == mid ? leaves[lo] : andTree(leaves, lo, mid);
        Node b = lo == hi ? a : (hi == mid + 1) ? leaves[hi] : andTree(leaves, mid + 1, hi);
        return new Node(a, b);
    }

    private final boolean all;
    private final Node[] leaves;
    private Node root;
    /** The combined future: done, and with which exception (kind, task). */
    private boolean done;
    private String exception;
    private Integer exceptionTask;
    private Integer first;

    CfCall(JvmMachine m, boolean all) {
        super(m);
        this.all = all;
        this.leaves = new Node[m.threads.size()];
    }

    @Override String handleName() { return "CompletableFuture"; }

    @Override boolean skipsCancelledBeforeStart() { return true; }

    @Override void begin() {
        for (SimThread t : m.threads) {
            leaves[t.index] = new Node(t.index);
            m.submit(t);
        }
        if (all) root = andTree(leaves, 0, leaves.length - 1);
        for (SimThread t : m.threads) {
            Double at = t.spec.cancelAtMs();
            if (at != null) m.scheduleOutside(at, t.index, () -> {
                if (m.cancelHandle(t, CancelCause.SELF, false)) leafDone(t.index, "CancellationException");
            });
        }
        Double timeout = m.run.timeoutMs();
        if (timeout != null) m.scheduleOutside(timeout, -1, () -> {
            if (done) return;
            m.emit(new TraceEvent.TimeoutFired(m.now()));
            complete("TimeoutException", null);
        });
    }

    @Override void afterBodyEnd(SimThread t) {
        if (t.handleCancelled) return;   // its future was cancelled earlier: that was its completion
        leafDone(t.index, t.body == BodyEnd.RETURNED ? null : "TaskFailed");
    }

    private void leafDone(int task, String exceptionKind) {
        Node leaf = leaves[task];
        leaf.done = true;
        leaf.exception = exceptionKind;
        leaf.exceptionTask = exceptionKind == null ? null : task;
        if (!all) {
            if (!done) {
                first = task;
                complete(exceptionKind, leaf.exceptionTask);
            }
            return;
        }
        for (Node n = leaf.parent; n != null && !n.done && n.left.done && n.right.done; n = n.parent) {
            n.done = true;
            Node from = n.left.exception != null ? n.left : n.right;
            n.exception = from.exception;
            n.exceptionTask = from.exceptionTask;
            if (n == root) complete(n.exception, n.exceptionTask);
        }
    }

    private void complete(String exceptionKind, Integer task) {
        if (done) return;
        done = true;
        exception = exceptionKind;
        exceptionTask = task;
        m.signalOwner();
    }

    @Override JavaOutcome ownerWakes() {
        if (exception != null)
            return new JavaOutcome.Threw("CompletionException", exception,
                    exceptionTask == null ? null : m.threads.get(exceptionTask).name());
        if (!all) return new JavaOutcome.Returned("Object", List.of(JavaOutcome.Item.value(m.threads.get(first).name())));
        List<JavaOutcome.Item> items = new ArrayList<>();
        for (SimThread t : m.threads) items.add(new JavaOutcome.Item(t.name(), t.name(), "SUCCESS", null));
        return new JavaOutcome.Returned("Void (then cf.join() for each)", items);
    }
}
