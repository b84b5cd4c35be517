-- Incremental checkpoints: a run's checkpoints row holds a whole checkpoint and these rows the increments
-- saved after it (each the state at its generation and the evaluation-log entries appended since the one
-- before), read in generation order. Saving a whole checkpoint removes them. Keyed by generation, so an
-- append run again after a lost acknowledgement is stored once.
CREATE TABLE checkpoint_increments (
    sweep      TEXT NOT NULL,
    run        TEXT NOT NULL,
    generation INTEGER NOT NULL,
    content    ${blob} NOT NULL,
    PRIMARY KEY (sweep, run, generation),
    FOREIGN KEY (sweep, run) REFERENCES runs (sweep, id)
);
