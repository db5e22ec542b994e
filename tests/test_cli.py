"""The command line as an operator meets it: options, inputs, incremental runs, accidents."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from aizu_extract import cli as cli_module
from aizu_extract import pipeline
from aizu_extract import write as write_module
from aizu_extract.cli import app
from aizu_extract.parsers.base import Extraction
from aizu_extract.write import VERSIONS, Dataset
from tests.conftest import tiny_text_pdf
from tests.dataset_helpers import good_copies, leftovers, published, tiny_pdfs

ROOT = Path(__file__).resolve().parents[1]


def extract(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["extract", *map(str, args)])
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result.exit_code, result.output


@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if any document is processed."""

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("documents were processed before the arguments were checked")

    monkeypatch.setattr(cli_module, "run", forbidden)


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("aizu-extract 0.1.0 (data contract 1.1)")


@pytest.mark.parametrize(
    ("option", "value"),
    [("--workers", "-1"), ("--timeout", "0"), ("--timeout", "-5"), ("--max-memory", "10")],
)
def test_out_of_range_options_are_usage_errors(
    tmp_path: Path, no_work: None, option: str, value: str
) -> None:
    (pdf,) = tiny_pdfs(tmp_path / "in", ["a.pdf"])
    code, output = extract(pdf, "--out", tmp_path / "out", option, value)
    assert code == 2
    assert option in output
    assert not (tmp_path / "out").exists()


def test_empty_or_mistyped_input_keeps_the_dataset_and_exits_2(tmp_path: Path) -> None:
    tiny_pdfs(tmp_path / "in", ["a.pdf"])
    out = tmp_path / "out"
    assert extract(tmp_path / "in", "--out", out, "--workers", "0")[0] == 1  # unknown: partial
    before = published(out)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("no pdf here")
    code, output = extract(tmp_path / "empty", "--out", out, "--workers", "0")
    assert code == 2
    assert "no PDF found in" in output and "empty" in output
    code, output = extract(tmp_path / "mistyped", "--out", out)
    assert code == 2 and "no such file or folder" in output
    for flag in ("--fresh", "--replace"):
        assert extract(tmp_path / "empty", "--out", out, flag)[0] == 2
    after = published(out)
    assert after["version"] == before["version"] and after["names"] == ["a.pdf"]


def test_output_that_is_a_file_fails_before_any_work(tmp_path: Path, no_work: None) -> None:
    (pdf,) = tiny_pdfs(tmp_path / "in", ["a.pdf"])
    blocker = tmp_path / "out"
    blocker.write_text("precious")
    for target in (blocker, blocker / "sub"):
        code, output = extract(pdf, "--out", target)
        assert code == 2
        assert output.count("\n") == 1 and output.startswith("error:")
    assert blocker.read_text() == "precious"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_fails_before_any_work(tmp_path: Path, no_work: None) -> None:
    (pdf,) = tiny_pdfs(tmp_path / "in", ["a.pdf"])
    locked = tmp_path / "ro"
    locked.mkdir(mode=0o555)
    code, output = extract(pdf, "--out", locked / "out")
    assert code == 2 and "cannot write" in output


