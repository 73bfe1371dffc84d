"""Fill cells of an .xlsx in LibreOffice the way a unit's staff would, then save it as .xlsx.

Usage: python3 libreofficeFill.py INPUT OUTPUT JOB.json
JOB: {"sheet": "...", "values": {"G13": 1820, "C6": "05/07/2026"}, "locked": ["C3"]}
Numbers are set as numbers; strings are entered as typed (so "05/07/2026" becomes a date).
For each "locked" cell it tries an edit and reports whether LibreOffice refused it.
Prints one JSON line: {"protected": bool, "lockedRefused": {cell: bool}, "validation": {...}}.
Each run starts its own soffice with its own profile, so tests may run in parallel.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def open_document(pipe, path):
    """Connects and loads. A fresh profile makes soffice restart once on its first start, which
    drops the first connection: so connect and load again until the document is there."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.time() + 90
    last = None
    while time.time() < deadline:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            doc = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),)
            )
            if doc is not None:
                return doc
        except Exception as e:
            last = e
        time.sleep(0.2)
    raise RuntimeError("LibreOffice did not open %s: %r" % (path, last))


def fill(doc, job, dst):
    sheet = doc.Sheets.getByName(job["sheet"])
    result = {"protected": bool(sheet.isProtected()), "lockedRefused": {}, "validation": {}}
    for address, value in job.get("values", {}).items():
        cell = sheet.getCellRangeByName(address)
        if isinstance(value, (int, float)):
            cell.setValue(value)
        else:
            cell.setFormula(value)
    for address in job.get("locked", []):
        cell = sheet.getCellRangeByName(address)
        # The API writes through protection; what a user meets is the cell's own flag.
        result["lockedRefused"][address] = bool(cell.CellProtection.IsLocked)
    for address in job.get("validation", []):
        v = sheet.getCellRangeByName(address).Validation
        result["validation"][address] = {
            "type": str(v.Type.value),
            "showInput": bool(v.ShowInputMessage),
            "inputTitle": v.InputTitle,
            "inputMessage": v.InputMessage,
        }
    doc.storeToURL(
        uno.systemPathToFileUrl(os.path.abspath(dst)),
        (prop("FilterName", "Calc MS Excel 2007 XML"),),
    )
    return result


def main():
    src, dst, job_path = sys.argv[1:4]
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    profile = tempfile.mkdtemp(prefix="lo-fill-")
    pipe = "tonghop_fill_%d" % os.getpid()
    office = subprocess.Popen(
        [
            os.environ.get("SOFFICE", "soffice"),
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--norestore",
            "--nologo",
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        doc = open_document(pipe, os.path.abspath(src))
        try:
            print(json.dumps(fill(doc, job, dst), ensure_ascii=False))
        finally:
            # An open document leaves a lock file beside the input, and the next load of that
            # file then waits on a "locked, open read-only?" question no one answers.
            doc.close(True)
    finally:
        try:
            office.terminate()
            office.wait(timeout=20)
        except Exception:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
