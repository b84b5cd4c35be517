#!/usr/bin/env python3
"""Makes XRR_commands_made.hgx and XRR_commands_refused_made.hgx: GenX's X-ray example whose data set
keeps raw detector and monitor counts and computes y and its error with GenX's data-set commands.

Dev-time only (the tests read the committed .hgx files, they never run Python). Needs h5py and numpy
(Debian's python3-h5py: run it with /usr/bin/python3).
It starts from X-ray_Reflectivity.hgx in this folder and keeps its script, parameters and settings. The
data set gets raw arrays x, y, e and the extra arrays det and mon (monitor counts varying from point to
point, detector counts so that det/mon is the example's intensity), and the commands below. x, y and
error are then computed as GenX computes them: each command evaluated by Python with x, y, e, det and
mon bound to the raw arrays, rms() the root of the sum of squares, fpe(xmax, relerr) y*relerr where
x < xmax (else 0) and dydx() the slope by central differences (one-sided at the ends), both over the
computed x and y.

    /usr/bin/python3 make_commands.py   # writes both files next to this one
"""
import shutil
from pathlib import Path

import h5py
import numpy as np

from genx_made import TEXT, replace

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "X-ray_Reflectivity.hgx"

COMMANDS = {"x": "x", "y": "det/mon", "e": "rms(sqrt(1.0/det + 1.0/mon)*det/mon, fpe(0.5, 0.05), 0.0005*dydx())"}
REFUSED = {"x": "x", "y": "where(mon > 0, det/mon, 0)", "e": "e"}


def rms(*items):
    return np.sqrt(sum(item**2 for item in items))


def computed(commands, raw):
    names = dict(raw, rms=rms, sqrt=np.sqrt, where=np.where)
    xt = eval(commands["x"], {}, names)
    yt = eval(commands["y"], {}, names)

    def fpe(xmax=0.05, relerr=0.01):
        return np.where(xt < xmax, yt*relerr, 0.0)

    def dydx():
        return np.hstack([(yt[1] - yt[0])/(xt[1] - xt[0]), (yt[2:] - yt[:-2])/(xt[2:] - xt[:-2]),
                          (yt[-1] - yt[-2])/(xt[-1] - xt[-2])])

    et = eval(commands["e"], {}, dict(names, fpe=fpe, dydx=dydx))
    return xt, yt, et


def make(target, commands):
    shutil.copyfile(SOURCE, target)
    with h5py.File(target, "r+") as f:
        d = f["current/data/datasets/0"]
        x = d["x"][()]
        intensity = d["y"][()]
        i = np.arange(len(x))
        mon = np.round(1.0e5 + 2.0e3*np.sin(i/7.0))
        det = intensity*mon
        raw = {"x": x, "y": intensity, "e": np.sqrt(intensity), "det": det, "mon": mon}
        replace(d, "x_raw", raw["x"])
        replace(d, "y_raw", raw["y"])
        replace(d, "error_raw", raw["e"])
        if "extra_data_raw" in d:
            del d["extra_data_raw"]
        extras = d.create_group("extra_data_raw")
        extras["det"] = det
        extras["mon"] = mon
        replace(d, "x_command", commands["x"], TEXT)
        replace(d, "y_command", commands["y"], TEXT)
        replace(d, "error_command", commands["e"], TEXT)
        replace(d, "use_error", True)
        try:
            xt, yt, et = computed(commands, raw)
        except Exception:
            xt, yt, et = x, intensity, raw["e"]
        replace(d, "x", np.asarray(xt, dtype=float))
        replace(d, "y", np.asarray(yt, dtype=float))
        replace(d, "error", np.asarray(et, dtype=float))
    print("wrote", target)


def main():
    make(HERE / "XRR_commands_made.hgx", COMMANDS)
    make(HERE / "XRR_commands_refused_made.hgx", REFUSED)


if __name__ == "__main__":
    main()
