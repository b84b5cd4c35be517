#!/usr/bin/env python3
"""Makes XRR_batch_made.hgx, a GenX 3 project holding a batch of three entries.

Dev-time only (the tests read the committed .hgx, they never run Python). Needs h5py.

How GenX 3 stores a batch (its ModelController.save_hgx / load_hgx): the active model is the group
"current" (model, optimizer settings and configuration); every model of the batch list is a further
top-level group named "<index>-<name>", the index zero-padded to the digits of (entries + 1) so that
sorted names keep the list's order. Each entry group holds what Model.write_h5group writes: script,
parameters, data, fomfunction and sequence_value (the batch dialog's value column, a float).

This file copies GenX's X-ray_Reflectivity example as the entries, each with its own sequence value
and its own data: the measured curve scaled by a factor (as if the incident intensity drifted) with
its errors scaled alike. The current group is the first entry, as after GenX activates it.

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
# What Model.write_h5group writes; the optimizer and config stay in "current" only.
MODEL_KEYS = ["script", "parameters", "data", "fomfunction", "sequence_value"]


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
