"""What the make_*.py scripts here share: replacing a dataset of a copied GenX project and writing its
parameter table. Dev-time only, like the scripts."""
import h5py
import numpy as np

TEXT = h5py.string_dtype()


def replace(group, name, data, dtype=None):
    """Replaces a dataset; text goes in as variable-length UTF-8 strings (dtype TEXT), as GenX writes it."""
    if name in group:
        del group[name]
    group.create_dataset(name, data=data, dtype=dtype)


def write_table(parameters, rows):
    """GenX's parameter table from rows of (name, value, fit, min, max), as its "data col N" datasets."""
    columns = list(zip(*rows))
    replace(parameters, "data col 0", list(columns[0]), TEXT)
    replace(parameters, "data col 1", np.array(columns[1], dtype=float))
    replace(parameters, "data col 2", np.array(columns[2], dtype=bool))
    replace(parameters, "data col 3", np.array(columns[3], dtype=float))
    replace(parameters, "data col 4", np.array(columns[4], dtype=float))
    replace(parameters, "data col 5", ["-"] * len(rows), TEXT)
