"""The output folder as a dataset: versions, the atomic pointer, lock, recovery, merging."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from aizu_extract import write as write_module
from aizu_extract.models import SCHEMAS
from aizu_extract.write import (
    CURRENT,
    MANIFEST,
    VERSIONS,
    Dataset,
    DatasetBusy,
    DatasetError,
    published_files,
)
from tests.dataset_helpers import copy_dataset, leftovers, published

ROOT = Path(__file__).resolve().parents[1]


def doc_rows(*names: str) -> dict[str, list[dict[str, Any]]]:
    """Contract rows for documents named ``names`` (doc_id derived from the name)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
    for name in names:
        doc_id = hashlib.sha256(name.encode()).hexdigest()
        rows["documents"].append(
            {"doc_id": doc_id, "source_file": name, "doc_type": "strategy", "status": "ok"}
        )
        for year in (2023, 2024):
            rows["kpi_values"].append(
                {
                    "doc_id": doc_id,
                    "page": 1,
                    "kind": "kpi",
                    "kpi_name": f"{name} 移住者数",
                    "year_label": str(year),
                    "fiscal_year": year,
                    "metric": "actual",
                    "value": float(year),
                    "value_text": str(year),
                }
            )
        rows["rejects"].append(
            {
                "doc_id": doc_id,
                "table": "kpi_values",
                "field": "value",
                "value_text": "?",
                "reason": "x",
            }
        )
    return rows


def run_manifest(rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "contract_version": "1.1",
        "inputs": [
            {"sha256": d["doc_id"], "source_file": d["source_file"], "status": d["status"]}
            for d in rows["documents"]
        ],
        "checks": [{"doc_id": d["doc_id"], "code": "c"} for d in rows["documents"]],
        "status_counts": {"ok": len(rows["documents"]), "partial": 0, "failed": 0},
        "timings": {"total_seconds": 0.0, "pages": 0, "pages_per_second": None},
    }


def publish(out: Path, *names: str, fresh: bool = False) -> str:
    rows = doc_rows(*names)
    with Dataset.open(out) as ds:
        return ds.publish(rows, run_manifest(rows), fresh=fresh)


def test_layout_and_readers_see_top_level_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    version = publish(out, "a.pdf", "b.pdf")
    facts = published(out)
    assert facts["version"] == version
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        published_files()
    )
    assert all((out / name).is_symlink() for name in published_files())
    assert os.readlink(out / CURRENT) == f"{VERSIONS}/{version}"
    kpi = pd.read_parquet(out / "kpi_values.parquet")
    assert len(kpi) == 4
    assert facts["manifest"]["dataset"]["documents"] == 2


def test_incremental_adds_replaces_and_fresh_starts_over(tmp_path: Path) -> None:
    out = tmp_path / "out"
    v1 = publish(out, "a.pdf", "b.pdf")
    v2 = publish(out, "c.pdf")
    facts = published(out)
    assert facts["names"] == ["a.pdf", "b.pdf", "c.pdf"]
    assert facts["tables"]["kpi_values"].num_rows == 6
    assert facts["manifest"]["dataset"] == {
        "version": v2,
        "previous_version": v1,
        "based_on": v1,
        "documents": 3,
    }
    assert len(facts["manifest"]["checks"]) == 3
    publish(out, "b.pdf")  # same doc_id again: replaces, does not duplicate
    facts = published(out)
    assert facts["names"] == ["a.pdf", "b.pdf", "c.pdf"]
    assert facts["tables"]["rejects"].num_rows == 3
    publish(out, "z.pdf", fresh=True)
    facts = published(out)
    assert facts["names"] == ["z.pdf"]
    assert facts["manifest"]["dataset"]["based_on"] is None


