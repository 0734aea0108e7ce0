package org.gatherlab.jvm;

import org.gatherlab.engine.jvm.JavaRunSpec;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * {@code StructuredTaskScope} as JDK 25 has it, reached by reflection: the module is not compiled with
 * {@code --enable-preview}, which the JDK allows for reflective calls. {@link RealJavaRunner}'s structured runs use it.
 */
final class StructuredScope {
    private static final String STS = "java.util.concurrent.StructuredTaskScope";

    /** join() threw this: FailedException or TimeoutException (both nested in StructuredTaskScope). */
    static final class Thrown extends Exception {
        final Throwable exception;

        Thrown(Throwable exception) {
            super(exception);
            this.exception = exception;
        }
    }

    private final Object scope;
    private final Method fork;
    private final Method join;
    private final Method close;
    private final Method state;

    private StructuredScope(Object scope, Class<?> sts, Class<?> subtask) throws NoSuchMethodException {
        this.scope = scope;
        this.fork = sts.getMethod("fork", Callable.class);
        this.join = sts.getMethod("join");
        this.close = sts.getMethod("close");
        this.state = subtask.getMethod("state");
    }

    /** {@code threads}: the scope's thread factory (Configuration.withThreadFactory). */
    static StructuredScope open(JavaRunSpec run, ThreadFactory threads) {
        try {
            Class<?> sts = Class.forName(STS);
            Class<?> joinerType = Class.forName(STS + "$Joiner");
            Class<?> config = Class.forName(STS + "$Configuration");
            Object joiner = joinerType.getMethod(run.joiner().json()).invoke(null);
            Method withTimeout = config.getMethod("withTimeout", Duration.class);
            Method withThreadFactory = config.getMethod("withThreadFactory", ThreadFactory.class);
            Duration d = run.timeoutMs() == null ? null : Duration.ofNanos((long) (run.timeoutMs() * 1e6));
            Function<Object, Object> configure = c -> {
                try {
                    Object withThreads = withThreadFactory.invoke(c, threads);
                    return d == null ? withThreads : withTimeout.invoke(withThreads, d);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            Object scope = sts.getMethod("open", joinerType, Function.class).invoke(null, joiner, configure);
            return new StructuredScope(scope, sts, Class.forName(STS + "$Subtask"));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new UnsupportedOperationException("StructuredTaskScope as in JDK 25 (JEP 505) is not available in this JDK ("
                    + Runtime.version() + "): " + e, e);
        }
    }

    Object fork(Callable<String> task) {
        try {
            return fork.invoke(scope, task);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    Object join() throws InterruptedException, Thrown {
        try {
            return join.invoke(scope);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof InterruptedException ie) throw ie;
            if (c.getClass().getName().startsWith(STS + "$")) throw new Thrown(c);
            throw rethrow(c);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    String state(Object subtask) {
        try {
            return state.invoke(subtask).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    void close() {
        try {
            close.invoke(scope);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}
