#!/usr/bin/env python3
"""Makes XRR_batch_made.hgx, a GenX 3 project holding a batch of three entries.

Dev-time only (the tests read the committed .hgx, they never run Python). Needs h5py.

How GenX 3 stores a batch (its ModelController.save_hgx / load_hgx): the active model is the group
"current" (model, optimizer settings and configuration); every model of the batch list is a further
top-level group named "<index>-<name>", the index zero-padded to the digits of (entries + 1) so that
sorted names keep the list's order. Each entry group holds what Model.write_h5group writes: script,
parameters, data, fomfunction and sequence_value (the batch dialog's value column, a float).

This file copies GenX's X-ray_Reflectivity example as the entries, each with its own sequence value,
its own data (the measured curve scaled by a factor, as if the incident intensity drifted, with its
errors scaled alike) and its own parameter table: later entries change some start values, as GenX's
table does after an entry is fitted, and the second also the bounds of a fixed row (which GenX keeps
but never uses). Fit flags and the bounds of fitted rows stay those of the first entry. The current
group is the first entry, as after GenX activates it.

    python3 make_batch.py        # writes XRR_batch_made.hgx next to this file
"""
import shutil
from pathlib import Path

import h5py

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "X-ray_Reflectivity.hgx"
TARGET = HERE / "XRR_batch_made.hgx"

# group name, sequence value (a temperature, say), scale of the measured curve
ENTRIES = [
    ("sample_T10K", 10.0, 1.0),
    ("sample_T25K", 25.0, 0.9),
    ("sample_T40K", 40.0, 1.1),
]
# Per entry: parameter-table row name -> {column: value}; column 1 is the value, 3 and 4 the bounds.
TABLE_CHANGES = {
    "sample_T25K": {"Fe.setD": {1: 11.5}, "inst.setI0": {1: 2.7}, "Sub.setSigma": {1: 4.5, 4: 9.0}},
    "sample_T40K": {"Fe.setD": {1: 10.5}, "topPt.setD": {1: 11.25}},
}
# What Model.write_h5group writes; the optimizer and config stay in "current" only.
MODEL_KEYS = ["script", "parameters", "data", "fomfunction", "sequence_value"]


def change_table(table, changes):
    """Sets the given cells of the rows named in changes, in place."""
    names = [n.decode() for n in table["data col 0"][()]]
    for row, cells in changes.items():
        for column, value in cells.items():
            table[f"data col {column}"][names.index(row)] = value


def main():
    shutil.copyfile(SOURCE, TARGET)
    with h5py.File(TARGET, "r+") as f:
        digits = len(str(len(ENTRIES) + 1))
        for i, (name, value, scale) in enumerate(ENTRIES):
            group = f.create_group(f"{i:0{digits}d}-{name}")
            for key in MODEL_KEYS:
                f.copy(f["current/" + key], group, name=key)
            del group["sequence_value"]
            group["sequence_value"] = value
            change_table(group["parameters"], TABLE_CHANGES.get(name, {}))
            data = group["data/datasets/0"]
            for column in ("y", "error"):
                scaled = data[column][()] * scale
                del data[column]
                data[column] = scaled
        current = f["current"]
        del current["sequence_value"]
        current["sequence_value"] = ENTRIES[0][1]
    print("wrote", TARGET)


if __name__ == "__main__":
    main()
