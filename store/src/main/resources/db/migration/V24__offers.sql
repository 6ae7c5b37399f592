-- Offers kept for `allclose offers compare`: the YAML the user gave, as written.

CREATE TABLE offers (
    name        VARCHAR(100) PRIMARY KEY,
    source      TEXT         NOT NULL,
    added_at    BIGINT       NOT NULL
);