def test_incremental_equals_one_fresh_run_byte_for_byte(tmp_path: Path) -> None:
    publish(tmp_path / "inc", "b.pdf", "d.pdf")
    publish(tmp_path / "inc", "c.pdf", "a.pdf")
    publish(tmp_path / "one", "a.pdf", "b.pdf", "c.pdf", "d.pdf")
    for name in SCHEMAS:
        inc = (tmp_path / "inc" / f"{name}.parquet").read_bytes()
        assert inc == (tmp_path / "one" / f"{name}.parquet").read_bytes(), name


def test_old_versions_pruned_to_keep(tmp_path: Path) -> None:
    out = tmp_path / "out"
    versions = [publish(out, f"{i}.pdf") for i in range(5)]
    kept = sorted(p.name for p in (out / VERSIONS).iterdir())
    assert kept == sorted(versions[-3:])  # keep_versions = 3: current + 2 previous
    assert published(out)["names"] == [f"{i}.pdf" for i in range(5)]


def test_exception_at_each_publish_step_keeps_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    publish(out, "a.pdf")
    before = published(out)
    real = {
        "write_table": write_module.pq.write_table,
        "rename": write_module.os.rename,
        "symlink": write_module.os.symlink,
    }
    for step, count in (("write_table", 1), ("write_table", 4), ("rename", 1), ("symlink", 1)):

        def crash(
            *args: object,
            _step: str = step,
            _count: int = count,
            calls: dict[str, int] = {"n": 0},  # noqa: B006 - one counter per step
            **kw: object,
        ) -> Any:
            calls["n"] += 1
            if calls["n"] == _count:
                raise KeyboardInterrupt(f"killed at {_step} #{_count}")
            return real[_step](*args, **kw)

        target = write_module.pq if step == "write_table" else write_module.os
        monkeypatch.setattr(target, step, crash)
        with pytest.raises(KeyboardInterrupt):
            publish(out, "b.pdf")
        monkeypatch.setattr(target, step, real[step])
        after = published(out)
        assert after["version"] == before["version"], step
        assert after["names"] == ["a.pdf"]
        assert leftovers(out) == [], step  # cleaned on the way out
        assert sorted(p.name for p in (out / VERSIONS).iterdir()) == [before["version"]]


KILLER = textwrap.dedent(
    """
    import json, os, shutil, sys
    from pathlib import Path
    import pyarrow.dataset  # noqa: F401  (imported lazily by read_table: not per child)
    import aizu_extract.write as w

    template, work, rows_file = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    rows = json.loads(rows_file.read_text())
    targets = [(w.os, n) for n in ("replace", "rename", "symlink", "mkdir", "unlink", "link")]
    targets += [(w.pq, "write_table"), (w.shutil, "rmtree")]
    results = {}
    k = 0
    while True:
        k += 1
        out = work / f"k{k:03d}"
        shutil.copytree(template, out, symlinks=True)
        pid = os.fork()
        if pid == 0:
            calls = [0]
            def wrap(real):
                def f(*a, **kw):
                    calls[0] += 1
                    if calls[0] == k:
                        os._exit(137)  # as abrupt as kill -9: no finally, no atexit
                    return real(*a, **kw)
                return f
            for mod, name in targets:
                setattr(mod, name, wrap(getattr(mod, name)))
            ds = w.Dataset.open(out)
            ds.publish(rows["rows"], rows["manifest"])
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        results[str(out)] = os.waitstatus_to_exitcode(status)
        if results[str(out)] == 0:
            break
    print(json.dumps(results))
    """
)


