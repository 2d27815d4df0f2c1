#!/usr/bin/python3
"""Opens the demo world's gridded files (fluxlens-cli demo --grid, DIR/grid) or an upscaled map
with xarray (Debian python3-xarray) and prints, per file, the dimensions, the coordinates and each
variable's units, storage (dtype, scale_factor, _FillValue) and decoded range, so a reader
independent of GDAL confirms what FluxLens writes. Exits non-zero when a check fails:
latitude not descending, time not decoded to dates, a variable without units, a driver map
naming a missing file, NEE != RECO - GPP.

Usage: check_grid_xarray.py GRID_FOLDER_OR_FILE.nc [...]
"""
import json
import pathlib
import sys

import numpy as np
import xarray as xr

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("  FAILED: " + message)


def describe(path):
    print(f"== {path.name}")
    with xr.open_dataset(path) as ds:
        print("  dims: " + ", ".join(f"{k}={v}" for k, v in ds.sizes.items()))
        for name in ds.coords:
            c = ds[name]
            if np.issubdtype(c.dtype, np.datetime64):
                print(f"  coord {name}: {str(c.values[0])[:10]} .. {str(c.values[-1])[:10]}"
                      f" (units on disk '{c.encoding.get('units')}',"
                      f" calendar '{c.encoding.get('calendar')}')")
            else:
                print(f"  coord {name}: {float(c[0]):.4f} .. {float(c[-1]):.4f}"
                      f" {c.attrs.get('units', '')}")
        lat = next((ds[n] for n in ("latitude", "lat") if n in ds.coords), None)
        check(lat is not None and bool((np.diff(lat.values) < 0).all()),
              f"{path.name}: latitude is not descending")
        time = next((ds[n] for n in ("valid_time", "time") if n in ds.coords), None)
        check(time is not None and np.issubdtype(time.dtype, np.datetime64),
              f"{path.name}: no time coordinate decoded to dates")
        for name, v in ds.data_vars.items():
            enc = v.encoding
            storage = str(enc.get("dtype", v.dtype))
            packing = ""
            if "scale_factor" in enc:
                packing = f", scale_factor {enc['scale_factor']}"
            if "_FillValue" in enc:
                packing += f", _FillValue {enc['_FillValue']}"
            if v.ndim == 0:
                print(f"  {name}: {v.attrs.get('grid_mapping_name', '')}")
                continue
            units = v.attrs.get("units")
            check(units is not None, f"{path.name}: {name} has no units")
            values = v.values
            finite = np.isfinite(values)
            share = finite.mean() if values.size else 0.0
            stats = (f"{np.nanmin(values):.4g} .. {np.nanmax(values):.4g}, mean "
                     f"{np.nanmean(values):.4g}" if finite.any() else "no values")
            print(f"  {name} [{', '.join(v.dims)}] '{units}' ({storage}{packing}): {stats}"
                  f"; {100 * share:.1f}% finite")
        if {"GPP", "RECO", "NEE"} <= set(ds.data_vars):
            diff = np.nanmax(np.abs(ds["RECO"].values - ds["GPP"].values - ds["NEE"].values))
            check(diff <= 1e-5, f"{path.name}: NEE differs from RECO - GPP by {diff}")
            print(f"  global Conventions '{ds.attrs.get('Conventions')}',"
                  f" fluxlens_drivers '{ds.attrs.get('fluxlens_drivers')}'")


def check_driver_map(path):
    print(f"== {path.name}")
    m = json.loads(path.read_text())
    for name, source in m["sources"].items():
        for p in source["paths"]:
            check((path.parent / p).exists(), f"{path.name}: source {name} names missing {p}")
        print(f"  source {name} ({source['kind']}): {', '.join(source['paths'])}")
    print(f"  features: {', '.join(m['features'])}")
    koppen = m["statics"]["koppen"]["path"]
    check(koppen is None or (path.parent / koppen).exists(), f"{path.name}: missing {koppen}")


def main(arguments):
    if not arguments:
        print(__doc__)
        return 2
    for argument in arguments:
        target = pathlib.Path(argument)
        files = sorted(target.glob("*.nc")) if target.is_dir() else [target]
        for f in files:
            describe(f)
        if target.is_dir() and (target / "drivers.json").exists():
            check_driver_map(target / "drivers.json")
    print("all checks passed" if not failures else f"{len(failures)} check(s) FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
