-- The posterior sampler's checkpoint of a run that samples after its fit (a sweep's sample:): the chain's
-- append-only log (org.evofit.wrapper.sample.ChainLog) in pieces, the first a whole log (header and the
-- rows so far), the others the rows appended after it, each keyed by the chain's rows at its end and
-- read in that order. Saving a whole log removes the run's pieces; an append run again after a lost
-- acknowledgement is stored once.
CREATE TABLE chain_checkpoints (
    sweep      TEXT NOT NULL,
    run        TEXT NOT NULL,
    chain_rows INTEGER NOT NULL,
    content    ${blob} NOT NULL,
    saved      BIGINT NOT NULL,
    PRIMARY KEY (sweep, run, chain_rows),
    FOREIGN KEY (sweep, run) REFERENCES runs (sweep, id)
);
