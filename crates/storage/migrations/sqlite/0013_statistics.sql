-- Statistics that outlive the conversations they describe. One fact per chat
-- conversation, mail case and forum question, written in the same transaction as
-- each change of its state. A fact holds no personal data: module, scope (flow,
-- inbox or category id), times in whole seconds, outcome and a pseudonymous agent id
-- (a staff user id without a foreign key, dropped after the organisation's chosen
-- number of days). Retention and erasure never touch these tables.
CREATE TABLE stat_facts (
    org_id             INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    module             TEXT NOT NULL CHECK (module IN ('chat', 'forum', 'mail')),
    source_id          INTEGER NOT NULL,
    scope_id           INTEGER NOT NULL,
    agent_id           INTEGER,
    opened_at          INTEGER NOT NULL,
    -- The local date (YYYYMMDD) and hour the fact was opened, in the organisation's zone then.
    opened_day         INTEGER NOT NULL,
    opened_hour        INTEGER NOT NULL CHECK (opened_hour BETWEEN 0 AND 23),
    first_response_at  INTEGER,
    closed_at          INTEGER,
    outcome            TEXT NOT NULL CHECK (outcome IN ('open', 'answered', 'missed', 'offline')),
    transfers          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, module, source_id)
) STRICT;
CREATE INDEX stat_facts_day ON stat_facts (org_id, opened_day);
CREATE INDEX stat_facts_agent ON stat_facts (org_id, opened_at) WHERE agent_id IS NOT NULL;

-- Per organisation and day: `version` grows with every change to a fact opened that
-- day; the day's pre-aggregates are current while `built_version` equals it.
CREATE TABLE stat_days (
    org_id         INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    day            INTEGER NOT NULL,
    version        INTEGER NOT NULL,
    built_version  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (org_id, day)
) STRICT;

-- A day's figures for one module: one row, so a year's report reads 365 rows. `cells`
-- holds the figures per scope and agent, encoded by storage::stats: counts, opened per
-- hour, and every response and close duration in seconds, so medians and percentiles
-- over any period stay exact.
CREATE TABLE stat_daily (
    org_id  INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    day     INTEGER NOT NULL,
    module  TEXT NOT NULL,
    cells   BLOB NOT NULL,
    PRIMARY KEY (org_id, day, module)
) STRICT;

-- How long the agent id stays on a fact (NULL: as long as the fact).
CREATE TABLE stat_settings (
    org_id      INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    agent_days  INTEGER
) STRICT;
