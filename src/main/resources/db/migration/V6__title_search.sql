-- Titles alone, so that search finds a title match (weight A) of any age without ranking every match.
create index negotiation_title_search_idx on negotiation using gin (to_tsvector('simple', fold_text(title)));
create index agreement_title_search_idx on agreement using gin (to_tsvector('simple', fold_text(title)));
