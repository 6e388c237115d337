package org.talksrecord.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import org.talksrecord.common.BadUserInputException;
import org.talksrecord.readplan.LookAhead;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

import graphql.execution.SubscriptionExecutionStrategy;
import graphql.language.AstPrinter;
import graphql.schema.DataFetchingEnvironment;

/**
 * Fans the change log out to this instance's subscribers. One {@code LISTEN} connection ({@link LogListener})
 * wakes it; each wake-up reads the new log entries once, in position order, then reads the payloads of every
 * subscription group that the entries concern with one statement per group, and hands them to the group's
 * subscribers. Everything that changes the hub's state runs on its own Vert.x context, one wake-up after the
 * other; subscribers join between wake-ups, so a resumed subscription reads the log up to exactly the position
 * where its live payloads begin (README, "Live updates").
 */
// looked up by readplan.ReadWiring, which SmallRye creates outside CDI
@Unremovable
@ApplicationScoped
public class ChangeHub {

    private static final Logger LOG = Logger.getLogger(ChangeHub.class);
    static final String LISTENER_METRICS_NAME = "change-listener";
    static final int ENTRIES_PER_READ = 1000;
    private static final String ENTRIES = "select position, record_type, record_id, kind from change_log "
            + "where position > $1 order by position limit " + ENTRIES_PER_READ;
    private static final String LAST = "select coalesce(max(position), 0) from change_log";
    private static final long LONGEST_RETRY_MILLIS = 5_000;

    private final Vertx vertx;
    private final Pool pool;
    private final LookAhead lookAhead;
    private final PgConnectOptions listenTo;
    private final int capacity;
    private final int catchUpPage;
    // read by data fetchers to reuse a group's compiled read; changed on the hub's context only
    private final Map<SubscriptionGroup.Key, SubscriptionGroup> groups = new ConcurrentHashMap<>();

    private Context context;
    private LogListener listener;
    // confined to the hub's context
    private final List<Joining> joining = new ArrayList<>();
    private final List<Joining> ahead = new ArrayList<>();
    private long position = -1;
    private boolean running;
    private boolean again;
    private int failures;

    /** A subscriber on its way in; {@code after} is the position a resumed {@code changes} continues from. */
    private record Joining(SubscriptionGroup.Key key, Topic topic, LookAhead.Batch batch, String responseKey,
            Feed feed, Long after) {
    }

