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

    python3 make_batch.py        # writes XRR_batch_made.hgx and XRR_batch_mixed_made.hgx next to this file

XRR_batch_mixed_made.hgx is the same batch with entries that differ in what one sequence cannot share: the
second entry's script stacks 18 Fe/Pt bilayers instead of 19, and the third entry holds two data sets (its
curve and a copy scaled by 0.8 named "XRR copy"), its script's Sim simulating data[1] as it does data[0], and
the example's own parameter table, so that the y_sim both data sets keep is GenX's curve of that entry.
"""
import shutil
from pathlib import Path

import h5py

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "X-ray_Reflectivity.hgx"
TARGET = HERE / "XRR_batch_made.hgx"
MIXED = HERE / "XRR_batch_mixed_made.hgx"
SECOND_DATA_SET = """    # END Dataset 0
    # BEGIN Dataset 1 DO NOT CHANGE
    d = data[1]
    I.append(sample.SimSpecular(d.x, inst))
    # END Dataset 1
"""

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


def replace_text(group, name, old, new):
    text = group[name][()].decode()
    assert old in text, old
    del group[name]
    group.create_dataset(name, data=text.replace(old, new), dtype=h5py.string_dtype())


def mix(target):
    """The second entry gets another script, the third a second data set and a Sim for it."""
    with h5py.File(target, "r+") as f:
        names = sorted(n for n in f.keys() if n != "current")
        replace_text(f[names[1]], "script", "Repetitions = 19", "Repetitions = 18")
        third = f[names[2]]
        replace_text(third, "script", "    # END Dataset 0\n", SECOND_DATA_SET)
        # The example's own table, so that y_sim (copied with the data) is GenX's curve of this entry.
        del third["parameters"]
        f.copy(f["current/parameters"], third, name="parameters")
        sets = third["data/datasets"]
        f.copy(sets["0"], sets, name="1")
        copy = sets["1"]
        del copy["name"]
        copy.create_dataset("name", data="XRR copy", dtype=h5py.string_dtype())
        for column in ("y", "error"):
            scaled = copy[column][()] * 0.8
            del copy[column]
            copy[column] = scaled
    print("wrote", target)


def main():
    write(TARGET)
    shutil.copyfile(TARGET, MIXED)
    mix(MIXED)


def write(target):
    shutil.copyfile(SOURCE, target)
    with h5py.File(target, "r+") as f:
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
    print("wrote", target)


if __name__ == "__main__":
    main()
