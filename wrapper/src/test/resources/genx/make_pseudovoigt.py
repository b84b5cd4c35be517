#!/usr/bin/env python3
"""Makes Peakfit_PseudoVoigt_made.hgx, a GenX peak-fitting project with pseudo-Voigt peak classes
written in two spellings other than evofit's own (height*(eta*L + (1-eta)*G) with one full width).

Dev-time only (the tests read the committed .hgx, they never run Python). Needs h5py and numpy
(Debian's python3-h5py: run it with /usr/bin/python3).
It starts from GenX's Peakfit_Gauss.hgx in this folder, keeps its data and settings, replaces the
script and the parameter table, and stores as y_sim what the script itself computes: each class's
calc evaluated by numpy exactly as written, summed as Sim sums them.

    /usr/bin/python3 make_pseudovoigt.py   # writes Peakfit_PseudoVoigt_made.hgx next to this file
"""
import shutil
from pathlib import Path

import h5py
import numpy as np

from genx_made import TEXT, replace, write_table

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "Peakfit_Gauss.hgx"
TARGET = HERE / "Peakfit_PseudoVoigt_made.hgx"

# Written with the Lorentzian fraction first and the width as a half-width quotient.
PV_A = "self.I*(self.eta/(1 + 4*((x - self.x0)/self.w)**2) + (1 - self.eta)*exp(-4*log(2)*((x - self.x0)/self.w)**2))"
# Written with numpy prefixes, the Gaussian first and the attributes in another order.
PV_B = ("self.height*((1 - self.mix)*np.exp(-np.log(2)*(2*(x - self.pos)/self.fwhm)**2)"
        " + self.mix/(1 + (2*(x - self.pos)/self.fwhm)**2))")

SCRIPT = f"""from numpy import *
import numpy as np
from dataclasses import dataclass
from models.utils import UserVars
from models.lib.base import ModelParamBase

@dataclass
class PseudoVoigt(ModelParamBase):
    I: float = 1.0
    x0: float = 0.0
    w: float = 1.0
    eta: float = 0.5

    def calc(self, x):
        return {PV_A}

@dataclass
class PV(ModelParamBase):
    mix: float = 0.5
    fwhm: float = 1.0
    pos: float = 0.0
    height: float = 1.0

    def calc(self, x):
        return {PV_B}

cp = UserVars()
cp.new_var('bkg', 100)

p1 = PseudoVoigt(I = 2000, x0 = 49.8, w = 0.45, eta = 0.3)
p2 = PV(height = 800, pos = 47.6, fwhm = 0.5, mix = 0.7)


def Sim(data):
    I = p1.calc(data[0].x) + p2.calc(data[0].x) + cp.bkg
    return [I]
"""

# name, value, fit, min, max
ROWS = [
    ("p1.setI", 2000.0, True, 1000.0, 2500.0),
    ("p1.setX0", 49.8, True, 49.5, 50.5),
    ("p1.setW", 0.45, True, 0.1, 1.0),
    ("p1.setEta", 0.3, True, 0.0, 1.0),
    ("p2.setHeight", 800.0, True, 400.0, 1200.0),
    ("p2.setPos", 47.6, True, 47.0, 48.0),
    ("p2.setFwhm", 0.5, False, 0.1, 1.0),
    ("p2.setMix", 0.7, True, 0.0, 1.0),
    ("cp.setBkg", 100.0, True, 75.0, 125.0),
]


class Attributes:
    def __init__(self, **values):
        self.__dict__.update(values)


def peak(expression, x, **values):
    return eval(expression, {"exp": np.exp, "log": np.log, "np": np, "self": Attributes(**values), "x": x})



def main():
    shutil.copyfile(SOURCE, TARGET)
    with h5py.File(TARGET, "r+") as f:
        g = f["current"]
        replace(g, "script", SCRIPT, TEXT)
        write_table(g["parameters"], ROWS)
        d = g["data/datasets/0"]
        x = d["x"][()]
        y_sim = (peak(PV_A, x, I=2000.0, x0=49.8, w=0.45, eta=0.3)
                 + peak(PV_B, x, height=800.0, pos=47.6, fwhm=0.5, mix=0.7) + 100.0)
        replace(d, "y_sim", y_sim)
    print("wrote", TARGET)


if __name__ == "__main__":
    main()
