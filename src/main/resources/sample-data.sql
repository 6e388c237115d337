-- The facts of the founding article (prisoner exchange of 23 May 2025). Every insert is keyed on a
-- natural key, so loading this file again adds nothing.
insert into participant (name, kind, aliases, title)
select v.name, v.kind, v.aliases, v.title
from (values
    ('Russia', 'STATE', array['Russian Federation', 'Росія', 'Россия'], null),
    ('Ukraine', 'STATE', array['Україна', 'Украина'], null),
    ('Belarus', 'STATE', array['Беларусь', 'Білорусь'], null),
    ('Türkiye', 'STATE', array['Turkey'], null),
    ('United States', 'STATE', array['USA', 'United States of America'], null),
    ('Italy', 'STATE', array['Italia'], null),
    ('Holy See', 'STATE', array['Vatican'], null)
) as v(name, kind, aliases, title)
where not exists (select 1 from participant p where p.name = v.name);

insert into participant (name, kind, aliases, title, affiliation_id)
select v.name, v.kind, v.aliases, v.title, (select a.id from participant a where a.name = v.affiliation)
from (values
    ('Volodymyr Zelensky', 'PERSON', array['Zelenskyy', 'Володимир Зеленський'], 'President of Ukraine', 'Ukraine'),
    ('Vladimir Putin', 'PERSON', array['Владимир Путин', 'Володимир Путін'], 'President of Russia', 'Russia'),
    ('Sergei Lavrov', 'PERSON', array['Сергей Лавров', 'Сергій Лавров'], 'Minister of Foreign Affairs of Russia', 'Russia'),
    ('Donald Trump', 'PERSON', array[]::text[], 'President of the United States', 'United States'),
    ('Giorgia Meloni', 'PERSON', array[]::text[], 'Prime Minister of Italy', 'Italy'),
    ('Ministry of Defence of the Russian Federation', 'ORGANIZATION',
        array['Russian Ministry of Defence', 'Министерство обороны Российской Федерации'], null, 'Russia'),
    ('Coordination Headquarters for the Treatment of Prisoners of War', 'ORGANIZATION',
        array['Координаційний штаб з питань поводження з військовополоненими'], null, 'Ukraine')
) as v(name, kind, aliases, title, affiliation)
where not exists (select 1 from participant p where p.name = v.name);

insert into negotiation (title, format, status, location, starts_at, ends_at, summary)
select v.title, v.format, v.status, v.location, v.starts_at, v.ends_at, v.summary
from (values
    ('Russia–Ukraine direct talks in Istanbul', 'IN_PERSON', 'HELD', 'Istanbul',
        timestamptz '2025-05-16T10:30:00Z', timestamptz '2025-05-16T12:30:00Z',
        'About two hours of talks between low-level delegations of Russia and Ukraine, hosted by Türkiye: the first '
        || 'direct contact since March 2022. No progress toward a ceasefire; the sides agreed a 1,000-for-1,000 '
        || 'prisoner exchange.'),
    ('Trump–Putin phone call', 'PHONE_CALL', 'HELD', null,
        timestamptz '2025-05-19T14:00:00Z', timestamptz '2025-05-19T16:00:00Z',
        'A phone call of about two hours between the presidents of the United States and Russia.'),
    ('Second round of Istanbul talks', 'IN_PERSON', 'PLANNED', 'Istanbul', null, null,
        'A further round of direct talks, at which Russia is to present a "memorandum".')
) as v(title, format, status, location, starts_at, ends_at, summary)
where not exists (select 1 from negotiation n where n.title = v.title);

update negotiation
set previous_round_id = (select id from negotiation where title = 'Russia–Ukraine direct talks in Istanbul')
where title = 'Second round of Istanbul talks' and previous_round_id is null;

insert into negotiation_party (negotiation_id, position, participant_id, role, represents_id)
select n.id, v.position, p.id, v.role, (select r.id from participant r where r.name = v.represents)
from (values
    ('Russia–Ukraine direct talks in Istanbul', 0, 'Russia', 'DELEGATION', null),
    ('Russia–Ukraine direct talks in Istanbul', 1, 'Ukraine', 'DELEGATION', null),
    ('Russia–Ukraine direct talks in Istanbul', 2, 'Türkiye', 'HOST', null),
    ('Trump–Putin phone call', 0, 'Donald Trump', 'DELEGATION', 'United States'),
    ('Trump–Putin phone call', 1, 'Vladimir Putin', 'DELEGATION', 'Russia'),
    ('Second round of Istanbul talks', 0, 'Russia', 'DELEGATION', null),
    ('Second round of Istanbul talks', 1, 'Ukraine', 'DELEGATION', null),
    ('Second round of Istanbul talks', 2, 'Türkiye', 'HOST', null)
) as v(negotiation, position, participant, role, represents)
join negotiation n on n.title = v.negotiation
join participant p on p.name = v.participant
where not exists (select 1 from negotiation_party np where np.negotiation_id = n.id and np.position = v.position);

