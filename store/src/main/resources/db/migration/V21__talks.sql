-- The research-talk planner: outlines (the latest is the current talk) and timed rehearsals.

CREATE TABLE talks (
    id          VARCHAR(40) PRIMARY KEY,
    title       TEXT        NOT NULL,
    minutes     INTEGER     NOT NULL,
    created_at  BIGINT      NOT NULL
);

CREATE TABLE talk_slides (
    talk_id     VARCHAR(40)  NOT NULL REFERENCES talks (id),
    position    INTEGER      NOT NULL,
    section     VARCHAR(40)  NOT NULL,
    title       TEXT         NOT NULL,
    PRIMARY KEY (talk_id, position)
);

CREATE TABLE rehearsals (
    id          VARCHAR(40) PRIMARY KEY,
    talk_id     VARCHAR(40) REFERENCES talks (id),
    minutes     INTEGER     NOT NULL,
    started_at  BIGINT      NOT NULL
);

CREATE TABLE rehearsal_sections (
    rehearsal_id  VARCHAR(40) NOT NULL REFERENCES rehearsals (id),
    position      INTEGER     NOT NULL,
    section       VARCHAR(40) NOT NULL,
    budget_ms     BIGINT      NOT NULL,
    actual_ms     BIGINT      NOT NULL,
    PRIMARY KEY (rehearsal_id, position)
);
