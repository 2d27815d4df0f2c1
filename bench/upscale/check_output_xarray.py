#!/usr/bin/python3
"""Checks an upscaled file of `fluxlens-cli upscale` (and its _monthly.nc when present) with
xarray (Debian python3-xarray), independently of GDAL: CF-1.8, time decoded to dates (standard
calendar, days since 1970-01-01), lat descending and lon ascending in degrees, the six flux
variables float32 on (time, lat, lon) in gC m-2 d-1 with NaN fill and grid_mapping crs, the crs
variable (latitude_longitude, EPSG:4326 WKT), land_fraction in 0..1, the provenance attributes,
deflate compression and map chunks of 1 x <=256 x <=256, values only on land. It prints, without
judging, how far NEE is from RECO - GPP: the models have a head per flux, tied only by the L_flux
loss term, and GPP/RECO are clipped at 0. Exits non-zero on any failure.

Usage: check_output_xarray.py FILE.nc [...]
"""
import pathlib
import sys

import numpy as np
import xarray as xr

FLUXES = ["GPP", "RECO", "NEE", "GPP_sd", "RECO_sd", "NEE_sd"]
ATTRIBUTES = ["Conventions", "source", "fluxlens_model", "fluxlens_data_hash", "fluxlens_drivers",
              "history"]
failures = []


def check(condition, message):
    print(("  ok      " if condition else "  FAILED  ") + message)
    if not condition:
        failures.append(message)


def check_fluxes(ds, names):
    for name in names:
        v = ds[name]
        enc = v.encoding
        chunks = enc.get("chunksizes")
        check(v.dims == ("time", "lat", "lon") and enc.get("dtype") == np.dtype("float32"),
              f"{name} float32 (time, lat, lon)")
        check(v.attrs.get("units") == "gC m-2 d-1", f"{name} units gC m-2 d-1")
        check(v.attrs.get("grid_mapping") == "crs", f"{name} grid_mapping crs")
        check(np.isnan(enc.get("_FillValue", 0.0)), f"{name} _FillValue NaN")
        check(bool(enc.get("zlib", False)) and chunks is not None and chunks[0] == 1
              and chunks[1] <= 256 and chunks[2] <= 256, f"{name} deflate, chunks {chunks}")
        values = v.values
        print(f"    {name}: {int(np.isfinite(values).sum())} values, range "
              f"{np.nanmin(values):.3f} .. {np.nanmax(values):.3f}, mean {np.nanmean(values):.3f}")


def check_file(path, monthly=False):
    print(f"== {path}")
    with xr.open_dataset(path) as ds:
        print("  dims: " + ", ".join(f"{k}={v}" for k, v in ds.sizes.items()))
        check(ds.attrs.get("Conventions") == "CF-1.8", "Conventions = CF-1.8")
        for name in ATTRIBUTES:
            check(bool(ds.attrs.get(name)), f"global attribute {name} present")
        time = ds["time"]
        check(np.issubdtype(time.dtype, np.datetime64),
              f"time decoded to dates ({str(time.values[0])[:10]} .. {str(time.values[-1])[:10]})")
        check(time.encoding.get("units") == "days since 1970-01-01",
              "time units days since 1970-01-01")
        check(time.encoding.get("calendar") == "standard", "time calendar standard")
        lat, lon = ds["lat"].values, ds["lon"].values
        check(ds["lat"].attrs.get("units") == "degrees_north" and bool(np.all(np.diff(lat) < 0)),
              f"lat degrees_north, descending ({lat[0]} .. {lat[-1]})")
        check(ds["lon"].attrs.get("units") == "degrees_east" and bool(np.all(np.diff(lon) > 0)),
              f"lon degrees_east, ascending ({lon[0]} .. {lon[-1]})")
        crs = ds["crs"].attrs
        check(crs.get("grid_mapping_name") == "latitude_longitude"
              and "4326" in crs.get("crs_wkt", ""), "crs: latitude_longitude, EPSG:4326")
        check_fluxes(ds, [v for v in FLUXES if v in ds] if monthly else FLUXES)
        if "land_fraction" in ds:
            lf = ds["land_fraction"].values
            check(bool(np.nanmin(lf) >= 0 and np.nanmax(lf) <= 1), "land_fraction within 0..1")
            has_values = np.isfinite(ds["GPP"].values).any(axis=0)
            check(bool(np.all(lf[has_values] > 0)),
                  f"values only on land ({int(has_values.sum())} pixels with values)")
        if all(n in ds for n in ("GPP", "RECO", "NEE")):
            diff = np.abs(ds["NEE"].values - (ds["RECO"].values - ds["GPP"].values))
            print(f"  info    |NEE - (RECO - GPP)|: mean {np.nanmean(diff):.3g}, "
                  f"max {np.nanmax(diff):.3g} (separate heads, not enforced)")


def main(paths):
    if not paths:
        print(__doc__)
        return 2
    for p in map(pathlib.Path, paths):
        check_file(p)
        monthly = p.with_name(p.stem + "_monthly.nc")
        if monthly.exists():
            check_file(monthly, monthly=True)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
