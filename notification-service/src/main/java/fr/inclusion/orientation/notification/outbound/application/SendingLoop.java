package fr.inclusion.orientation.notification.outbound.application;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This instance's sending thread: sends what is due, then waits for an enqueue, a replay or the poll interval.
 * Started last and stopped first, so it never runs without the store.
 */
public class SendingLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SendingLoop.class);

    private final OutboundSender sender;
    private final SendingSignal signal;
    private final OutboundProperties.Sender settings;
    private volatile boolean running;
    private Thread thread;

    public SendingLoop(OutboundSender sender, SendingSignal signal, OutboundProperties.Sender settings) {
        this.sender = sender;
        this.signal = signal;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled()) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("outbound-sender").start(this::run);
        log.info("Outbound sending started (worker {})", sender.worker());
    }

    private void run() {
        sender.onRetry(signal::wakeAt);
        boolean lookThroughAll = true;
        long lastLook = System.nanoTime();
        while (running) {
            try {
                List<String> signalled = signal.drain();
                if (!signalled.isEmpty()) {
                    sender.sendSignalled(signalled);
                }
                // the look through every due message (each claim of it reads the whole collection in the
                // standalone store): at start, then every sweep interval once the signalled messages are sent, for
                // messages no signal names (another instance's, retries forgotten in a restart); under a steady
                // stream of signals, one batch every six intervals
                long since = System.nanoTime() - lastLook;
                boolean idle = signalled.isEmpty();
                long interval = settings.sweepInterval().toNanos();
                if (lookThroughAll || (idle && since >= interval) || since >= 6 * interval) {
                    lookThroughAll = false;
                    lastLook = System.nanoTime();
                    if (sender.sendDue(settings.batchSize()) >= settings.batchSize() && idle) {
                        while (running && signal.isQuiet() && sender.sendDue(settings.batchSize()) > 0) {
                            // more may be due and nothing else is waiting: go on
                        }
                    }
                }
            } catch (RuntimeException e) {
                // the store is unreachable: the messages stay where they are, try again at the next poll
                log.warn("Outbound sending paused until the next poll: {}", e.getClass().getSimpleName());
                lookThroughAll = true;
            }
            try {
                signal.await(settings.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        signal.wake();
        try {
            // a send in progress finishes (and is marked) rather than being cut
            thread.join(Duration.ofSeconds(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Outbound sending stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
