-- Every committed update of a record increases its version by one (optimistic locking); update* and delete*
-- with expectedVersion refuse a stale write.
alter table participant add column version int not null default 0;
alter table negotiation add column version int not null default 0;
alter table agreement add column version int not null default 0;
alter table exchange add column version int not null default 0;
alter table statement add column version int not null default 0;
