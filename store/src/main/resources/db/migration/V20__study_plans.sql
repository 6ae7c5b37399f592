-- The study plan of `allclose plan`: one active plan at a time, its items day by day. Days are
-- ISO dates ('2026-03-02') in the user's calendar, which sort as text; times are epoch millis.

CREATE TABLE study_plans (
    id             VARCHAR(40) PRIMARY KEY,
    created_at     BIGINT      NOT NULL,
    start_day      VARCHAR(10) NOT NULL,
    interview_day  VARCHAR(10) NOT NULL,
    daily_minutes  INTEGER     NOT NULL,
    focus          VARCHAR(20) NOT NULL,
    active         INTEGER     NOT NULL
);

-- The days each phase of the plan covers (phases that share days have the same range).
CREATE TABLE plan_phases (
    plan_id     VARCHAR(40)  NOT NULL REFERENCES study_plans (id),
    position    INTEGER      NOT NULL,
    title       VARCHAR(100) NOT NULL,
    first_day   VARCHAR(10)  NOT NULL,
    last_day    VARCHAR(10)  NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_items (
    id          VARCHAR(40)  PRIMARY KEY,
    plan_id     VARCHAR(40)  NOT NULL REFERENCES study_plans (id),
    day         VARCHAR(10)  NOT NULL,
    position    INTEGER      NOT NULL,
    phase       VARCHAR(100) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    ref         VARCHAR(100) NOT NULL,
    title       TEXT         NOT NULL,
    minutes     INTEGER      NOT NULL,
    first_day   VARCHAR(10)  NOT NULL,
    added_at    BIGINT       NOT NULL,
    done_at     BIGINT
);
CREATE INDEX plan_items_day ON plan_items (plan_id, day, position);
