-- The accounts of a shared server (allclose serve --accounts). They live in the database's own
-- schema, with their own history table (flyway_accounts_history), apart from the tables of the
-- practice data: each account's practice data is a schema of its own ("workspace"), made with the
-- same migrations as the one-user database. Portable SQL: SQLite and PostgreSQL run it alike.

CREATE TABLE users (
    id            VARCHAR(40)  PRIMARY KEY,
    -- lower-cased, trimmed: the key a user signs in with
    email         VARCHAR(254) NOT NULL UNIQUE,
    role          VARCHAR(20)  NOT NULL,
    -- Argon2id in the PHC string format; NULL until the invitation is used
    password_hash VARCHAR(200),
    workspace     VARCHAR(63)  NOT NULL UNIQUE,
    created_at    BIGINT       NOT NULL,
    disabled_at   BIGINT
);

-- One-time links that let a new user choose a password. Only the SHA-256 of the token is kept, so
-- a copy of the database does not hold working links.
CREATE TABLE invitations (
    token_hash  VARCHAR(64) PRIMARY KEY,
    user_id     VARCHAR(40) NOT NULL REFERENCES users (id),
    created_at  BIGINT      NOT NULL,
    expires_at  BIGINT      NOT NULL,
    used_at     BIGINT
);

-- Signed-in browsers. The cookie holds the token; the table holds its SHA-256 and the token that
-- the pages send back in a header on every change (CSRF).
CREATE TABLE sessions (
    token_hash  VARCHAR(64) PRIMARY KEY,
    user_id     VARCHAR(40) NOT NULL REFERENCES users (id),
    csrf        VARCHAR(64) NOT NULL,
    created_at  BIGINT      NOT NULL,
    expires_at  BIGINT      NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins, for the rate limit: by the email tried and by the address it came from.
CREATE TABLE login_failures (
    id          VARCHAR(40)  PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    address     VARCHAR(64)  NOT NULL,
    at          BIGINT       NOT NULL
);

CREATE INDEX login_failures_email ON login_failures (email, at);
CREATE INDEX login_failures_address ON login_failures (address, at);

-- What admins (and the admin command line) did, for good: who, what, to whom.
CREATE TABLE audit_log (
    id          VARCHAR(40)  PRIMARY KEY,
    at          BIGINT       NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    subject     VARCHAR(254) NOT NULL,
    detail      TEXT         NOT NULL
);

CREATE INDEX audit_log_at ON audit_log (at);