def test_abrupt_death_at_every_step_leaves_old_or_new_and_next_run_cleans(
    tmp_path: Path,
) -> None:
    template = tmp_path / "template"
    publish(template, "a.pdf")
    publish(template, "b.pdf")  # links exist, one previous version: the usual state
    old = published(template)
    rows = doc_rows("c.pdf")
    rows_file = tmp_path / "rows.json"
    rows_file.write_text(json.dumps({"rows": rows, "manifest": run_manifest(rows)}))
    work = tmp_path / "work"
    work.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(template), str(work), str(rows_file)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    assert len(results) >= 10  # open + write + rename + swap + prune: many kill points
    assert list(results.values())[-1] == 0 and set(list(results.values())[:-1]) == {137}
    seen = set()
    for folder in map(Path, results):
        facts = published(folder)  # complete and consistent after the kill
        assert facts["names"] in (old["names"], ["a.pdf", "b.pdf", "c.pdf"]), folder
        seen.add(tuple(facts["names"]))
        with Dataset.open(folder) as ds:  # the next run's start cleans up
            assert ds.current_version() == facts["version"]
        assert leftovers(folder) == []
        on_disk = {p.name for p in (folder / VERSIONS).iterdir()}
        assert facts["version"] in on_disk
        assert len(on_disk) <= 3
        publish(folder, "d.pdf")
        assert "d.pdf" in published(folder)["names"]
    assert len(seen) == 2  # some kills came before the swap, some after


