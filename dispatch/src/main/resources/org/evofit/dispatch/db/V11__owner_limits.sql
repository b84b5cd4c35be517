-- How many runs of an account's sweeps (sweeps.owner) the workers may hold at once: evofit serve's quota
-- concurrent-runs, written by the service as it submits. An account without a row has no bound.
CREATE TABLE owner_limits (
    owner       TEXT PRIMARY KEY,
    max_running INTEGER NOT NULL
);
