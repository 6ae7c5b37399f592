-- The portfolio and behavioural story bank: entries (kind 'story' or 'project', numbered per
-- kind for the command line) and their parts (situation, task, ... or problem, gap, ...), one
-- row per part so the parts can follow the content files.

CREATE TABLE bank_entries (
    id          VARCHAR(40)  PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    number      INTEGER      NOT NULL,
    prompt      VARCHAR(40),
    title       TEXT         NOT NULL,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL,
    UNIQUE (kind, number)
);

CREATE TABLE bank_parts (
    entry_id    VARCHAR(40)  NOT NULL REFERENCES bank_entries (id),
    part        VARCHAR(40)  NOT NULL,
    body        TEXT         NOT NULL,
    PRIMARY KEY (entry_id, part)
);
