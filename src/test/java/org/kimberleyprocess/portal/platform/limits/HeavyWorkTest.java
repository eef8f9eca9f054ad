package org.kimberleyprocess.portal.platform.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kimberleyprocess.portal.platform.errors.BusyException;

/** Heavy jobs take turns: beyond the turns configured, one waits a moment, then is refused as busy. */
class HeavyWorkTest {

    @Test
    void aJobBeyondTheTurnsIsRefusedAsBusyAndTheNextOneAfterATurnEndsRuns() throws Exception {
        HeavyWork work = new HeavyWork();
        work.slots = 1;
        work.open();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<String> first = other.submit(() -> work.run(() -> {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        BusyException busy = assertThrows(BusyException.class, () -> work.run(() -> "second"));
        assertTrue(System.nanoTime() - start >= TimeUnit.SECONDS.toNanos(HeavyWork.WAIT_SECONDS) - 50_000_000L,
                "it waited a moment for a turn");
        assertEquals("error.busy", busy.getMessageKey());
        assertEquals(HeavyWork.RETRY_AFTER_SECONDS, busy.getRetryAfterSeconds());
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals("third", work.run(() -> "third"), "a turn freed is taken");
        other.shutdown();
    }
}
