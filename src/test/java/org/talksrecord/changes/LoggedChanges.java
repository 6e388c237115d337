package org.talksrecord.changes;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the change log straight from the database. */
@ApplicationScoped
public class LoggedChanges {

    /** One row of {@code change_log}, without its time. */
    public record Entry(long position, String recordType, long recordId, String kind, String by) {

        /** The entry without its position, for comparing with what a test expects. */
        public String describe() {
            return kind + " " + recordType + " " + recordId + " by " + by;
        }
    }

    private final Pool pool;

    public LoggedChanges(Pool pool) {
        this.pool = pool;
    }

    /** The last position so far, 0 when the log is empty. */
    public long last() {
        return pool.query("select coalesce(max(position), 0) from change_log").execute().await().indefinitely()
                .iterator().next().getLong(0);
    }

    /** Every entry after {@code position}, oldest first. */
    public List<Entry> after(long position) {
        List<Entry> entries = new ArrayList<>();
        pool.preparedQuery("select position, record_type, record_id, kind, by from change_log where position > $1 "
                + "order by position").execute(Tuple.of(position)).await().indefinitely()
                .forEach(row -> entries.add(entry(row)));
        return entries;
    }

    /** Like {@link #after}, as {@link Entry#describe} texts. */
    public List<String> describedAfter(long position) {
        return after(position).stream().map(Entry::describe).toList();
    }

    public static Entry entry(Row row) {
        return new Entry(row.getLong("position"), row.getString("record_type"), row.getLong("record_id"),
                row.getString("kind"), row.getString("by"));
    }
}
