-- Whose sweep it is, for the order in which workers take runs: 0 for everyone's, -1 for a guest's of
-- evofit serve, whose runs wait while any other run waits (SweepPriorityDelegate orders by it).
ALTER TABLE sweeps ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
