-- Interview-day tools: a named interview (one conversation, one interviewer role), the
-- questions picked to ask in it, and the ticks of its day-before and day-of checklists.

CREATE TABLE interviews (
    name        VARCHAR(100) PRIMARY KEY,
    role        VARCHAR(40),
    team        VARCHAR(40),
    day         VARCHAR(10),
    created_at  BIGINT       NOT NULL
);

CREATE TABLE interview_questions (
    interview    VARCHAR(100) NOT NULL REFERENCES interviews (name),
    position     INTEGER      NOT NULL,
    question_id  VARCHAR(60)  NOT NULL,
    PRIMARY KEY (interview, position)
);

CREATE TABLE checklist_ticks (
    interview   VARCHAR(100) NOT NULL REFERENCES interviews (name),
    checklist   VARCHAR(40)  NOT NULL,
    item_id     VARCHAR(60)  NOT NULL,
    ticked_at   BIGINT       NOT NULL,
    PRIMARY KEY (interview, checklist, item_id)
);