def test_lock_refuses_a_second_writer(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Dataset.open(out):
        with pytest.raises(DatasetBusy, match=r"in use by another aizu-extract run \(pid \d+\)"):
            Dataset.open(out)
        code = "import sys; from aizu_extract.write import Dataset; Dataset.open(sys.argv[1])"
        proc = subprocess.run(
            [sys.executable, "-c", code, str(out)], capture_output=True, text=True, cwd=ROOT
        )
        assert proc.returncode != 0 and "DatasetBusy" in proc.stderr
    Dataset.open(out).close()  # released


def test_leftovers_of_killed_runs_removed_at_start(tmp_path: Path) -> None:
    out = tmp_path / "out"
    v1 = publish(out, "a.pdf")
    (out / VERSIONS / ".staging-20990101T000000000000Z-deadbeef").mkdir()
    (out / VERSIONS / ".staging-20990101T000000000000Z-deadbeef" / "x.parquet").write_bytes(b"x")
    (out / ".staging-old-writer").mkdir()  # the pre-dataset writer's staging folder
    orphan = out / VERSIONS / "20990101T000000000000Z-0badf00d"  # written, never published
    copy_dataset(out / VERSIONS / v1, orphan)
    os.symlink(".versions/x", out / ".tmp-link-1234abcd")
    mine = out / VERSIONS / "notes.txt"  # not ours: left alone
    mine.write_text("keep")
    Dataset.open(out).close()
    assert leftovers(out) == []
    assert sorted(p.name for p in (out / VERSIONS).iterdir()) == sorted([v1, "notes.txt"])
    assert published(out)["version"] == v1


def test_plain_files_of_the_old_writer_are_adopted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    publish(tmp_path / "src", "a.pdf", "b.pdf")
    out.mkdir()
    for name in published_files():  # what the single-version writer left: plain files
        (out / name).write_bytes((tmp_path / "src" / name).read_bytes())
    manifest = json.loads((out / MANIFEST).read_text())
    del manifest["dataset"]
    (out / MANIFEST).write_text(json.dumps(manifest))
    old_kpi = (out / "kpi_values.parquet").read_bytes()
    with Dataset.open(out) as ds:
        assert ds.current_version() is not None
        assert len(ds.known_doc_ids()) == 2
    assert (out / "kpi_values.parquet").is_symlink()
    assert (out / "kpi_values.parquet").read_bytes() == old_kpi
    publish(out, "c.pdf")
    assert published(out)["names"] == ["a.pdf", "b.pdf", "c.pdf"]


def test_older_schema_gets_new_nullable_columns(tmp_path: Path) -> None:
    out = tmp_path / "out"
    v1 = publish(out, "a.pdf")
    path = out / VERSIONS / v1 / "kpi_values.parquet"
    table = pq.read_table(path).drop_columns(["definition"])  # written before 'definition'
    pq.write_table(table, path)
    publish(out, "b.pdf")
    kpi = published(out)["tables"]["kpi_values"]
    assert kpi.num_rows == 4
    assert kpi.column("definition").null_count == 4


@pytest.mark.parametrize("kind", ["file", "under_file"])
def test_unusable_output_path_is_one_line_error(tmp_path: Path, kind: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    target = blocker if kind == "file" else blocker / "out"
    with pytest.raises(DatasetError) as info:
        Dataset.open(target)
    assert "\n" not in str(info.value)
    assert blocker.read_text() == "not a folder"


def test_missing_current_version_is_refused_unless_fresh(tmp_path: Path) -> None:
    import shutil

    out = tmp_path / "out"
    v1 = publish(out, "a.pdf")
    v2 = publish(out, "b.pdf")
    shutil.rmtree(out / VERSIONS / v2)
    with Dataset.open(out) as ds, pytest.raises(DatasetError, match="damaged"):
        ds.known_doc_ids()
    assert (out / VERSIONS / v1).is_dir()  # the older version is not pruned meanwhile
    publish(out, "b.pdf", fresh=True)
    assert published(out)["names"] == ["b.pdf"]


# -- flushing: every file of a version reaches the disk before it is current -----------


def _spy_fsync(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    flushed: list[Path] = []
    real = write_module._fsync

    def spy(path: Path) -> None:
        flushed.append(Path(path))
        real(path)

    monkeypatch.setattr(write_module, "_fsync", spy)
    return flushed


@pytest.mark.parametrize("threads", [1, 8])
def test_every_file_of_a_version_is_flushed_before_it_is_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threads: int
) -> None:
    from dataclasses import replace

    from aizu_extract.settings import DEFAULT

    run = replace(DEFAULT.run, fsync_threads=threads)
    monkeypatch.setattr(write_module, "DEFAULT", replace(DEFAULT, run=run))
    flushed = _spy_fsync(monkeypatch)
    out = tmp_path / "out"
    version = publish(out, "a.pdf", "b.pdf")
    folder = out / VERSIONS / version
    staged = {p.name for p in folder.iterdir()}
    assert {"documents.parquet", "kpi_values.parquet", MANIFEST} <= staged
    # Flushed under the staging name, before the rename that gives the version its name.
    files = {p.name for p in flushed if p.parent.parent == out / VERSIONS and p.name in staged}
    assert files == staged


@pytest.mark.parametrize("analyst", [False, True])
def test_top_level_links_are_flushed_with_one_fsync_of_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, analyst: bool
) -> None:
    """The first publish links a dozen files through .current (the command's dataset
    also its series tables): the folder is flushed once after them (and once for
    the .current swap), not once per link."""
    from aizu_extract.export import AnalystDataset

    flushed = _spy_fsync(monkeypatch)
    out = tmp_path / "out"

    def publish_with(*names: str) -> None:
        rows = doc_rows(*names)
        with (AnalystDataset if analyst else Dataset).open(out) as ds:
            ds.publish(rows, run_manifest(rows))

    publish_with("a.pdf")
    links = [p for p in out.iterdir() if p.is_symlink() and p.name != CURRENT]
    assert len(links) >= len(published_files()) + (2 if analyst else 0)  # + kpi/budget series
    assert flushed.count(out) == 2  # the .current swap, then all the links
    flushed.clear()
    publish_with("b.pdf")  # links already there: only the swap
    assert flushed.count(out) == 1


def test_a_flush_that_fails_in_a_thread_fails_the_publish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    publish(out, "a.pdf")
    before = published(out)
    real = write_module._fsync

    def failing(path: Path) -> None:
        if Path(path).name == "kpi_values.parquet":
            raise OSError(5, "Input/output error")
        real(path)

    monkeypatch.setattr(write_module, "_fsync", failing)
    with pytest.raises(Exception, match="Input/output error"):
        publish(out, "b.pdf")
    monkeypatch.setattr(write_module, "_fsync", real)
    assert published(out)["version"] == before["version"]
    assert leftovers(out) == []
