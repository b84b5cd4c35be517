#!/usr/bin/env python3
"""Makes XRR_nan_made.hgx: GenX's X-ray example whose measured y is NaN at point 3 (raw and computed), as
a detector dropout leaves it; GenX skips such a point in its figure of merit ("ignore fom nan").

Dev-time only (the tests read the committed .hgx). Needs h5py and numpy (Debian's python3-h5py).

    /usr/bin/python3 make_nan.py   # writes XRR_nan_made.hgx next to this file
"""
import shutil
from pathlib import Path

import h5py
import numpy as np

from genx_made import replace

HERE = Path(__file__).resolve().parent


def main():
    target = HERE / "XRR_nan_made.hgx"
    shutil.copyfile(HERE / "X-ray_Reflectivity.hgx", target)
    with h5py.File(target, "r+") as f:
        d = f["current/data/datasets/0"]
        for column in ("y", "y_raw"):
            y = d[column][()]
            y[3] = np.nan
            replace(d, column, y)
    print("wrote", target)


if __name__ == "__main__":
    main()
