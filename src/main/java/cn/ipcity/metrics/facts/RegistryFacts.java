package cn.ipcity.metrics.facts;

import cn.ipcity.registry.RegistryChanged;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the facts and their in-memory index current. All work runs on one thread, in order: at start-up every
 * family whose stored derivation version differs (or whose unlogged table a crash emptied) is rebuilt and the
 * index is loaded; after each import that commits, the facts of the records it changed are re-derived, the index
 * takes the removed and added facts (a transfer leaves one county and enters another), and then the table is
 * rewritten. Readers never wait for an update: they use the index of the last completed step.
 */
@Component
public class RegistryFacts {

    private static final Logger log = LoggerFactory.getLogger(RegistryFacts.class);

    /** Above this many changed records an import rebuilds the family instead of updating record by record. */
    static final long REBUILD_ABOVE = 100_000;

    /** Patents derived (not written) once after the start, so that the JIT has compiled the derivation. */
    static final int WARM_UP_PATENTS = 20_000;

    private final FactStore store;
    private final FactIndexLoader loader;
    private final JdbcClient jdbc;
    private final HighValueSource highValue;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-facts");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile FactIndex index = FactIndex.empty();
    /** Import jobs whose changes the figures include (one entry per job; jobs are few). */
    private final java.util.Set<Long> appliedJobs = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final boolean followImports;

    RegistryFacts(
            FactStore store,
            FactIndexLoader loader,
            JdbcClient jdbc,
            HighValueSource highValue,
            @org.springframework.beans.factory.annotation.Value("${ipcity.facts.follow-imports:true}")
                    boolean followImports) {
        this.followImports = followImports;
        this.store = store;
        this.loader = loader;
        this.jdbc = jdbc;
        this.highValue = highValue;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.submit(() -> {
            try {
                boolean lost = store.lostInCrash();
                if (lost) {
                    log.warn("the facts were emptied by a crash of the database; deriving them again");
                }
                for (FactKind.Family family : FactKind.Family.values()) {
                    String version = version(family);
                    if (lost || !version.equals(store.builtVersion(family))) {
                        store.rebuild(family, version, highValue.since());
                    }
                }
                store.markAlive();
                reloadAll();
            } catch (RuntimeException e) {
                log.error("facts could not be built; registry measures stay empty until the next import", e);
            } finally {
                ready.countDown();
            }
        });
        // Before the first import, not after: the first update after a start would otherwise run the derivation
        // in the interpreter (measured: 1.4 s instead of 0.6 s for 10,000 patents at province scale).
        worker.submit(() -> {
            try {
                store.warmUp(highValue.since(), WARM_UP_PATENTS);
            } catch (RuntimeException e) {
                log.warn("warm-up of the patent derivation failed (the first update will be slower)", e);
            }
        });
    }

    /**
     * After an import commits. {@code ipcity.facts.follow-imports=false} (the import benchmark only, so that the
     * derivation does not compete with the importer it measures) leaves the facts as they are until
     * {@link #rebuildAll()}.
     */
    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    @TransactionalEventListener
    void onImport(RegistryChanged change) {
        if (followImports) {
            worker.submit(() -> apply(change));
            // after the update (and any import queued before it): fold the deltas into the arrays
            worker.submit(this::compact);
        }
    }

