-- Whose sweep it is (evofit serve's account; null for the command line's), and the CPU seconds each run's fit
-- used on the workers, summed over its attempts, with when the last was added: the service's quota
-- cpu-seconds-per-day sums them per owner over the last 24 hours, whichever service submitted the runs.
ALTER TABLE sweeps ADD COLUMN owner TEXT;
ALTER TABLE runs ADD COLUMN cpu_seconds DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN cpu_at BIGINT;
