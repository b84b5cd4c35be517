-- The run store, one schema for SQLite and PostgreSQL. ${blob} is BLOB or BYTEA; times are epoch milliseconds.

CREATE TABLE sweeps (
    id        TEXT PRIMARY KEY,
    source    TEXT NOT NULL,
    submitted BIGINT NOT NULL,
    run_count INTEGER NOT NULL
);

CREATE TABLE runs (
    sweep        TEXT NOT NULL REFERENCES sweeps (id),
    id           TEXT NOT NULL,
    position     INTEGER NOT NULL,
    spec         TEXT NOT NULL,
    start_from   TEXT,
    status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    worker       TEXT,
    lease        TEXT,
    queued       BIGINT NOT NULL,
    started      BIGINT,
    finished     BIGINT,
    fom          DOUBLE PRECISION,
    error        TEXT,
    resumed_from INTEGER,
    PRIMARY KEY (sweep, id)
);

CREATE INDEX runs_by_status ON runs (sweep, status);
CREATE INDEX runs_by_start ON runs (sweep, start_from);

CREATE TABLE run_files (
    sweep   TEXT NOT NULL,
    run     TEXT NOT NULL,
    name    TEXT NOT NULL,
    content ${blob} NOT NULL,
    PRIMARY KEY (sweep, run, name),
    FOREIGN KEY (sweep, run) REFERENCES runs (sweep, id)
);

CREATE TABLE checkpoints (
    sweep      TEXT NOT NULL,
    run        TEXT NOT NULL,
    generation INTEGER NOT NULL,
    content    ${blob} NOT NULL,
    saved      BIGINT NOT NULL,
    PRIMARY KEY (sweep, run),
    FOREIGN KEY (sweep, run) REFERENCES runs (sweep, id)
);

CREATE TABLE workers (
    name      TEXT PRIMARY KEY,
    host      TEXT NOT NULL,
    slots     INTEGER NOT NULL,
    started   BIGINT NOT NULL,
    heartbeat BIGINT NOT NULL
);

CREATE TABLE input_files (
    sha256  TEXT PRIMARY KEY,
    size    BIGINT NOT NULL,
    content ${blob} NOT NULL
);

CREATE TABLE sweep_inputs (
    sweep  TEXT NOT NULL REFERENCES sweeps (id),
    path   TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES input_files (sha256),
    PRIMARY KEY (sweep, path)
);
