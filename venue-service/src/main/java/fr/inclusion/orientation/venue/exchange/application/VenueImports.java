package fr.inclusion.orientation.venue.exchange.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.exchange.domain.ImportJob;
import fr.inclusion.orientation.venue.exchange.domain.ImportJobNotFoundException;
import fr.inclusion.orientation.venue.exchange.domain.ImportJobs;
import fr.inclusion.orientation.venue.exchange.domain.ImportProgress;
import fr.inclusion.orientation.venue.exchange.domain.ImportStatus;
import fr.inclusion.orientation.venue.exchange.domain.Rejection;
import fr.inclusion.orientation.venue.exchange.domain.StandardRecords;
import fr.inclusion.orientation.venue.exchange.domain.StandardRow;
import fr.inclusion.orientation.venue.directory.application.RegisterVenue;
import fr.inclusion.orientation.venue.directory.application.VenueDirectory;
import fr.inclusion.orientation.venue.directory.domain.VenueRules;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * Imports of venue files: the file is read when it arrives (so that a file that is not the standard is refused at
 * once), then its records are upserted in the background, batch by batch, by a small pool of its own (not Spring's
 * shared executor). Every record stands alone: a rejected record, or even a batch the store refused, never stops
 * the others. The importer is the actor of every change; a coordinator's records outside their territory are
 * rejected like any other invalid record (the directory's rule, {@code VenueDirectory#upsert}), an admin's never are.
 */
@Service
public class VenueImports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VenueImports.class);

    private final VenueDirectory directory;
    private final ImportJobs jobs;
    /** A running job writes its progress every batch (well under a second); this long without any, it was cut. */
    static final java.time.Duration SILENCE = java.time.Duration.ofMinutes(5);
    static final String INTERRUPTED = "Import interrompu par un redémarrage du service (le fichier n'est pas "
            + "conservé) : les lignes déjà traitées sont enregistrées, renvoyez le fichier pour importer la suite "
            + "(les lieux déjà importés ne seront pas modifiés).";

    private final Clock clock;
    private final ImportProperties properties;
    private final ThreadPoolExecutor executor;

    public VenueImports(VenueDirectory directory, ImportJobs jobs, Clock clock, ImportProperties properties) {
        this.directory = directory;
        this.jobs = jobs;
        this.clock = clock;
        this.properties = properties;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queueCapacity())), task -> {
                    Thread thread = new Thread(task, "venue-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Records the job (PENDING, with its total) and queues it.
     *
     * @throws ImportsBusyException when every worker is busy and the queue is full
     */
    public ImportJob start(ImportFile file, Caller importer) {
        ImportJob job = ImportJob.pending(UUID.randomUUID().toString(), importer.id(), file.format().label(),
                file.rows().size(), clock.instant());
        jobs.create(job);
        try {
            executor.execute(() -> run(job, file.rows(), importer));
        } catch (RejectedExecutionException e) {
            jobs.finished(job.id(), ImportStatus.FAILED, clock.instant(),
                    "Trop d'imports en cours : ce fichier n'a pas été importé, renvoyez-le dans quelques minutes.",
                    false);
            throw new ImportsBusyException();
        }
        return job;
    }

    /**
     * The job as its owner sees it; someone else's job does not exist for the caller. A job pending or running
     * with no batch for {@link #SILENCE} was cut by a restart of the instance running it (the file is not kept): it
     * is ended as FAILED, saying so, rather than shown running forever.
     */
    public ImportJob job(String jobId, String userId) {
        ImportJob job = jobs.byId(jobId).filter(j -> j.ownedBy(userId))
                .orElseThrow(() -> new ImportJobNotFoundException(jobId));
        if (job.status() == ImportStatus.PENDING || job.status() == ImportStatus.RUNNING) {
            Instant now = clock.instant();
            return jobs.failIfSilentSince(jobId, now.minus(SILENCE), now, INTERRUPTED).orElse(job);
        }
        return job;
    }

    void run(ImportJob job, List<StandardRow> rows, Caller importer) {
        jobs.started(job.id(), clock.instant());
        Run run = new Run(importer);
        try {
            for (int from = 0; from < rows.size(); from += properties.batchSize()) {
                jobs.progressed(job.id(), run.batch(rows.subList(from,
                        Math.min(rows.size(), from + properties.batchSize()))), clock.instant());
            }
            jobs.finished(job.id(), ImportStatus.DONE, clock.instant(), null, run.truncated);
            log.info("Import {} ({} records) done: {} imported, {} updated, {} unchanged, {} rejected", job.id(),
                    rows.size(), run.imported, run.updated, run.unchanged, run.rejectedRows);
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            jobs.finished(job.id(), ImportStatus.FAILED, clock.instant(), "L'import s'est arrêté sur une erreur "
                    + "inattendue ; les lignes déjà traitées sont enregistrées, vous pouvez renvoyer le fichier.",
                    run.truncated);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** The state of one job's run: ids already met in the file, counters, rejections kept so far. */
    private final class Run {

        private final Caller importer;
        private final Map<String, Integer> lineOfId = new HashMap<>();
        private int imported;
        private int updated;
        private int unchanged;
        private int rejectedRows;
        private int kept;
        private boolean truncated;

        Run(Caller importer) {
            this.importer = importer;
        }

        ImportProgress batch(List<StandardRow> rows) {
            int[] before = {imported, updated, unchanged, rejectedRows};
            List<Rejection> rejections = new ArrayList<>();
            List<RegisterVenue> commands = new ArrayList<>();
            List<StandardRow> commandRows = new ArrayList<>();
            for (StandardRow row : rows) {
                if (!row.problems().isEmpty()) {
                    reject(row, row.problems(), rejections);
                    continue;
                }
                StandardRecords.Mapped mapped = StandardRecords.read(row);
                List<Violation> problems = problems(row, mapped);
                if (problems.isEmpty()) {
                    commands.add(new RegisterVenue(mapped.id(), mapped.details(), mapped.stops(),
                            importer.id()));
                    commandRows.add(row);
                } else {
                    reject(row, problems, rejections);
                }
            }
            List<VenueDirectory.Result> results = upsert(commands);
            for (int i = 0; i < results.size(); i++) {
                VenueDirectory.Result result = results.get(i);
                switch (result.outcome()) {
                    case REGISTERED -> imported++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case REJECTED -> reject(commandRows.get(i), result.violations(), rejections);
                }
            }
            return new ImportProgress(rows.size(), imported - before[0], updated - before[1],
                    unchanged - before[2], rejectedRows - before[3], rejections);
        }

        /** What is wrong with a record before the directory sees it: unreadable values, an id met earlier. */
        private List<Violation> problems(StandardRow row, StandardRecords.Mapped mapped) {
            if (!mapped.unreadable().isEmpty()) {
                // the rest of the record is checked too, so that the producer learns everything in one pass
                Set<String> reported = new HashSet<>();
                List<Violation> all = new ArrayList<>(mapped.unreadable());
                mapped.unreadable().forEach(v -> reported.add(v.field()));
                VenueRules.check(mapped.id(), mapped.details(), mapped.stops() == null ? List.of() : mapped.stops())
                        .stream()
                        // an unreadable value counts as absent for the rules: their "required" is noise then
                        .filter(v -> !reported.contains(v.field()))
                        .forEach(all::add);
                return all;
            }
            if (mapped.id() != null) {
                Integer first = lineOfId.putIfAbsent(mapped.id(), row.line());
                if (first != null) {
                    return List.of(new Violation("id", "identifiant « " + mapped.id()
                            + " » déjà présent à la ligne " + first + " du fichier"));
                }
            }
            return List.of();
        }

        /** The batch in one go; if the store refuses it as a whole, record by record so that no record pays. */
        private List<VenueDirectory.Result> upsert(List<RegisterVenue> commands) {
            try {
                return directory.upsert(commands, importer);
            } catch (RuntimeException batchFailure) {
                log.warn("Import batch refused by the store, retrying record by record: {}",
                        batchFailure.getMessage());
                List<VenueDirectory.Result> results = new ArrayList<>();
                for (RegisterVenue command : commands) {
                    try {
                        results.add(directory.upsert(List.of(command), importer).getFirst());
                    } catch (RuntimeException e) {
                        log.error("Import of venue {} failed", command.id(), e);
                        results.add(new VenueDirectory.Result(command.id(), VenueDirectory.Outcome.REJECTED,
                                List.of(new Violation("id", "erreur inattendue à l'enregistrement de ce lieu ; "
                                        + "réimportez cette ligne"))));
                    }
                }
                return results;
            }
        }

        private void reject(StandardRow row, List<Violation> violations, List<Rejection> rejections) {
            rejectedRows++;
            for (Violation violation : violations) {
                if (kept < properties.maxRejections()) {
                    rejections.add(new Rejection(row.line(), violation.field(), violation.message()));
                    kept++;
                } else {
                    truncated = true;
                }
            }
        }
    }
}
