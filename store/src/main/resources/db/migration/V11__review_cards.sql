-- Spaced repetition: one scheduler card per reviewed item ('question:<id>' or 'problem:<slug>'),
-- the log of every review that moved it, and settings such as the study deadline.

CREATE TABLE review_cards (
    item            VARCHAR(120) PRIMARY KEY,
    card            TEXT         NOT NULL,
    due_at          BIGINT       NOT NULL,
    last_review_at  BIGINT       NOT NULL,
    reviews         INTEGER      NOT NULL
);
CREATE INDEX review_cards_due ON review_cards (due_at);

CREATE TABLE review_log (
    id          VARCHAR(40)  PRIMARY KEY,
    item        VARCHAR(120) NOT NULL,
    rating      VARCHAR(10)  NOT NULL,
    source      VARCHAR(120) NOT NULL,
    reviewed_at BIGINT       NOT NULL,
    due_at      BIGINT       NOT NULL
);
CREATE INDEX review_log_item ON review_log (item, reviewed_at);

CREATE TABLE review_settings (
    name        VARCHAR(40)  PRIMARY KEY,
    value       TEXT         NOT NULL
);