def test_permission_denied_output_fails_before_any_work(
    tmp_path: Path, no_work: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root the chmod test above is skipped: refuse the lock file's creation instead."""
    (pdf,) = tiny_pdfs(tmp_path / "in", ["a.pdf"])
    real_open = write_module.os.open

    def denied(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(write_module.os, "open", denied)
    code, output = extract(pdf, "--out", tmp_path / "out")
    assert code == 2
    assert output.startswith("error: cannot write to output folder") and output.count("\n") == 1
    assert "Permission denied" in output


def test_locked_output_is_refused_with_exit_2(tmp_path: Path, no_work: None) -> None:
    (pdf,) = tiny_pdfs(tmp_path / "in", ["a.pdf"])
    with Dataset.open(tmp_path / "out"):  # another run is writing
        code, output = extract(pdf, "--out", tmp_path / "out")
    assert code == 2
    assert "in use by another aizu-extract run" in output


def test_incremental_skip_replace_fresh(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = tiny_pdfs(tmp_path / "one", ["a.pdf", "b.pdf"])
    assert extract(tmp_path / "one", "--out", out, "--workers", "0")[0] == 1
    v1 = published(out)
    assert v1["names"] == ["a.pdf", "b.pdf"]

    tiny_pdfs(tmp_path / "two", ["c.pdf"])
    assert extract(tmp_path / "two", "--out", out, "--workers", "0")[0] == 1
    v2 = published(out)
    assert v2["names"] == ["a.pdf", "b.pdf", "c.pdf"]
    assert v2["manifest"]["dataset"]["based_on"] == v1["version"]
    assert v2["manifest"]["run"]["documents"] == 1

    code, output = extract(tmp_path / "one", "--out", out, "--workers", "0")  # nothing new
    assert code == 0 and "nothing new: 2 file(s) already in" in output
    assert published(out)["version"] == v2["version"]

    code, _ = extract(*first, tmp_path / "two", "--out", out, "--workers", "0", "--replace")
    v3 = published(out)
    assert v3["version"] != v2["version"] and v3["names"] == v2["names"]
    assert v3["manifest"]["run"]["documents"] == 3 and v3["manifest"]["run"]["mode"] == "replace"

    assert extract(tmp_path / "two", "--out", out, "--workers", "0", "--fresh")[0] == 1
    assert published(out)["names"] == ["c.pdf"]


def test_same_content_twice_is_one_document(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (pdf,) = tiny_pdfs(folder, ["a.pdf"])
    (folder / "link.pdf").symlink_to(pdf)
    (folder / "copy.pdf").write_bytes(pdf.read_bytes())
    out = tmp_path / "out"
    extract(folder, f"{folder}/../{folder.name}", pdf, "--out", out, "--workers", "0")
    facts = published(out)
    assert facts["names"] == ["a.pdf"]
    (dup,) = facts["manifest"]["run"]["duplicates"]  # the symlink is the same file: folded
    assert dup["path"].endswith("copy.pdf") and dup["same_as"].endswith("a.pdf")


def test_shift_jis_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = "施策評価票.pdf".encode("shift_jis")  # not UTF-8: a name from a Windows zip
    with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
        fh.write(tiny_text_pdf("議事録 第3回"))
    out = tmp_path / "out"
    code, output = extract(folder, "--out", out, "--workers", "0")
    assert code == 1, output  # an unrecognised document: partial, but processed
    docs = pd.read_parquet(out / "documents.parquet")
    escaped = name.decode("utf-8", "backslashreplace")
    assert escaped.startswith("\\x8e")
    assert list(docs["source_file"]) == [escaped]
    assert list(docs["status"]) == ["partial"]
    manifest = json.loads((out / "manifest.json").read_bytes().decode("utf-8"))
    assert manifest["inputs"][0]["source_file"] == escaped
    assert manifest["inputs"][0]["path"].endswith(escaped)


class OkParser:
    """Stands in for a parser: one valid KPI row, so the document is ``ok``."""

    doc_type = "strategy"

    def parse(self, layout: object) -> Extraction:
        row = {
            "page": 1,
            "kind": "kpi",
            "kpi_name": "移住者数",
            "year_label": "R5",
            "fiscal_year": 2023,
            "metric": "actual",
            "value": 1.0,
            "value_text": "1",
        }
        return Extraction(doc_type="strategy", kpi_values=[row])


def test_exit_0_when_all_ok_and_1_when_one_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "classify", lambda layout, settings: OkParser())
    tiny_pdfs(tmp_path / "good", ["a.pdf", "b.pdf"])
    assert extract(tmp_path / "good", "--out", tmp_path / "o1", "--workers", "0")[0] == 0
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.pdf").write_bytes(b"")
    code, _ = extract(tmp_path / "bad", "--out", tmp_path / "o1", "--workers", "0")
    assert code == 1
    assert published(tmp_path / "o1")["manifest"]["status_counts"] == {
        "ok": 2,
        "partial": 0,
        "failed": 1,
    }


def test_keyboard_interrupt_cancels_pending_and_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiny_pdfs(tmp_path / "old", ["old.pdf"])
    out = tmp_path / "out"
    extract(tmp_path / "old", "--out", out, "--workers", "0")
    before = published(out)
    good_copies(tmp_path / "in", 12)
    real_run = cli_module.run
    done: list[str] = []

    def run_then_ctrl_c(*args: object, **kwargs: object) -> object:
        def on_done(outcome: object) -> None:
            done.append("x")
            raise KeyboardInterrupt

        kwargs["on_done"] = on_done
        return real_run(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_module, "run", run_then_ctrl_c)
    started = time.perf_counter()
    code, output = extract(tmp_path / "in", "--out", out, "--workers", "1")
    assert code == 130
    assert "nothing published" in output
    assert done == ["x"]  # the other 11 were cancelled, not processed
    assert time.perf_counter() - started < 15
    after = published(out)
    assert after["version"] == before["version"] and after["names"] == ["old.pdf"]
    assert leftovers(out) == []


def _wait_for_worker(proc: subprocess.Popen[str], limit: float = 30) -> None:
    """Until ``proc`` has a grandchild (fork server -> pool worker)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        parents = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(stat.parent.name)] = int(fields[1])
        children = {pid for pid, ppid in parents.items() if ppid == proc.pid}
        if any(ppid in children for ppid in parents.values()):
            return
        time.sleep(0.1)
    raise AssertionError("no worker process started")


def _cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "aizu_extract.cli", "extract", *map(str, args)]


@pytest.mark.parametrize("how", ["ctrl_c", "sigterm", "kill_9"])
def test_signal_mid_batch_leaves_previous_dataset(tmp_path: Path, how: str) -> None:
    tiny_pdfs(tmp_path / "old", ["old.pdf"])
    out = tmp_path / "out"
    extract(tmp_path / "old", "--out", out, "--workers", "0")
    before = published(out)
    good_copies(tmp_path / "in", 40)  # ~0.3 s each with one worker: far longer than the wait
    proc = subprocess.Popen(
        _cli(tmp_path / "in", "--out", out, "--workers", "1"),
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    _wait_for_worker(proc)  # the batch is running: a worker process exists
    time.sleep(1)
    assert proc.poll() is None, proc.communicate()
    sent = time.perf_counter()
    if how == "sigterm":  # a service manager stopping the run: only the main process
        proc.send_signal(signal.SIGTERM)
    else:  # Ctrl-C or kill -9 reach the whole process group, workers included
        os.killpg(proc.pid, signal.SIGINT if how == "ctrl_c" else signal.SIGKILL)
    _, stderr = proc.communicate(timeout=30)
    stopped = time.perf_counter() - sent
    if how != "kill_9":
        assert proc.returncode == (130 if how == "ctrl_c" else 143), stderr
        assert "nothing published" in stderr
        assert stopped < 8, stopped  # "within a few seconds", on a loaded CI machine too
    else:
        assert proc.returncode == -signal.SIGKILL
    after = published(out)
    assert after["version"] == before["version"] and after["names"] == ["old.pdf"]
    tiny_pdfs(tmp_path / "next", ["next.pdf"])
    extract(tmp_path / "next", "--out", out, "--workers", "0")  # the next run cleans up
    assert leftovers(out) == []
    assert published(out)["names"] == ["next.pdf", "old.pdf"]
    assert len(list((out / VERSIONS).iterdir())) == 2
