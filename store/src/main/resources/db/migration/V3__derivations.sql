-- The derivations a user writes for problems that ask for one (section 2): every version kept,
-- the latest one counts. score is the share of the rubric's key points covered, in [0, 1];
-- coverage is the rubric's reading of each key point as JSON.

CREATE TABLE derivations (
    id          VARCHAR(40)  PRIMARY KEY,
    problem     VARCHAR(100) NOT NULL,
    attempt_id  VARCHAR(40)  REFERENCES attempts (id),
    body        TEXT         NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    coverage    TEXT         NOT NULL,
    created_at  BIGINT       NOT NULL
);
CREATE INDEX derivations_problem ON derivations (problem, created_at);