    /** The high-value rules changed (a pledge threshold): the patent facts are rebuilt in the background. */
    @TransactionalEventListener
    void onHighValueRules(cn.ipcity.metrics.HighValueRulesChanged change) {
        worker.submit(() -> {
            try {
                // HighValuePatents swaps its rules after the same commit; wait for the new ones
                long deadline = System.currentTimeMillis() + 10_000;
                while (!highValue.version().equals(change.rulesFingerprint())
                        && System.currentTimeMillis() < deadline) {
                    Thread.sleep(10);
                }
                rebuildAndReload(FactKind.Family.PATENT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("patent facts could not be rebuilt after a change of the high-value rules", e);
            }
        });
    }

    /** Rebuilds the patent facts, e.g. after the high-value rules changed; returns when done. */
    public void rebuildPatents() {
        run(() -> {
            rebuildAndReload(FactKind.Family.PATENT);
        });
    }

    /** Rebuilds every family from the registry (tests and benchmarks; also after direct registry edits). */
    public void rebuildAll() {
        run(() -> {
            for (FactKind.Family family : FactKind.Family.values()) {
                store.rebuild(family, version(family), highValue.since());
            }
            reloadAll();
        });
    }

    /** Waits until every step queued so far is done (tests, the benchmark). */
    public void awaitCurrent(Duration timeout) {
        Future<?> marker = worker.submit(() -> {});
        try {
            marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("facts not current after " + timeout, e);
        }
    }

    /**
     * Waits until the figures include import job {@code jobId} (the benchmark; the table of facts may be written a
     * moment later: {@link #awaitCurrent} waits for that too).
     */
    public void awaitJob(long jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!appliedJobs.contains(jobId)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("facts do not include import job " + jobId + " after " + timeout);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The current index; waits (bounded) for the first build at start-up. */
    FactIndex index() {
        try {
            ready.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return index;
    }

    private void run(Runnable step) {
        Future<?> f = worker.submit(step);
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("facts step failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void apply(RegistryChanged change) {
        try {
            update(change);
        } finally {
            appliedJobs.add(change.jobId());
        }
    }

    private void update(RegistryChanged change) {
        if (change.rowsChanged() == 0 && !"party".equals(change.recordType())) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            List<FactKind.Family> families =
                    switch (change.recordType()) {
                        case "patent", "patent-event" -> List.of(FactKind.Family.PATENT);
                        case "party" -> List.of(FactKind.Family.PATENT, FactKind.Family.PLEDGE_CONTRACT);
                        case "trademark" -> List.of(FactKind.Family.TRADEMARK);
                        case "copyright" -> List.of(FactKind.Family.COPYRIGHT);
                        case "plant-variety" -> List.of(FactKind.Family.PLANT_VARIETY);
                        case "ic-layout" -> List.of(FactKind.Family.IC_LAYOUT);
                        case "designation" -> List.of(FactKind.Family.DESIGNATION);
                        case "pledge-contract" -> List.of(FactKind.Family.PLEDGE_CONTRACT);
                        case "tech-contract" -> List.of(FactKind.Family.TECH_CONTRACT);
                        default -> List.of();
                    };
            // the figures first (index), then the table (drill-down, the next start)
            Map<FactKind.Family, FactStore.Touched> toWrite = new java.util.LinkedHashMap<>();
            for (FactKind.Family family : families) {
                FactStore.Touched touched = FactStore.updatable(family)
                        ? store.derive(
                                family,
                                change.jobId(),
                                "patent-event".equals(change.recordType()) && change.rowsUpdated() == 0,
                                highValue.since(),
                                REBUILD_ABOVE)
                        : null;
                if (touched == null) {
                    rebuildAndReload(family);
                } else {
                    long a0 = System.nanoTime();
                    index = index.apply(touched.removed(), touched.added());
                    log.debug("index of {} updated in {} ms", family, (System.nanoTime() - a0) / 1_000_000);
                    toWrite.put(family, touched);
                }
            }
            long current = (System.nanoTime() - t0) / 1_000_000;
            appliedJobs.add(change.jobId());
            toWrite.forEach((family, touched) -> {
                try {
                    store.write(family, touched);
                } catch (RuntimeException e) {
                    log.error("facts of {} could not be written; rebuilding them", family, e);
                    rebuildAndReload(family);
                }
            });
            log.info(
                    "facts after import job {} ({}): figures current in {} ms, table written after {} ms",
                    change.jobId(),
                    change.recordType(),
                    current,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("facts could not be updated after import job {}", change.jobId(), e);
        }
    }

    private void compact() {
        long t0 = System.nanoTime();
        FactIndex current = index;
        FactIndex compacted = current.compacted();
        if (compacted != current) {
            index = compacted;
            log.debug("fact index compacted in {} ms", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private void reloadAll() {
        long t0 = System.nanoTime();
        FactIndex fresh =
                FactIndex.empty().withLanes(loader.load(EnumSet.allOf(FactKind.class)), loader.familiesWithData(jdbc));
        index = fresh;
        log.info("fact index loaded: {} rows in {} ms", fresh.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private void rebuildAndReload(FactKind.Family family) {
        store.rebuild(family, version(family), highValue.since());
        reload(family);
    }

    /** Loads the lanes of a rebuilt family whole. */
    private void reload(FactKind.Family family) {
        index = index.withLanes(loader.load(Set.copyOf(family.kinds())), loader.familiesWithData(jdbc));
    }

    private String version(FactKind.Family family) {
        return family == FactKind.Family.PATENT
                ? FactStore.DERIVATION_VERSION + "/" + highValue.version()
                : FactStore.DERIVATION_VERSION;
    }
}
