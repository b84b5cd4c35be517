#!/usr/bin/env python3
"""Makes Peakfit_Voigt_made.hgx, a GenX peak-fitting project whose peak class is a Voigt profile.

Dev-time only (the tests read the committed .hgx, they never run Python). Needs h5py.
It starts from GenX's Peakfit_Gauss.hgx in this folder, keeps its data and settings, and replaces
the script and the parameter table: two Voigt peaks (scipy's Faddeeva function wofz, normalised to
unit area, so A is the peak's area) on a constant background.

    python3 make_voigt.py        # writes Peakfit_Voigt_made.hgx next to this file
"""
import shutil
from pathlib import Path

import h5py
import numpy as np

from genx_made import TEXT, replace, write_table

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "Peakfit_Gauss.hgx"
TARGET = HERE / "Peakfit_Voigt_made.hgx"

SCRIPT = """from numpy import *
from scipy.special import wofz
from dataclasses import dataclass
from models.utils import UserVars
from models.lib.base import ModelParamBase

# A Voigt peak: a Gaussian (standard deviation sigma) convolved with a Lorentzian (half width gamma),
# of area A.
@dataclass
class Voigt(ModelParamBase):
    A: float = 1.0
    xc: float = 0.0
    sigma: float = 1.0
    gamma: float = 1.0

    def calc(self, x):
        return self.A*wofz((x - self.xc + 1j*self.gamma)/(self.sigma*sqrt(2))).real/(self.sigma*sqrt(2*pi))

cp = UserVars()
cp.new_var('bkg', 100)

v1 = Voigt(A = 1000, xc = 49.8, sigma = 0.2, gamma = 0.1)
v2 = Voigt(A = 300, xc = 47.6, sigma = 0.15, gamma = 0.4)


def Sim(data):
    I = v1.calc(data[0].x) + v2.calc(data[0].x) + cp.bkg
    return [I]
"""

# name, value, fit, min, max
ROWS = [
    ("v1.setA", 1000.0, True, 500.0, 2000.0),
    ("v1.setXc", 49.8, True, 49.5, 50.5),
    ("v1.setSigma", 0.2, True, 0.05, 0.6),
    ("v1.setGamma", 0.1, True, 0.01, 0.6),
    ("v2.setA", 300.0, True, 100.0, 600.0),
    ("v2.setXc", 47.6, True, 47.0, 48.0),
    ("v2.setSigma", 0.15, False, 0.05, 0.6),
    ("v2.setGamma", 0.4, True, 0.01, 0.8),
    ("cp.setBkg", 100.0, True, 75.0, 125.0),
]



def main():
    shutil.copyfile(SOURCE, TARGET)
    with h5py.File(TARGET, "r+") as f:
        g = f["current"]
        replace(g, "script", SCRIPT, TEXT)
        write_table(g["parameters"], ROWS)
    print("wrote", TARGET)


if __name__ == "__main__":
    main()
