-- Documents clients send by ID instead of text: automatic persisted queries (registered by any client, the ID is
-- the SHA-256 of the text, at most a configured number kept, oldest first out) and trusted documents (from the
-- manifest or an editor, kept until removed). Every replica reads the same table.
create table persisted_document (
    id         varchar(128) primary key,
    document   text         not null,
    trusted    boolean      not null default false,
    created_at timestamptz  not null default now()
);
create index persisted_document_automatic_idx on persisted_document (created_at) where not trusted;
