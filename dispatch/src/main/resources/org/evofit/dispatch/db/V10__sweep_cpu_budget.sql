-- The CPU seconds a sweep's fits may use on the workers, all its runs' together (evofit serve's: what was left of
-- the owner's cpu-seconds-per-day when it was submitted); null for none. A fit past it stops at the next
-- generation boundary with its best so far as its result (stopReason CPU_BUDGET).
ALTER TABLE sweeps ADD COLUMN cpu_budget DOUBLE PRECISION;
