#!/usr/bin/env python3
"""Makes GenX 2 projects (.gx) from GenX's X-ray_Reflectivity.hgx, for GxReaderTest.

Dev-time only (the tests read the committed .gx files, they never run Python). Needs h5py and numpy.

How GenX 2 stores a project (its Model.save and filehandling.save_gx): a zip archive whose entries
"data", "script", "parameters" and "fomfunction" are pickles (the DataList of DataSets, the script's
text, the Parameters table, the figure-of-merit function) and whose "config" is the INI text, plus an
"optimizer" entry of solver state. GenX 2 ran on Python 2 and imported its modules from its own folder,
so the pickles name the classes data.DataList, data.DataSet and parameters.Parameters. Here stand-in
classes with those module and class names carry the same attributes as GenX 2's objects, with the
script, parameter table, data and configuration copied from the .hgx's current model.

    python3 make_gx.py    # writes X-ray_Reflectivity.gx (pickle protocol 2),
                          # X-ray_Reflectivity_p0.gx (protocol 0, as Python 2's pickle.dumps wrote),
                          # refused_os_system.gx (its data pickle calls os.system)
                          # and XRR_commands_made.gx (from XRR_commands_made.hgx: raw det and mon
                          # counts with x/y/error commands, as GenX 2 kept them)
"""
import pickle
import sys
import types
import zipfile
from pathlib import Path

import h5py
import numpy as np

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "X-ray_Reflectivity.hgx"


def module(name, *classes):
    """Registers a module of that name holding the classes, so pickle names them module.Class."""
    mod = types.ModuleType(name)
    for cls in classes:
        cls.__module__ = name
        setattr(mod, cls.__name__, cls)
    sys.modules[name] = mod


class DataSet:
    pass


class DataList:
    pass


class Parameters:
    pass


def log(simulations, data):
    """Stands in for GenX's figure of merit fom_funcs.log; pickled by name only."""


module("data", DataSet, DataList)
module("parameters", Parameters)
module("fom_funcs")
log.__module__ = "fom_funcs"
sys.modules["fom_funcs"].log = log


def text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def arrays(group):
    """An HDF5 group of arrays as a dict; {} when there is none."""
    return {k: np.array(group[k][()], dtype=np.float64) for k in group.keys()} if group is not None else {}


def read_hgx(source=SOURCE):
    with h5py.File(source, "r") as f:
        g = f["current"]
        script = text(g["script"][()])
        config = text(g["config"][()])
        cols = [g["parameters"]["data col %d" % i][()] for i in range(6)]
        rows = []
        for i in range(len(cols[0])):
            # GenX 2's table rows: name, value, fit, min, max, error text.
            rows.append([text(cols[0][i]), np.float64(cols[1][i]), bool(cols[2][i]),
                         float(cols[3][i]), float(cols[4][i]), text(cols[5][i])])
        sets = []
        datasets = g["data"]["datasets"]
        for key in sorted(datasets.keys(), key=int):
            d = datasets[key]
            s = DataSet()
            s.name = text(d["name"][()])
            for attr in ("x", "y", "error", "x_raw", "y_raw", "error_raw"):
                s.__dict__[attr] = np.array(d[attr][()], dtype=np.float64)
            s.y_sim = np.array([])
            s.x_command, s.y_command, s.error_command = (text(d[c][()]) for c in
                                                         ("x_command", "y_command", "error_command"))
            # GenX 2 binds the extra arrays named in extra_data (set_extra_data fills both dicts).
            raw = arrays(d.get("extra_data_raw"))
            s.extra_data, s.extra_data_raw, s.extra_commands = ({k: v.copy() for k, v in raw.items()}, raw,
                                                                 {k: k for k in raw})
            s.show, s.use, s.use_error = True, bool(d["use"][()]), bool(d["use_error"][()])
            s.cols = (0, 1, 2)
            s.data_color, s.sim_color = (0.0, 0.0, 1.0), (1.0, 0.0, 0.0)
            s.data_symbol, s.data_symbolsize, s.data_linetype, s.data_linethickness = "o", 4, "-", 2
            s.sim_symbol, s.sim_symbolsize, s.sim_linetype, s.sim_linethickness = "", 1, "-", 2
            sets.append(s)
    table = Parameters()
    table.data_labels = ["Parameter", "Value", "Fit", "Min", "Max", "Error"]
    table.init_data = ["", 0.0, False, 0.0, 0.0, "None"]
    table.data = rows + [["", 0.0, False, 0.0, 0.0, "None"]]
    table.model = None
    data = DataList()
    data.items = sets
    data._counter = len(sets)
    return script, config, table, data


def write(target, protocol, data_pickle=None, source=SOURCE):
    script, config, table, data = read_hgx(source)
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("data", data_pickle if data_pickle is not None else pickle.dumps(data, protocol))
        z.writestr("script", pickle.dumps(script, protocol))
        z.writestr("parameters", pickle.dumps(table, protocol))
        z.writestr("fomfunction", pickle.dumps(log, protocol))
        z.writestr("config", config)
        z.writestr("optimizer", pickle.dumps({"km": 0.6, "kr": 0.6}, protocol))


write(HERE / "X-ray_Reflectivity.gx", 2)
write(HERE / "X-ray_Reflectivity_p0.gx", 0)
# What a hostile file does: a protocol 0 pickle calling os.system when Python unpickles it.
write(HERE / "refused_os_system.gx", 2, data_pickle=b"cos\nsystem\n(S'touch evofit-gx-ran-this'\ntR.")
write(HERE / "XRR_commands_made.gx", 2, source=HERE / "XRR_commands_made.hgx")
