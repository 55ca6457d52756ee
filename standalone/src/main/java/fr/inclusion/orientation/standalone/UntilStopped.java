package fr.inclusion.orientation.standalone;

import java.util.concurrent.CountDownLatch;

/** A server's {@code main} kept running until SIGTERM, whose shutdown hook stops the server. */
final class UntilStopped {

    private UntilStopped() {
    }

    /** Blocks until the JVM shuts down and {@code stop} (run by the shutdown hook thread {@code hookName}) returned. */
    static void await(String hookName, Runnable stop) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop.run();
            } finally {
                stopped.countDown();
            }
        }, hookName));
        stopped.await();
    }
}
