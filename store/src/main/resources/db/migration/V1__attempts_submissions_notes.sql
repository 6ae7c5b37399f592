-- Portable SQL (SQLite and PostgreSQL): ids are text made by the application, times are
-- milliseconds since the epoch (UTC), booleans are 0/1 integers, reports are JSON text.

CREATE TABLE attempts (
    id          VARCHAR(40) PRIMARY KEY,
    problem     VARCHAR(100) NOT NULL,
    language    VARCHAR(20)  NOT NULL,
    file        TEXT,
    started_at  BIGINT       NOT NULL
);
CREATE INDEX attempts_problem ON attempts (problem, started_at);

CREATE TABLE submissions (
    id          VARCHAR(40) PRIMARY KEY,
    problem     VARCHAR(100) NOT NULL,
    attempt_id  VARCHAR(40) REFERENCES attempts (id),
    kind        VARCHAR(10)  NOT NULL,
    language    VARCHAR(20)  NOT NULL,
    file        TEXT         NOT NULL,
    source      TEXT         NOT NULL,
    verdict     VARCHAR(20)  NOT NULL,
    passed      INTEGER      NOT NULL,
    total       INTEGER      NOT NULL,
    judge_ms    BIGINT       NOT NULL,
    elapsed_ms  BIGINT,
    created_at  BIGINT       NOT NULL,
    report      TEXT         NOT NULL
);
CREATE INDEX submissions_problem ON submissions (problem, created_at);

CREATE TABLE case_reports (
    submission_id VARCHAR(40)  NOT NULL REFERENCES submissions (id),
    position      INTEGER      NOT NULL,
    name          VARCHAR(100) NOT NULL,
    visible       INTEGER      NOT NULL,
    verdict       VARCHAR(20)  NOT NULL,
    report        TEXT         NOT NULL,
    PRIMARY KEY (submission_id, position)
);

CREATE TABLE notes (
    problem     VARCHAR(100) PRIMARY KEY,
    body        TEXT         NOT NULL,
    updated_at  BIGINT       NOT NULL
);
