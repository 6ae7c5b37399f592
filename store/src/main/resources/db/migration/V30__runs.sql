-- Runs a server has accepted (answered 202) and not yet judged, judged, or failed. A run is stored
-- before it is answered, so that one the server accepted survives the server's crash: a server
-- starting again judges what was left queued or running. A judged run points to the submission
-- recorded with it, in the same transaction, so that it is recorded once however often it is
-- judged. A run judged by a worker elsewhere (a shared server's) carries its progress here, for the
-- server that follows it: `version` goes up with each change, `worker` names who judges it now.
-- Versions V30-V39 belong to the shared server.

CREATE TABLE runs (
    id            VARCHAR(40)  PRIMARY KEY,
    problem       VARCHAR(100) NOT NULL,
    language      VARCHAR(20)  NOT NULL,
    file          VARCHAR(200) NOT NULL,
    source        TEXT         NOT NULL,
    mode          VARCHAR(10)  NOT NULL,
    state         VARCHAR(10)  NOT NULL,
    version       BIGINT       NOT NULL,
    worker        VARCHAR(200),
    planned       INTEGER      NOT NULL,
    finished      INTEGER      NOT NULL,
    current_case  VARCHAR(100),
    error         TEXT,
    submission_id VARCHAR(40)  REFERENCES submissions (id),
    created_at    BIGINT       NOT NULL,
    ended_at      BIGINT
);

CREATE INDEX runs_state ON runs (state, created_at);
