package org.kimberleyprocess.portal.platform.limits;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kimberleyprocess.portal.platform.errors.BusyException;

/**
 * How many heavy jobs (a file import, which reads and checks up to 200,000 lines) run at once on this server:
 * {@code kpcs.limit.imports} (default 2, {@code KPCS_LIMIT_IMPORTS}). One more waits a moment for a slot, then is
 * refused with {@link BusyException} (the API's 503 with {@code Retry-After}), so that a few large uploads cannot
 * take the server's memory and processors from everyone else.
 */
@ApplicationScoped
public class HeavyWork {

    /** How long a job waits for a slot before it is refused. */
    static final long WAIT_SECONDS = 2;
    /** When the refused caller should try again. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    @ConfigProperty(name = "kpcs.limit.imports", defaultValue = "2")
    int slots;

    private Semaphore semaphore;

    @PostConstruct
    void open() {
        semaphore = new Semaphore(Math.max(1, slots), true);
    }

    /** Runs a heavy job in a free slot, or refuses it when none frees up in a moment. */
    public <T> T run(Supplier<T> job) {
        boolean acquired;
        try {
            acquired = semaphore.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException("error.busy", RETRY_AFTER_SECONDS);
        }
        try {
            return job.get();
        } finally {
            semaphore.release();
        }
    }
}
