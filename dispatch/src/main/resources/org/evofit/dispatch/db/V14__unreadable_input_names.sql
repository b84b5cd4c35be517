-- An input file that could not be read when its sweep was submitted (a data file a run substitutes) is stored for
-- its name only, without content (sha256 null): the worker's run that fails on it then names it as the submitter
-- named it (shown_as), not by the worker's input cache or the submitter's directories. SQLite cannot drop a column's
-- NOT NULL, so the table is made anew (the same statements on PostgreSQL).
CREATE TABLE sweep_inputs_v14 (
    sweep    TEXT NOT NULL REFERENCES sweeps (id),
    path     TEXT NOT NULL,
    sha256   TEXT REFERENCES input_files (sha256),
    shown_as TEXT,
    PRIMARY KEY (sweep, path)
);
INSERT INTO sweep_inputs_v14 (sweep, path, sha256, shown_as) SELECT sweep, path, sha256, shown_as FROM sweep_inputs;
DROP TABLE sweep_inputs;
ALTER TABLE sweep_inputs_v14 RENAME TO sweep_inputs;
