-- The correlation id of the request that submitted each sweep (evofit serve's X-Request-Id), which the
-- workers write on a run's started line: one id follows a submission from the browser to its worker.
ALTER TABLE sweeps ADD COLUMN request TEXT;
