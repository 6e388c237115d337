-- Removes every row that bench/generate.sql added (created_by = 'bench') and its bench.generated record;
-- the service's own rows (e.g. the sample facts) stay. Usage: psql "$URL" -f bench/drop.sql
\set ON_ERROR_STOP on
begin;
delete from statement where created_by = 'bench';        -- cascades to statement_mention and source
delete from exchange where created_by = 'bench';         -- cascades to exchange_side, exchange_mediator, source
delete from agreement where created_by = 'bench';
delete from negotiation where created_by = 'bench';      -- cascades to negotiation_party and source
delete from participant where created_by = 'bench';
delete from bench.generated;
commit;
vacuum (analyze) participant, negotiation, negotiation_party, agreement, exchange, exchange_side,
    exchange_mediator, statement, statement_mention, source;