insert into agreement (title, reached_on, negotiation_id, terms, prisoners_per_side)
select '1,000-for-1,000 prisoner exchange', date '2025-05-16', n.id,
       'Russia and Ukraine each release 1,000 prisoners to the other side.', 1000
from negotiation n
where n.title = 'Russia–Ukraine direct talks in Istanbul'
  and not exists (select 1 from agreement a where a.title = '1,000-for-1,000 prisoner exchange');

insert into exchange (occurred_on, location, status, negotiation_id, agreement_id)
select date '2025-05-23', 'Ukrainian–Belarusian border', 'COMPLETED', a.negotiation_id, a.id
from agreement a
where a.title = '1,000-for-1,000 prisoner exchange'
  and not exists (select 1 from exchange e where e.occurred_on = date '2025-05-23'
                                            and e.location = 'Ukrainian–Belarusian border');

insert into exchange_side (exchange_id, position, released_by_id, received_by_id, military, civilians)
select e.id, v.position, rel.id, rec.id, v.military, v.civilians
from (values (0, 'Russia', 'Ukraine', 270, 120), (1, 'Ukraine', 'Russia', 270, 120))
    as v(position, released_by, received_by, military, civilians)
join exchange e on e.occurred_on = date '2025-05-23' and e.location = 'Ukrainian–Belarusian border'
join participant rel on rel.name = v.released_by
join participant rec on rec.name = v.received_by
where not exists (select 1 from exchange_side s where s.exchange_id = e.id and s.position = v.position);

insert into statement (text, language, said_at, channel, speaker_id, negotiation_id, exchange_id)
select v.text, 'en', v.said_at, v.channel, sp.id,
       (select n.id from negotiation n where n.title = v.negotiation),
       (select e.id from exchange e where e.occurred_on = date '2025-05-23'
                                     and e.location = 'Ukrainian–Belarusian border' and v.about_exchange)
from (values
    ('Volodymyr Zelensky', 'We are bringing our people home … verifying every surname, every detail about each person.',
        timestamptz '2025-05-23T16:00:00Z', null, null, true),
    ('Volodymyr Zelensky', 'Home. We must bring all our people back from Russian captivity.',
        timestamptz '2025-05-25T15:00:00Z', 'X', null, true),
    ('Donald Trump', 'This could lead to something big???',
        timestamptz '2025-05-23T14:00:00Z', 'Truth Social', null, true),
    ('Sergei Lavrov', 'First we need to have a deal, then we will decide who in Ukraine has legitimacy.',
        timestamptz '2025-05-23T12:00:00Z', null, null, false),
    ('Sergei Lavrov', 'Holding the talks at the Vatican is "not very realistic".',
        timestamptz '2025-05-23T12:30:00Z', null, 'Second round of Istanbul talks', false),
    ('Ministry of Defence of the Russian Federation',
        'Those returned include military personnel and civilians, among them people detained in the Kursk region.',
        timestamptz '2025-05-23T17:00:00Z', null, null, true)
) as v(speaker, text, said_at, channel, negotiation, about_exchange)
join participant sp on sp.name = v.speaker
where not exists (select 1 from statement s where s.speaker_id = sp.id and s.text = v.text);

insert into statement_mention (statement_id, position, participant_id)
select s.id, v.position, p.id
from (values
    ('Home. We must bring all our people back from Russian captivity.', 0, 'Russia'),
    ('First we need to have a deal, then we will decide who in Ukraine has legitimacy.', 0, 'Ukraine'),
    ('Holding the talks at the Vatican is "not very realistic".', 0, 'Holy See'),
    ('Those returned include military personnel and civilians, among them people detained in the Kursk region.',
        0, 'Ukraine')
) as v(text, position, participant)
join statement s on s.text = v.text
join participant p on p.name = v.participant
where not exists (select 1 from statement_mention m where m.statement_id = s.id and m.position = v.position);
