"""The peer of `tonghop consolidate` in the benchmark: what an office's analyst would write with
pandas and openpyxl (Debian's python3-pandas, python3-openpyxl) to add up the same batch.

For every .xlsx in the folder: find the header row (the one naming "Chỉ tiêu"), read the rows
under it, take cùng kỳ / kế hoạch / thực hiện as numbers (Vietnamese "1.820,5" text too), sum
them per indicator (code, else name), and write the summary as a workbook. No validation, no
sources sheet, no narrative: a lower bound on the work, not the same product.

Prints one JSON line: {"wall_ms", "max_rss_kib", "files", "indicators", "contributions"}.
"""
import json
import os
import re
import resource
import sys
import time

import openpyxl
import pandas as pd

NUMBER = re.compile(r"^-?[\d.]+(,\d+)?$")


def number(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    if isinstance(v, str):
        s = v.strip()
        if NUMBER.match(s):
            return float(s.replace(".", "").replace(",", "."))
    return None


def columns(header):
    titles = [str(c or "").strip().lower() for c in header]
    col = {}
    for i, t in enumerate(titles):
        if t == "mã chỉ tiêu":
            col["code"] = i
        elif t == "chỉ tiêu":
            col["name"] = i
        elif t == "đvt":
            col["unit"] = i
        elif "cùng kỳ" in t:
            col["previous"] = i
        elif t.startswith("kế hoạch") or t.startswith("dự toán"):
            col["plan"] = i
        elif t.startswith("thực hiện"):
            col["current"] = i
    return col


def read(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        col = None
        unit = ws.title
        for r, row in enumerate(ws.iter_rows(values_only=True)):
            if col is None:
                if len(row) > 2 and row[1] == "Đơn vị báo cáo:":
                    unit = row[2]
                if any(str(c or "").strip() == "Chỉ tiêu" for c in row):
                    col = columns(row)
                continue
            name = row[col["name"]] if col["name"] < len(row) else None
            if not name:
                continue
            code = row[col["code"]] if "code" in col else None
            rec = {"key": code or name, "name": name, "unit": unit, "file": os.path.basename(path)}
            for f in ("previous", "plan", "current"):
                rec[f] = number(row[col[f]]) if f in col and col[f] < len(row) else None
            out.append(rec)
    wb.close()
    return out


def main(folder, out):
    t0 = time.perf_counter()
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx"))
    rows = []
    for f in files:
        rows.extend(read(f))
    df = pd.DataFrame(rows)
    summary = df.groupby("key", sort=False).agg(
        name=("name", "first"),
        previous=("previous", "sum"),
        plan=("plan", "sum"),
        current=("current", "sum"),
    )
    summary["yoy"] = summary["current"] / summary["previous"] * 100
    with pd.ExcelWriter(out, engine="openpyxl") as w:
        summary.to_excel(w, sheet_name="Tổng hợp")
    wall = (time.perf_counter() - t0) * 1000
    print(
        json.dumps(
            {
                "wall_ms": round(wall),
                "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                "files": len(files),
                "indicators": len(summary),
                "contributions": len(df),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
