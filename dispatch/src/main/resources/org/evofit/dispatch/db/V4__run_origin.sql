-- The git state of each run's model file where the run was planned (JSON: a RepositoryState), taken
-- when the run is added: at submission, or at the re-plan of a schedule that added it, so runs added
-- later carry the state of their own model content. Runs stored before this migration keep their
-- sweep's origins (sweeps.origins, by model path).
ALTER TABLE runs ADD COLUMN origin TEXT;
