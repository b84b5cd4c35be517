#!/usr/bin/env python3
"""Makes the GenX 3 projects of the importer's custom-parameter tests (issue 15), from X-ray_Reflectivity.hgx.

Dev-time only (the tests read the committed .hgx, they never run Python). Needs h5py (Debian's python3-h5py).

- XRR_custom_made.hgx: GenX's X-ray example written as people write it by hand: a lower-case custom
  parameter (cp.new_var('rough', 2.0), whose table row GenX names cp.setRough) that Sim couples to a layer
  (Pt.setSigma(cp.rough)), the Sample's crop_sld argument (SLD plot only), and a neutron scattering length
  set directly (bufFe.setB(bc.Fe)), which an x-ray curve ignores. Every value the simulation sees equals
  the original example's, so GenX's stored y_sim stays the reference curve.
- NR_setb_made.hgx: a neutron film on silicon in q whose scattering lengths are set in Sim: the film's by a
  fitted custom parameter (Film.setB(cp.bfilm)), the substrate's by a number (Sub.setB(4.0)). The
  reference of the test is the same sample written by hand with its densities and scattering lengths.
- XRR_rescolumn_made.hgx: the X-ray example with a resolution per point from the data set's extra column
  'res' (GenX's extra_data, loaded from a fourth file column): restype 'full conv and varying res.' and
  inst.setRes(data[0].res) in Sim. The width grows from 0.002 to 0.006 degrees over the scan.
- XRR_resexpr_made.hgx: the X-ray example with a resolution per point given as an expression of x and two
  custom parameters, inst.setRes(sqrt((cp.dlol*d.x)**2 + cp.dth**2)) under 'full conv and varying res.',
  cp.dlol fitted (table row cp.setDlol) and cp.dth fixed.
- Peakfit_coupled_made.hgx: GenX's Peakfit_Gauss example with couplings in Sim: g1.setSigma(cp.sigma) and
  g2.setSigma(cp.sigma) to a fitted custom parameter (its row cp.setSigma replaces the two sigma rows) and
  g4.setXc(g1.xc + 1.2), the g4.setXc row fixed. At the start values every peak is where the example has it.
- XRR_kalpha_made.hgx: the X-ray example measured with a Cu K-alpha doublet written as two instruments
  (K-alpha1 1.5406 A, K-alpha2 1.5444 A) whose curves Sim adds with the weights 1 and 0.5, and the Sample's
  crop_sld. KalphaImportTest imports it as evofit's doublet and checks GenX's sum of the two curves.

    /usr/bin/python3 make_params.py        # writes both files next to this one
"""
import shutil
from pathlib import Path

import h5py
import numpy as np

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "X-ray_Reflectivity.hgx"


def set_script(f, text):
    del f["current/script"]
    f["current/script"] = text


def set_table(f, rows):
    """Replaces the parameter table: rows of (name, value, fit, min, max)."""
    table = f["current/parameters"]
    columns = list(zip(*rows))
    for i, kind in enumerate([None, float, bool, float, float]):
        key = f"data col {i}"
        del table[key]
        if kind is None:
            table[key] = np.array([n.encode() for n in columns[0]], dtype=h5py.string_dtype("ascii"))
        else:
            table[key] = np.array(columns[i], dtype=kind)
    del table["data col 5"]
    table["data col 5"] = np.array([b"-"] * len(rows), dtype=h5py.string_dtype("ascii"))


def table_rows(f):
    """The parameter table's rows as (name, value, fit, min, max)."""
    table = f["current/parameters"]
    columns = [table[f"data col {i}"][()] for i in range(5)]
    return [(n.decode(), v, bool(fit), lo, hi) for n, v, fit, lo, hi in zip(*columns)]


def set_data(f, x, y, error):
    data = f["current/data/datasets/0"]
    for key, values in (("x", x), ("y", y), ("error", error), ("x_raw", x), ("y_raw", y), ("error_raw", error),
                        ("y_sim", y), ("y_fom", y)):
        del data[key]
        data[key] = values


def copy_with_script(name, replacements):
    """Copies the X-ray example to name with each (old, new) text of its script replaced; the file stays open."""
    target = HERE / name
    shutil.copyfile(SOURCE, target)
    f = h5py.File(target, "r+")
    script = f["current/script"][()].decode()
    for old, new in replacements:
        assert old in script, old
        script = script.replace(old, new)
    set_script(f, script)
    return f


def custom():
    with copy_with_script("XRR_custom_made.hgx", [
            ("Ambient = Amb, Substrate = Sub)", "Ambient = Amb, Substrate = Sub, crop_sld=10)"),
            ("cp.new_var('Lambda', 33)", "cp.new_var('Lambda', 33)\ncp.new_var('rough', 2.0)"),
            ("    TopFe.setSigma(Fe.sigma)\n",
             "    TopFe.setSigma(Fe.sigma)\n    Pt.setSigma(cp.rough)\n    bufFe.setB(bc.Fe)\n")]) as f:
        table = f["current/parameters"]
        names = [n.decode() for n in table["data col 0"][()]]
        renamed = np.array([("cp.setRough" if n == "Pt.setSigma" else n).encode() for n in names],
                           dtype=h5py.string_dtype("ascii"))
        del table["data col 0"]
        table["data col 0"] = renamed
    print("wrote XRR_custom_made.hgx")


