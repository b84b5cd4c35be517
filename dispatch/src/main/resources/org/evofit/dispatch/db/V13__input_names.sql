-- The name a sweep's runs give each of its input files in what they write (result.json, model.json, the ORSO
-- results, sweep.json, summary.csv): evofit serve's are the files as the user uploaded them (models/model.yaml,
-- data/example.ort), so a worker's results never show the server's directories. Null: the file's own path, as
-- evofit submit's sweeps and those stored before this migration name it.
ALTER TABLE sweep_inputs ADD COLUMN shown_as TEXT;
