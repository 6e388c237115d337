package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code exchangeTotals(filter:)}: over the exchanges the filter selects, their count and sums, and per
 * participant what it released and received, in one sub-select.
 */
record TotalsRead(ListDef exchanges, ObjectPlan totals) implements FieldRead {

    /** The name under which the per-participant sums are visible to {@code byParticipant}. */
    static final String PER_PARTICIPANT = "participant_totals";

    @Override
    public String render(Render render, Entry entry, Scope scope) {
        String exchange = render.alias();
        String where = ListDef.and(exchanges.conditions(render, render.arguments(entry).get("filter"), exchange));
        String row = render.alias();
        List<String> joins = new ArrayList<>();
        String json = totals.render(render, new Scope(row, joins));
        return "(with chosen as (select " + exchange + ".id from " + exchanges.table() + " " + exchange + " where "
                + where + "), sides as (select s.* from exchange_side s join chosen on chosen.id = s.exchange_id), "
                + PER_PARTICIPANT + " as (select participant_id, sum(released)::int4 as released, "
                + "sum(received)::int4 as received from (select released_by_id as participant_id, "
                + "military + civilians as released, 0 as received from sides union all select received_by_id, 0, "
                + "military + civilians from sides) per group by participant_id) "
                + "select " + json + " from (select (select count(*) from chosen)::int4 as exchanges, "
                + "(select coalesce(sum(military + civilians), 0) from sides)::int4 as released, "
                + "(select coalesce(sum(military), 0) from sides)::int4 as military, "
                + "(select coalesce(sum(civilians), 0) from sides)::int4 as civilians) " + row
                + String.join("", joins) + ")";
    }
}
