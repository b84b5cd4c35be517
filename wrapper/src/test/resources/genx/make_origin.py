#!/usr/bin/env python3
"""Makes the XRR_origin_*_made.hgx projects: GenX's X-ray example whose data set carries the meta GenX 3
writes when it loads a file (its loader framework records data_source.file_name and, unless the loader
says more, the loader's name as data_source.experiment.instrument; its ORSO loader keeps the file's whole
header):

- XRR_origin_ort_made.hgx: loaded from an angle-dispersive ORSO file (tth in degrees, R, sR) with its
  ORSO header, GenX's file_name added; a datetime and None as pickles, a group with more than 8 entries.
- XRR_origin_columns_made.hgx: loaded from column text (GenX's default loader) named xray-tutorial.txt.
- XRR_origin_xrdml_made.hgx: loaded from a PANalytical .xrdml file (GenX's xrdml loader).

GenX writes a dict as a group (attribute genx_type = free_dict), text as a variable-length string,
numbers as float64 and anything else (lists, None, dates) as a pickle in an opaque dataset with an empty
tag (numpy.void); the groups track their order. The old-style groups (no order tracked) of the columns
project cover HDF5's other group layout.

Dev-time only (the tests read the committed .hgx). Needs h5py and numpy (Debian's python3-h5py).

    /usr/bin/python3 make_origin.py   # writes the three files next to this one
"""
import datetime
import pickle
import shutil
from pathlib import Path

import h5py
import numpy as np

HERE = Path(__file__).resolve().parent

ORSO_HEADER = {
    "data_source": {
        "owner": {"name": "A. Tester", "affiliation": "Example Lab", "contact": None},
        "experiment": {"title": "Multilayer", "instrument": "lab x-ray", "start_date": datetime.datetime(2024, 3, 1, 9, 30),
                       "probe": "x-ray", "facility": None},
        "sample": {"name": "Fe/Pt multilayer", "model": None},
        "measurement": {
            "instrument_settings": {
                "incident_angle": {"min": 0.0, "max": 5.0, "unit": "deg"},
                "wavelength": {"magnitude": 1.54, "unit": "angstrom"},
                "polarization": "unpolarized",
                "slit_1": {"magnitude": 0.1, "unit": "mm"},
                "slit_2": {"magnitude": 0.2, "unit": "mm"},
                "monochromator": "Ge(220)",
                "detector": "point",
                "attenuator": "auto",
                "sample_length": {"magnitude": 10.0, "unit": "mm"},
            },
            "data_files": [{"file": "ml_0001.raw"}, {"file": "ml_0002.raw"}],
            "scheme": "angle-dispersive",
        },
        "file_name": "C:\\Users\\lab\\data\\multilayer_2024.ort",
    },
    "reduction": {"software": {"name": "xrr-reduce", "version": "1.2"}, "corrections": ["footprint", "background"]},
    "columns": [{"name": "tth", "unit": "deg", "physical_quantity": "two theta"},
                {"name": "R", "unit": "", "physical_quantity": "reflectivity"},
                {"name": "sR", "error_of": "R", "error_type": "uncertainty", "value_is": "sigma"},
                {"name": "stth", "error_of": "tth", "error_type": "resolution", "value_is": "FWHM"}],
}


def columns_meta(file_name, loader):
    """The meta GenX's loader framework writes for a loader that adds none of its own."""
    return {"data_source": {"experiment": {"instrument": loader, "probe": "x-ray", "start_date": None},
                            "measurement": {"instrument_settings": {"polarization": "unpolarized"},
                                            "data_files": []},
                            "file_name": file_name},
            "columns": [{"name": "Qz", "unit": "1/angstrom"}, {"name": "R"}]}


def write(group, name, value, ordered):
    """One value the way GenX writes it."""
    if isinstance(value, dict):
        sub = group.create_group(name, track_order=ordered)
        sub.attrs["genx_type"] = "free_dict"
        for k, v in value.items():
            write(sub, k, v, ordered)
    elif isinstance(value, str):
        group.create_dataset(name, data=value, dtype=h5py.string_dtype())
    elif isinstance(value, float):
        group.create_dataset(name, data=value)
    else:
        group.create_dataset(name, data=np.void(pickle.dumps(value, protocol=4)))


def make(target, meta, ordered):
    shutil.copyfile(HERE / "X-ray_Reflectivity.hgx", target)
    with h5py.File(target, "r+") as f:
        d = f["current/data/datasets/0"]
        del d["meta"]
        meta_group = d.create_group("meta", track_order=ordered)
        for k, v in meta.items():
            write(meta_group, k, v, ordered)
    print("wrote", target)


def main():
    make(HERE / "XRR_origin_ort_made.hgx", ORSO_HEADER, True)
    make(HERE / "XRR_origin_columns_made.hgx", columns_meta("/home/lab/xrr/xray-tutorial.txt", "default"), False)
    make(HERE / "XRR_origin_xrdml_made.hgx", columns_meta("/home/lab/xrr/multilayer.xrdml", "xrdml"), True)


if __name__ == "__main__":
    main()
