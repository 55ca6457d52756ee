package fr.inclusion.orientation.support.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link #runOnce()} on one daemon thread, first after {@code initialDelay}, then {@code delay} after the end of
 * each run, from the application's start to its stop. A run that throws is not retried before the next: the
 * subclass says in {@code runOnce} what a failure is worth logging.
 */
public abstract class FixedDelayLoop implements SmartLifecycle {

    private final String threadName;
    private final Duration initialDelay;
    private final Duration delay;
    private ScheduledExecutorService executor;

    protected FixedDelayLoop(String threadName, Duration initialDelay, Duration delay) {
        this.threadName = threadName;
        this.initialDelay = initialDelay;
        this.delay = delay;
    }

    protected abstract void runOnce();

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon(true)
                .factory());
        executor.scheduleWithFixedDelay(this::runOnce, initialDelay.toMillis(), delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
