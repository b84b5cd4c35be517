"""Writes the text files of this folder from GenX's example file X-ray_Reflectivity.hgx.

Run with a Python that has h5py:  python3 extract_xray_example.py path/to/X-ray_Reflectivity.hgx
Numbers are written with repr(), Python's shortest round-trip form, so Java reads back the same doubles.
"""
import sys

import h5py

with h5py.File(sys.argv[1], "r") as hgx:
    data = hgx["current/data/datasets/0"]
    columns = [data[name][()] for name in ("x", "y", "error", "y_sim")]
    with open("xray_reflectivity_data.txt", "w") as out:
        out.write("# x (2theta, degrees)\ty (measured)\terror\ty_sim (GenX's simulation)\n")
        for row in zip(*columns):
            out.write("\t".join(repr(float(v)) for v in row) + "\n")
    table = hgx["current/parameters"]
    rows = zip(*(table["data col %d" % i][()] for i in range(5)))
    with open("xray_reflectivity_parameters.txt", "w") as out:
        out.write("# name\tvalue\tfit\tmin\tmax\n")
        for name, value, fit, low, high in rows:
            name = name.decode() if isinstance(name, bytes) else name
            if name:
                out.write("%s\t%r\t%s\t%r\t%r\n" % (name, float(value), bool(fit), float(low), float(high)))
