-- Idempotency keys of mutations (README, "Retries and Idempotency-Key"). A key's row is inserted in the transaction
-- of the write it belongs to, as its last step before the change log, so it exists exactly when that write
-- committed; the answer is stored right after the commit. Rows older than the retention (24 h by default) no
-- longer count and are deleted by every replica.
create table idempotency_key (
    key          varchar(255) primary key,
    request_hash varchar(64)  not null,
    editor       varchar(200),
    created_at   timestamptz  not null,
    answer       text
);
create index idempotency_key_created_idx on idempotency_key (created_at);

-- Claims a key for the calling transaction: true when claimed (unused, or its earlier use has expired), false when
-- a committed write holds it. A transaction that claimed it and has not ended yet is waited for.
create function claim_idempotency_key(claimed_key text, claimed_hash text, claimed_by text,
                                      retention_seconds double precision)
    returns boolean
    language sql
as $$
    with claimed as (
        insert into idempotency_key (key, request_hash, editor, created_at)
        values (claimed_key, claimed_hash, claimed_by, now())
        on conflict (key) do update
            set request_hash = excluded.request_hash, editor = excluded.editor, created_at = excluded.created_at,
                answer = null
            where idempotency_key.created_at < now() - make_interval(secs => retention_seconds)
        returning 1)
    select exists (select from claimed)
$$;
