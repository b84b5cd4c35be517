-- The runs not yet ended, by status and worker: a slot's claim (RunClaims) looks only at queued and running
-- runs and a worker's hand-back at its own running ones, a few rows among a campaign's finished thousands.
-- Without it a claim walked all of runs_by_status (sweep first): 20-30 ms a pick with 100,000 finished runs,
-- against 1-9 ms with it (EXPLAIN ANALYZE, load 13-14).
CREATE INDEX runs_unfinished ON runs (status, worker) WHERE status IN ('queued', 'running');
