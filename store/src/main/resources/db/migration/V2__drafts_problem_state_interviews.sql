-- The web app's state: autosaved drafts, per-problem flags (hints revealed, given up) and timed
-- interview sessions. Same portable conventions as V1.

CREATE TABLE drafts (
    problem     VARCHAR(100) NOT NULL,
    language    VARCHAR(20)  NOT NULL,
    source      TEXT         NOT NULL,
    updated_at  BIGINT       NOT NULL,
    PRIMARY KEY (problem, language)
);

CREATE TABLE problem_state (
    problem         VARCHAR(100) PRIMARY KEY,
    hints_revealed  INTEGER      NOT NULL,
    gave_up_at      BIGINT
);

CREATE TABLE interview_sessions (
    id          VARCHAR(40)  PRIMARY KEY,
    problem     VARCHAR(100) NOT NULL,
    language    VARCHAR(20)  NOT NULL,
    started_at  BIGINT       NOT NULL,
    budget_ms   BIGINT       NOT NULL,
    ended_at    BIGINT,
    verdict     VARCHAR(20),
    attempts    INTEGER      NOT NULL
);
CREATE INDEX interview_sessions_problem ON interview_sessions (problem, started_at);
