package org.talksrecord.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.OwnConnections;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The append as the service runs it ({@link ChangeLog#APPEND}), from writers on their own connections whose
 * transactions commit out of order, while a reader pages through the log after its cursor as a client does.
 */
@QuarkusTest
class ChangeLogOrderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    Fixtures fixtures;

    @Inject
    OwnConnections own;

    private String editor;
    private PgConnection observer;
    private final List<Long> participants = Collections.synchronizedList(new ArrayList<>());
    private final List<PgConnection> connections = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void name() {
        editor = "order-" + UUID.randomUUID();
        observer = connect();
    }

    @AfterEach
    void close() {
        connections.forEach(connection -> connection.close().await().indefinitely());
        participants.forEach(fixtures::removeParticipant);
    }

    private PgConnection connect() {
        PgConnection connection = own.open();
        connections.add(connection);
        return connection;
    }

    private long participant() {
        long key = fixtures.participant("Ordered " + UUID.randomUUID(), "STATE");
        participants.add(key);
        return key;
    }

    /** Writing transactions on their own connection that change one participant, as mutations would. */
    private final class Writer {

        final long record = participant();
        final PgConnection connection = connect();
        Transaction transaction;

        /** Begins a transaction and writes in it. */
        Writer write() {
            transaction = connection.begin().await().indefinitely();
            connection.preparedQuery("update participant set version = version + 1 where id = $1")
                    .execute(Tuple.of(record)).await().indefinitely();
            return this;
        }

        long append() {
            return appending().await().indefinitely().iterator().next().getLong(0);
        }

        Uni<RowSet<Row>> appending() {
            return connection.preparedQuery(ChangeLog.APPEND).execute(Tuple.tuple()
                    .addArrayOfString(new String[]{"PARTICIPANT"}).addArrayOfLong(new Long[]{record})
                    .addArrayOfString(new String[]{"UPDATED"}).addString(editor));
        }

        void commit() {
            transaction.commit().await().indefinitely();
        }

        void rollback() {
            transaction.rollback().await().indefinitely();
        }
    }

    /** Pages through a log table after its cursor, two entries a page, until stopped; keeps what it saw. */
    private final class Reader implements AutoCloseable {

        private final PgConnection connection = connect();
        private final String sql;
        private final List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> positions = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;
        private volatile boolean stopped;
        private volatile Throwable failure;
        private long cursor;

        Reader(String table, long from) {
            sql = "select position, record_id from " + table + " where position > $1 order by position limit 2";
            cursor = from;
            thread = new Thread(this::run, "change-log-reader");
            thread.start();
        }

        private void run() {
            try {
                while (!stopped) {
                    for (Row row : connection.preparedQuery(sql).execute(Tuple.of(cursor)).await().indefinitely()) {
                        cursor = row.getLong("position");
                        positions.add(cursor);
                        seen.add(row.getLong("record_id"));
                    }
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        /** The records of the entries read, in reading order. */
        List<Long> seen() {
            synchronized (seen) {
                return List.copyOf(seen);
            }
        }

        /** The positions of the entries read, in reading order. */
        List<Long> positions() {
            synchronized (positions) {
                return List.copyOf(positions);
            }
        }

        void awaitSeen(long... records) {
            await(() -> {
                List<Long> now = seen();
                for (long record : records) {
                    if (!now.contains(record)) {
                        return false;
                    }
                }
                return true;
            }, "the reader to see " + Arrays.toString(records) + ", it saw " + seen());
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            thread.join(PATIENCE.toMillis());
            if (failure != null) {
                throw new AssertionError("the reader failed", failure);
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "waited in vain for " + what);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long lastPosition() {
        return observer.query("select coalesce(max(position), 0) from change_log").execute().await().indefinitely()
                .iterator().next().getLong(0);
    }

    private long waitingForTheAppendLock() {
        return observer.query("select count(*) from pg_locks where locktype = 'advisory' and not granted").execute()
                .await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void aWriterThatStartedFirstAndCommitsLastIsReadAfterTheOther() throws Exception {
        Writer early = new Writer().write();
        Writer late = new Writer().write();
        try (Reader reader = new Reader("change_log", lastPosition())) {
            late.append();
            late.commit();
            reader.awaitSeen(late.record);
            early.append();
            early.commit();
            reader.awaitSeen(early.record);
            Thread.sleep(100);
            assertEquals(List.of(late.record, early.record), reader.seen());
        }
    }

    @Test
    void aWriterThatAppendsWhileAnotherHoldsItsPositionIsReadAfterIt() throws Exception {
        Writer holder = new Writer().write();
        Writer other = new Writer().write();
        try (Reader reader = new Reader("change_log", lastPosition())) {
            long held = holder.append();
            // The second writer tries to append and commit first; it must wait for the first to commit.
            CompletableFuture<Void> otherDone = other.appending().chain(other.transaction::commit)
                    .subscribeAsCompletionStage();
            await(() -> otherDone.isDone() || waitingForTheAppendLock() > 0, "the second writer to append or wait");
            Thread.sleep(300);
            assertFalse(otherDone.isDone(), "the second writer committed while the first held a smaller position");
            assertEquals(List.of(), reader.seen());
            holder.commit();
            otherDone.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            reader.awaitSeen(holder.record, other.record);
            Thread.sleep(100);
            assertEquals(List.of(holder.record, other.record), reader.seen());
            long otherPosition = observer.preparedQuery("select position from change_log where record_id = $1")
                    .execute(Tuple.of(other.record)).await().indefinitely().iterator().next().getLong(0);
            assertTrue(otherPosition > held);
        }
    }

    @Test
    void manyWritersCommittingInRandomOrderAreEachReadOnceInCommitOrder() throws Exception {
        long start = lastPosition();
        long seed = new Random().nextLong();
        int writers = 4;
        int rounds = 15;
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        List<Long> commits = Collections.synchronizedList(new ArrayList<>());
        try (Reader reader = new Reader("change_log", start)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Random random = new Random(seed + w);
                Writer writer = new Writer();
                done.add(threads.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        writer.write();
                        sleep(random.nextInt(4));
                        long position = writer.append();
                        sleep(random.nextInt(4));
                        if (random.nextInt(5) == 0) {
                            writer.rollback();
                        } else {
                            // Only the holder of the append lock can commit now, so this is commit order.
                            commits.add(position);
                            writer.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
            List<Long> inLog = new ArrayList<>();
            observer.preparedQuery("select position from change_log where position > $1 order by position")
                    .execute(Tuple.of(start)).await().indefinitely().forEach(row -> inLog.add(row.getLong(0)));
            await(() -> reader.positions().size() >= inLog.size(), "the reader to read " + inLog.size() + " entries");
            Thread.sleep(100);
            assertEquals(commits, inLog, "seed " + seed);
            assertEquals(inLog, reader.positions(), "seed " + seed);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRolledBackAppendLeavesNoEntryAndNoGapThatHidesOthers() throws Exception {
        Writer rolledBack = new Writer().write();
        Writer committed = new Writer().write();
        try (Reader reader = new Reader("change_log", lastPosition())) {
            rolledBack.append();
            rolledBack.rollback();
            committed.append();
            committed.commit();
            reader.awaitSeen(committed.record);
            Thread.sleep(100);
            assertEquals(List.of(committed.record), reader.seen());
        }
    }

    /** Shows that the reader above notices a skip: positions taken early from a sequence alone do skip. */
    @Test
    void aSequenceNumberTakenEarlyLetsTheReaderSkipAnEntry() throws Exception {
        String table = "change_log_probe_" + UUID.randomUUID().toString().replace("-", "");
        observer.query("create table " + table + " (position bigserial primary key, record_id bigint not null)")
                .execute().await().indefinitely();
        try {
            PgConnection early = connect();
            PgConnection late = connect();
            Transaction earlyTransaction = early.begin().await().indefinitely();
            Transaction lateTransaction = late.begin().await().indefinitely();
            try (Reader reader = new Reader(table, 0)) {
                early.query("insert into " + table + " (record_id) values (1)").execute().await().indefinitely();
                late.query("insert into " + table + " (record_id) values (2)").execute().await().indefinitely();
                lateTransaction.commit().await().indefinitely();
                reader.awaitSeen(2);
                earlyTransaction.commit().await().indefinitely();
                Thread.sleep(300);
                assertEquals(List.of(2L), reader.seen());
            }
        } finally {
            observer.query("drop table " + table).execute().await().indefinitely();
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
