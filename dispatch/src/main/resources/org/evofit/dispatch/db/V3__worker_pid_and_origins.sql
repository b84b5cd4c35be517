-- The process id of each worker beside its host: a worker restarted under the same name right after a
-- crash (SIGKILL, OOM) recognises that the process behind the fresh heartbeat is gone.
ALTER TABLE workers ADD COLUMN pid BIGINT;

-- The git state of each model file on the submitter's machine (JSON: path to RepositoryState), which
-- workers write into the results' provenance: they have the files, not the repository.
ALTER TABLE sweeps ADD COLUMN origins TEXT;
