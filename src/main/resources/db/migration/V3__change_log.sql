-- One entry per committed create, update and delete of a record, in commit order (README, "Versions and the
-- change log").
create sequence change_log_position_seq;
create table change_log (
    position    bigint primary key,
    record_type varchar(20) not null check (record_type in ('PARTICIPANT','NEGOTIATION','AGREEMENT','EXCHANGE','STATEMENT')),
    record_id   bigint      not null,
    kind        varchar(10) not null check (kind in ('CREATED','UPDATED','DELETED')),
    at          timestamptz not null,
    by          varchar(200)
);
create index change_log_record_idx on change_log (record_type, record_id, position);

-- Appends the entries of a writing transaction; call it as the transaction's last step. The advisory lock is
-- held until commit, so positions are handed out in commit order and no smaller position can become visible
-- after a larger one. Returns the last position, which is also the payload of the NOTIFY sent at commit.
create function append_changes(record_types text[], record_ids bigint[], kinds text[], editor text)
    returns bigint
    language plpgsql
as $$
declare
    last_position bigint;
begin
    if cardinality(record_types) is distinct from cardinality(record_ids)
            or cardinality(record_types) is distinct from cardinality(kinds) then
        raise exception 'append_changes needs one record type, record ID and kind per entry';
    end if;
    if coalesce(cardinality(record_ids), 0) = 0 then
        return null;
    end if;
    -- 'talk' in ASCII; every appender uses this one key.
    perform pg_advisory_xact_lock(1952541803);
    for i in 1 .. cardinality(record_ids) loop
        insert into change_log (position, record_type, record_id, kind, at, by)
        values (nextval('change_log_position_seq'), record_types[i], record_ids[i], kinds[i], clock_timestamp(),
                editor)
        returning position into last_position;
    end loop;
    perform pg_notify('talks_changes', last_position::text);
    return last_position;
end
$$;