NEUTRON_SCRIPT = """import models.spec_nx as model
from models.utils import UserVars, fp, fw, bc, bw

# BEGIN Instrument DO NOT CHANGE
inst = model.Instrument(probe='neutron', wavelength=4.4, coords='q', I0=1.0, res=0.001, restype='no conv', respoints=5, resintrange=2, beamw=0.01, footype='no corr', samplelen=10.0, incangle=0.0, pol='uu', Ibkg=1e-7, tthoff=0.0,)
# END Instrument

# BEGIN Sample DO NOT CHANGE
Amb = model.Layer(sigma=0.0, dens=0.0, d=0.0, f=0, b=0, xs_ai=0.0, magn=0.0, magn_ang=0.0)
Film = model.Layer(sigma=4.0, dens=0.0913, d=250.0, f=fp.Ni, b=bc.Ni, xs_ai=0.0, magn=0.0, magn_ang=0.0)
Sub = model.Layer(sigma=3.0, dens=0.04995, d=0.0, f=fp.Si, b=bc.Si, xs_ai=0.0, magn=0.0, magn_ang=0.0)

films = model.Stack(Layers=[Film], Repetitions = 1)

sample = model.Sample(Stacks = [films], Ambient = Amb, Substrate = Sub, crop_sld=0)
# END Sample

# BEGIN Parameters DO NOT CHANGE
cp = UserVars()
cp.new_var('bfilm', 9.0)
# END Parameters

SLD = []
def Sim(data):
    I = []
    SLD[:] = []
    # BEGIN Dataset 0 DO NOT CHANGE
    Film.setB(cp.bfilm)
    Sub.setB(4.0)
    d = data[0]
    I.append(sample.SimSpecular(d.x, inst))
    if _sim: SLD.append(sample.SimSLD(None, None, inst))
    # END Dataset 0
    return I
"""


def neutron():
    target = HERE / "NR_setb_made.hgx"
    shutil.copyfile(SOURCE, target)
    with h5py.File(target, "r+") as f:
        set_script(f, NEUTRON_SCRIPT)
        set_table(f, [("Film.setD", 250.0, True, 200.0, 300.0), ("cp.setBfilm", 9.6, True, 8.0, 11.0),
                      ("Film.setSigma", 4.0, False, 0.0, 10.0)])
        x = np.linspace(0.005, 0.2, 120)
        y = 1.0 / (1.0 + (x / 0.012) ** 4) + 1e-6
        set_data(f, x, y, 0.05 * y)
    print("wrote", target)


def resolution_column():
    with copy_with_script("XRR_rescolumn_made.hgx", [
            ("restype='fast conv'", "restype='full conv and varying res.'"),
            ("    d = data[0]\n", "    inst.setRes(data[0].res)\n    d = data[0]\n")]) as f:
        data = f["current/data/datasets/0"]
        x = data["x"][()]
        res = 0.002 + 0.004 * (x - x.min()) / (x.max() - x.min())
        data["extra_data"]["res"] = res
        data["extra_data_raw"]["res"] = res
        data["extra_commands"]["res"] = "res"
    print("wrote XRR_rescolumn_made.hgx")


def resolution_expression():
    with copy_with_script("XRR_resexpr_made.hgx", [
            ("import models.spec_nx as model\n", "import models.spec_nx as model\nfrom numpy import *\n"),
            ("restype='fast conv'", "restype='full conv and varying res.'"),
            ("cp.new_var('Lambda', 33)", "cp.new_var('Lambda', 33)\ncp.new_var('dlol', 0.0015)\ncp.new_var('dth', 0.003)"),
            ("    d = data[0]\n", "    d = data[0]\n    inst.setRes(sqrt((cp.dlol*d.x)**2 + cp.dth**2))\n")]) as f:
        set_table(f, table_rows(f) + [("cp.setDlol", 0.0015, True, 0.0005, 0.005), ("cp.setDth", 0.003, False, 0.0, 0.01)])
    print("wrote XRR_resexpr_made.hgx")


def peak_couplings():
    target = HERE / "Peakfit_coupled_made.hgx"
    shutil.copyfile(HERE / "Peakfit_Gauss.hgx", target)
    with h5py.File(target, "r+") as f:
        script = f["current/script"][()].decode()
        script = script.replace("cp.new_var('bkg', 100)", "cp.new_var('bkg', 100)\ncp.new_var('sigma', 0.2)")
        script = script.replace("def Sim(data):\n", "def Sim(data):\n    g1.setSigma(cp.sigma)\n    g2.setSigma(cp.sigma)\n"
                                "    g4.setXc(g1.xc + 1.2)\n")
        set_script(f, script)
        rows = [r for r in table_rows(f) if r[0] not in ("g1.setSigma", "g2.setSigma")]
        rows = [(n, v, False if n == "g4.setXc" else fit, lo, hi) for n, v, fit, lo, hi in rows]
        set_table(f, rows + [("cp.setSigma", 0.2, True, 0.1, 0.5)])
    print("wrote", target.name)


def kalpha_doublet():
    second = ("inst2 = model.Instrument(probe='x-ray', wavelength=1.5444, coords='tth', I0=2, res=0.001, "
              "restype='fast conv', respoints=5, resintrange=2, beamw=0.04, footype='gauss beam', samplelen=10.0, "
              "incangle=0.0, pol='uu', Ibkg=0.0, tthoff=0.0,)\n")
    with copy_with_script("XRR_kalpha_made.hgx", [
            ("wavelength=1.54,", "wavelength=1.5406,"),
            ("inst_fp = create_fp", second + "inst_fp = create_fp"),
            ("Ambient = Amb, Substrate = Sub)", "Ambient = Amb, Substrate = Sub, crop_sld=10)"),
            ("    I.append(sample.SimSpecular(d.x, inst))\n",
             "    I.append((sample.SimSpecular(d.x, inst) + 0.5*sample.SimSpecular(d.x, inst2))/1.5)\n")]):
        pass
    print("wrote XRR_kalpha_made.hgx")


if __name__ == "__main__":
    custom()
    neutron()
    resolution_column()
    resolution_expression()
    peak_couplings()
    kalpha_doublet()
