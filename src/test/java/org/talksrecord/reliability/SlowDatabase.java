package org.talksrecord.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Deliberately slow statements in the reliability tests' own database: a text folded by {@code fold_text} (name
 * filters, search) and a participant inserted with a name that contains {@code zzsleep<seconds>zz} make the
 * statement sleep that long. {@link #close()} restores both.
 */
final class SlowDatabase implements AutoCloseable {

    static String marker(double seconds) {
        return "zzsleep" + seconds + "zz";
    }

    private static final String SLOW_FOLD = """
            create or replace function fold_text(value text) returns text
                language plpgsql immutable parallel safe strict
            as $$
            begin
                if strpos(value, 'zzsleep') > 0 then
                    perform pg_sleep(substring(value from 'zzsleep([0-9.]+)zz')::double precision);
                end if;
                return lower(public.unaccent('public.unaccent'::regdictionary, value));
            end
            $$""";
    private static final String ORIGINAL_FOLD = """
            create or replace function fold_text(value text) returns text
                language sql immutable parallel safe strict
            as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$""";
    private static final String SLOW_INSERT = """
            create or replace function slow_participant_insert() returns trigger language plpgsql as $$
            begin
                if strpos(new.name, 'zzsleep') > 0 then
                    perform pg_sleep(substring(new.name from 'zzsleep([0-9.]+)zz')::double precision);
                end if;
                return new;
            end
            $$""";

    SlowDatabase() throws SQLException {
        execute(SLOW_FOLD, SLOW_INSERT, "drop trigger if exists slow_participant_insert on participant",
                "create trigger slow_participant_insert before insert on participant for each row "
                        + "execute function slow_participant_insert()");
    }

    /** How many statements are sleeping in pg_sleep right now, on any connection. */
    static long sleeping() throws SQLException {
        try (Connection connection = OwnPostgres.connect();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select count(*) from pg_stat_activity where wait_event = 'PgSleep'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        execute(ORIGINAL_FOLD, "drop trigger if exists slow_participant_insert on participant",
                "drop function if exists slow_participant_insert()");
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection connection = OwnPostgres.connect(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