    public ChangeHub(Vertx vertx, io.vertx.mutiny.sqlclient.Pool pool, LookAhead lookAhead,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") java.util.Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") java.util.Optional<String> password,
            @ConfigProperty(name = "talks.subscriptions.buffer") int capacity,
            @ConfigProperty(name = "talks.subscriptions.catch-up-page") int catchUpPage) {
        this.vertx = vertx;
        this.pool = pool.getDelegate();
        this.lookAhead = lookAhead;
        PgConnectOptions options = PgConnectOptions.fromUri(url.split(",")[0].trim());
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        // Quarkus' "prefix|client" form: its metrics then read postgresql_*{clientName="change-listener"}
        this.listenTo = options.setMetricsName("postgresql|" + LISTENER_METRICS_NAME);
        this.capacity = capacity;
        this.catchUpPage = Math.max(1, Math.min(catchUpPage, capacity));
    }

    void start(@Observes StartupEvent event) {
        context = vertx.getOrCreateContext();
        listener = new LogListener(vertx, listenTo, () -> onHub(this::wake));
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    /**
     * The value of a subscription field: a publisher of its payloads (JSON objects by response key). Refuses a
     * bad argument at once, before the subscriber joins.
     */
    public Publisher<Object> subscribe(DataFetchingEnvironment env) {
        Topic topic = Topic.of(env.getField().getName());
        String cursor = topic == Topic.CHANGES ? env.getArgument("after") : null;
        Long after = cursor == null ? null : LookAhead.changePosition(cursor);
        SubscriptionGroup.Key asked = new SubscriptionGroup.Key(AstPrinter.printAstCompact(env.getDocument()),
                env.getOperationDefinition().getName(), new HashMap<>(env.getVariables()));
        SubscriptionGroup known = groups.get(asked);
        // every subscriber of a group holds the group's key, not a copy of the document of its own
        SubscriptionGroup.Key key = known != null ? known.key() : asked;
        LookAhead.Batch batch = known != null ? known.batch() : lookAhead.prepareBatch(env);
        // payloads are computed one after the other per subscriber; keep them in that order
        env.getGraphQlContext().put(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true);
        Context current = Vertx.currentContext();
        Feed feed = new Feed(current != null ? current : context, capacity, left -> leave(key, left));
        Joining joins = new Joining(key, topic, batch, env.getField().getResultKey(), feed, after);
        onHub(() -> {
            joining.add(joins);
            wake();
        });
        return feed;
    }

    /** How many subscribers are in groups now (for tests and metrics). */
    int subscribers() {
        return groups.values().stream().mapToInt(SubscriptionGroup::size).sum();
    }

    private void leave(SubscriptionGroup.Key key, Feed feed) {
        onHub(() -> groups.computeIfPresent(key, (same, group) -> {
            group.remove(feed);
            return group.isEmpty() ? null : group;
        }));
    }

    private void onHub(Runnable action) {
        context.runOnContext(ignored -> action.run());
    }

    private void wake() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        cycle();
    }

    /** One wake-up: let subscribers join, read the entries after the position, read and hand out payloads. */
    private void cycle() {
        again = false;
        if (position < 0) {
            // nobody was listening, so the position was not kept up: start from the end of the log
            if (joining.isEmpty()) {
                running = false;
                return;
            }
            pool.query(LAST).execute().onComplete(read -> onHub(() -> {
                if (read.failed()) {
                    retry(read.cause());
                    return;
                }
                position = read.result().iterator().next().getLong(0);
                cycle();
            }));
            return;
        }
        letJoin();
        if (groups.isEmpty() && ahead.isEmpty()) {
            position = -1;
            running = false;
            return;
        }
        pool.preparedQuery(ENTRIES).execute(Tuple.of(position)).onComplete(read -> onHub(() -> {
            if (read.failed()) {
                retry(read.cause());
                return;
            }
            List<LogEntry> entries = new ArrayList<>();
            for (Row row : read.result()) {
                entries.add(new LogEntry(row.getLong(0), RecordType.valueOf(row.getString(1)), row.getLong(2),
                        ChangeKind.valueOf(row.getString(3))));
            }
            if (entries.isEmpty()) {
                finish();
                return;
            }
            fanOut(entries);
        }));
    }

    private void fanOut(List<LogEntry> entries) {
        List<SubscriptionGroup> concerned = new ArrayList<>();
        List<Future<List<Object>>> reads = new ArrayList<>();
        for (SubscriptionGroup group : groups.values()) {
            Long[] keys = group.topic().keys(entries);
            if (keys.length > 0) {
                concerned.add(group);
                reads.add(group.batch().read(keys));
            }
        }
        Future.join(reads).onComplete(all -> onHub(() -> {
            if (all.failed()) {
                // nothing handed out yet: the next attempt reads the same entries again
                retry(all.cause());
                return;
            }
            failures = 0;
            for (int i = 0; i < concerned.size(); i++) {
                SubscriptionGroup group = concerned.get(i);
                group.deliver(payloads(reads.get(i).result(), group.responseKey()));
            }
            position = entries.get(entries.size() - 1).position();
            if (entries.size() == ENTRIES_PER_READ || again || !joining.isEmpty()) {
                cycle();
            } else {
                finish();
            }
        }));
    }

    /** The log has been read to its end: settle resumptions from cursors ahead of it, then rest or go again. */
    private void finish() {
        for (Iterator<Joining> waiting = ahead.iterator(); waiting.hasNext();) {
            Joining joins = waiting.next();
            waiting.remove();
            if (joins.after() <= position) {
                join(joins);
            } else {
                joins.feed().fail(new BadUserInputException("after is past the end of the change log.", "after"));
            }
        }
        running = false;
        if (again || !joining.isEmpty()) {
            wake();
        }
    }

    private void retry(Throwable failure) {
        failures++;
        long delay = Math.min(LONGEST_RETRY_MILLIS, 50L << Math.min(failures, 10));
        if (failures == 1) {
            LOG.warnf("Cannot read the change log (%s); retrying, the first time in %d ms", failure.getMessage(),
                    delay);
        }
        vertx.setTimer(delay, timer -> onHub(this::cycle));
    }

    private void letJoin() {
        for (Joining joins : joining) {
            if (joins.feed().ended()) {
                continue;
            }
            if (joins.after() != null && joins.after() > position) {
                // a cursor from an instance that has read further: this one reads the log before deciding
                ahead.add(joins);
            } else {
                join(joins);
            }
        }
        joining.clear();
    }

    private void join(Joining joins) {
        Feed feed = joins.feed();
        groups.computeIfAbsent(joins.key(),
                key -> new SubscriptionGroup(key, joins.topic(), joins.batch(), joins.responseKey())).add(feed);
        if (joins.after() != null && joins.after() < position) {
            feed.holdBackLive();
            catchUp(joins, joins.after(), position);
        }
    }

    /**
     * Reads the log positions after {@code from} up to {@code until} page by page, each page once the subscriber
     * has taken the one before. Positions not in the log (rolled back) or not matching the filter read as nothing.
     */
    private void catchUp(Joining joins, long from, long until) {
        Feed feed = joins.feed();
        if (feed.ended()) {
            return;
        }
        if (from >= until) {
            feed.caughtUp();
            return;
        }
        long to = Math.min(until, from + catchUpPage);
        Long[] keys = LongStream.rangeClosed(from + 1, to).boxed().toArray(Long[]::new);
        joins.batch().read(keys).onComplete(read -> {
            if (read.failed()) {
                LOG.warnf("Cannot read the change log for a resumed subscription: %s", read.cause().getMessage());
                feed.fail(new LogUnavailableException());
                return;
            }
            feed.caughtUpTo(payloads(read.result(), joins.responseKey()));
            feed.whenEmpty(() -> catchUp(joins, to, until));
        });
    }

    /** The rows of a read as payloads, each shared by every subscriber it goes to. */
    @SuppressWarnings("unchecked")
    private static List<Object> payloads(List<Object> rows, String responseKey) {
        List<Object> payloads = new ArrayList<>(rows.size());
        for (Object row : rows) {
            payloads.add(new Payload((Map<String, Object>) row, responseKey));
        }
        return payloads;
    }
}
