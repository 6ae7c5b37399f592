-- Cohorts of a shared server: a group of candidates, the coaches who follow it, and the problem
-- sets assigned to it. An assignment is a problem set with a deadline, or a timed assessment:
-- several problems under one clock of `minutes` that each candidate starts when ready, before
-- `due_at`. What each candidate did is read from their own workspace; only the start of an
-- assessment is kept here, since its clock is the cohort's rule, not the candidate's data.

CREATE TABLE cohorts (
    id          VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_by  VARCHAR(40)  NOT NULL REFERENCES users (id),
    created_at  BIGINT       NOT NULL
);

CREATE TABLE cohort_coaches (
    cohort_id   VARCHAR(40) NOT NULL REFERENCES cohorts (id),
    user_id     VARCHAR(40) NOT NULL REFERENCES users (id),
    PRIMARY KEY (cohort_id, user_id)
);

CREATE TABLE cohort_members (
    cohort_id   VARCHAR(40) NOT NULL REFERENCES cohorts (id),
    user_id     VARCHAR(40) NOT NULL REFERENCES users (id),
    added_at    BIGINT      NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);

CREATE INDEX cohort_members_user ON cohort_members (user_id);

CREATE TABLE assignments (
    id          VARCHAR(40)  PRIMARY KEY,
    cohort_id   VARCHAR(40)  NOT NULL REFERENCES cohorts (id),
    title       VARCHAR(200) NOT NULL,
    -- 'set' (a deadline) or 'assessment' (a deadline, and a clock of `minutes` once started)
    kind        VARCHAR(20)  NOT NULL,
    due_at      BIGINT       NOT NULL,
    minutes     INTEGER,
    created_at  BIGINT       NOT NULL
);

CREATE INDEX assignments_cohort ON assignments (cohort_id, due_at);

CREATE TABLE assignment_problems (
    assignment_id VARCHAR(40)  NOT NULL REFERENCES assignments (id),
    position      INTEGER      NOT NULL,
    problem       VARCHAR(100) NOT NULL,
    PRIMARY KEY (assignment_id, position)
);

CREATE TABLE assessment_starts (
    assignment_id VARCHAR(40) NOT NULL REFERENCES assignments (id),
    user_id       VARCHAR(40) NOT NULL REFERENCES users (id),
    started_at    BIGINT      NOT NULL,
    PRIMARY KEY (assignment_id, user_id)
);
