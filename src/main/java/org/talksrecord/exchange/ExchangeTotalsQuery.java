package org.talksrecord.exchange;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.talksrecord.common.SqlParams;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** Sums the exchanges that match a filter, overall and per participant, in one statement. */
@ApplicationScoped
public class ExchangeTotalsQuery {

    private final Pool pool;

    public ExchangeTotalsQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<ExchangeTotalsView> totals(ExchangeFilter filter) {
        SqlParams params = new SqlParams();
        String where = ExchangeQueries.filterOf(filter).where(params);
        String sql = "with f as (select x.id from exchange x where " + where + "), "
                + "s as (select es.* from exchange_side es join f on f.id = es.exchange_id), "
                + "per as (select pid, sum(rel) as released, sum(rec) as received from ("
                + "select released_by_id as pid, military + civilians as rel, 0 as rec from s union all "
                + "select received_by_id, 0, military + civilians from s) u group by pid) "
                + "select (select count(*) from f) as exchanges, "
                + "(select coalesce(sum(military), 0) from s) as military, "
                + "(select coalesce(sum(civilians), 0) from s) as civilians, per.pid, per.released, per.received "
                + "from (select 1) as one left join per on true order by per.released desc, per.pid";
        return pool.preparedQuery(sql).execute(params.tuple()).map(rows -> {
            List<ExchangeTotalsView.ParticipantTotals> perParticipant = new ArrayList<>();
            long exchanges = 0;
            long military = 0;
            long civilians = 0;
            for (Row row : rows) {
                exchanges = row.getLong("exchanges");
                military = row.getLong("military");
                civilians = row.getLong("civilians");
                if (row.getLong("pid") != null) {
                    perParticipant.add(new ExchangeTotalsView.ParticipantTotals(row.getLong("pid"),
                            row.getLong("released").intValue(), row.getLong("received").intValue()));
                }
            }
            return new ExchangeTotalsView((int) exchanges, (int) (military + civilians), (int) military,
                    (int) civilians, perParticipant);
        });
    }
}
