-- The talk rounds (mock interview, paper critique, experimental design, open problems): one
-- session per sitting, one answer row per question or item answered in it. Portable SQL, as V1.

CREATE TABLE practice_sessions (
    id          VARCHAR(40)  PRIMARY KEY,
    round       VARCHAR(20)  NOT NULL,
    label       VARCHAR(200) NOT NULL,
    started_at  BIGINT       NOT NULL,
    finished_at BIGINT       NOT NULL
);
CREATE INDEX practice_sessions_round ON practice_sessions (round, started_at);

CREATE TABLE practice_answers (
    session_id  VARCHAR(40)  NOT NULL REFERENCES practice_sessions (id),
    position    INTEGER      NOT NULL,
    item        VARCHAR(100) NOT NULL,
    answer      TEXT         NOT NULL,
    elapsed_ms  BIGINT       NOT NULL,
    budget_ms   BIGINT       NOT NULL,
    result      TEXT         NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (session_id, position)
);
CREATE INDEX practice_answers_item ON practice_answers (item);
