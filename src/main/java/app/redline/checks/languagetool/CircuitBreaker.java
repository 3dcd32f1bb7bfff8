package app.redline.checks.languagetool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a server that keeps failing: after {@code failureThreshold} failures in a row the circuit opens and
 * calls fail fast for {@code coolDown}, so a document check does not wait out a timeout on every segment. Then one
 * trial call goes through: success closes the circuit, failure opens it for another cool-down.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private static final Logger log = LoggerFactory.getLogger(CircuitBreaker.class);
    private final String name;
    private final int failureThreshold;
    private final Duration coolDown;
    private final Clock clock;

    private State state = State.CLOSED;
    private int failuresInARow;
    private Instant openedAt;
    private boolean trialInFlight;

    CircuitBreaker(String name, int failureThreshold, Duration coolDown, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("The failure threshold must be at least 1.");
        }
        this.name = name;
        this.failureThreshold = failureThreshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Whether a call may go out now; every call let through must be followed by {@link #succeeded} or {@link #failed}. */
    synchronized boolean tryAcquire() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(coolDown))) {
            state = State.HALF_OPEN;
        }
        if (state == State.HALF_OPEN) {
            // One trial at a time: the others fail fast until it tells whether the server is back.
            if (trialInFlight) {
                return false;
            }
            trialInFlight = true;
            return true;
        }
        return state == State.CLOSED;
    }

    synchronized void succeeded() {
        if (state != State.CLOSED) {
            log.info("{} answers again; calls go through", name);
        }
        state = State.CLOSED;
        failuresInARow = 0;
        trialInFlight = false;
    }

    synchronized void failed() {
        failuresInARow++;
        trialInFlight = false;
        if (state == State.HALF_OPEN || failuresInARow >= failureThreshold) {
            if (state != State.OPEN) {
                log.warn("{} failed {} times in a row; calls fail fast for {}", name, failuresInARow, coolDown);
            }
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    synchronized State state() {
        return state;
    }

    Duration coolDown() {
        return coolDown;
    }
}
