"""The run outside the per-page reading: what each process imports, rows staged
as Parquet row groups while the run goes, outcomes collected as they finish."""

from __future__ import annotations

import hashlib
import textwrap
import threading
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from aizu_extract import batch, pipeline, server
from aizu_extract import write as write_module
from aizu_extract.models import SCHEMAS
from aizu_extract.series import with_kpi_keys
from aizu_extract.write import VERSIONS, Dataset
from tests.conftest import fresh_python as _python
from tests.conftest import tiny_text_pdf
from tests.dataset_helpers import leftovers, published, tiny_pdfs

ROOT = Path(__file__).resolve().parents[1]


def _loaded(*modules: str) -> str:
    return f"print(json.dumps({{m: m in sys.modules for m in {list(modules)!r}}}))"


# -- what each process imports ---------------------------------------------------


def test_command_module_imports_no_pdf_stack_writer_or_pandas() -> None:
    got = _python(
        "import json, sys\nimport aizu_extract.cli\n"
        + _loaded("pymupdf", "aizu_extract.pipeline", "aizu_extract.parsers", "pyarrow", "pandas")
    )
    assert got == {
        "pymupdf": False,
        "aizu_extract.pipeline": False,
        "aizu_extract.parsers": False,
        "pyarrow": False,
        "pandas": False,
    }


def test_worker_chain_imports_no_arrow_numpy_or_pandas() -> None:
    """What the fork server preloads: the pipeline validates with pydantic, writes no Arrow."""
    got = _python(
        "import json, sys\nimport aizu_extract.pipeline\n"
        + _loaded("pymupdf", "pydantic", "pyarrow", "numpy", "pandas")
    )
    assert got == {
        "pymupdf": True,
        "pydantic": True,
        "pyarrow": False,
        "numpy": False,
        "pandas": False,
    }


def _command_then(pdf: Path, out: Path, workers: int, then: str) -> dict[str, Any]:
    """``aizu-extract extract PDF --out OUT`` in a fresh interpreter, then ``then``
    there (it prints one JSON object)."""
    command = f"""
        import json, sys
        from aizu_extract.cli import app
        try:
            app(["extract", {str(pdf)!r}, "--out", {str(out)!r}, "--workers", "{workers}"],
                standalone_mode=False)
        except SystemExit:
            pass
        """
    return _python(textwrap.dedent(command) + textwrap.dedent(then))


def test_extract_command_writes_parquet_without_pandas_on_malloc(tmp_path: Path) -> None:
    (pdf,) = tiny_pdfs(tmp_path / "in", ["minutes.pdf"])
    out = tmp_path / "out"
    got = _command_then(
        pdf,
        out,
        0,
        """
        import pyarrow as pa
        pool = pa.default_memory_pool().backend_name
        print(json.dumps({"pandas": "pandas" in sys.modules, "pool": pool}))
        """,
    )
    assert got == {"pandas": False, "pool": "system"}  # malloc gives back what a burst took
    assert published(out)["names"] == ["minutes.pdf"]


def test_pandas_still_usable_after_pyarrow_was_primed_without_it() -> None:
    got = _python(
        """
        import json, sys
        from aizu_extract._optional import pyarrow_without_pandas
        pyarrow_without_pandas()
        import pyarrow as pa
        table = pa.Table.from_pylist([{"n": 3}, {"n": 4}])
        before = "pandas" in sys.modules
        frame = table.to_pandas()
        print(json.dumps({"before": before, "n": [int(v) for v in frame["n"]]}))
        """
    )
    assert got == {"before": False, "n": [3, 4]}


# -- staging: rows to Parquet row groups as they come ---------------------------------


def _reject(doc: str, n: int) -> dict[str, Any]:
    return {
        "doc_id": hashlib.sha256(doc.encode()).hexdigest(),
        "table": "kpi_values",
        "field": "value",
        "value_text": f"値{n}",
        "reason": "x",
    }


def test_staged_rows_are_written_in_row_groups_and_read_back_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    groups: dict[str, int] = {}
    real_read = write_module._read_parquet  # how the writer reads a staged row file

    def read_table(path: Any) -> Any:
        groups[Path(path).stem] = pq.ParquetFile(path).metadata.num_row_groups
        return real_read(path)

    monkeypatch.setattr(write_module, "_read_parquet", read_table)
    staging = write_module.Staging(tmp_path / ".staging-x", rows_per_group=2)
    staging.folder.mkdir()
    for n in range(1, 6):
        staging.add("rejects", [_reject("a.pdf", n)])
    assert staging.counts["rejects"] == 5
    tables = staging.finish()
    assert groups == {"rejects": 3}  # 2 + 2 written while adding, the last 1 at the end
    assert tables["rejects"].column("value_text").to_pylist() == ["値1", "値2", "値3", "値4", "値5"]
    assert tables["kpi_values"].num_rows == 0
    assert not (staging.folder / "rows").exists()


def test_documents_staged_in_any_order_publish_in_dataset_order(tmp_path: Path) -> None:
    out = tmp_path / "out"
    inputs = []
    with Dataset.open(out) as dataset, dataset.stage() as staged:
        for name in ("b.pdf", "a.pdf"):  # the order workers happened to finish in
            doc_id = hashlib.sha256(name.encode()).hexdigest()
            document = {"doc_id": doc_id, "source_file": name, "doc_type": "strategy"}
            staged.add_document(
                {**document, "status": "ok"},
                {"rejects": [_reject(name, 1), _reject(name, 2)]},
            )
            inputs.append({"sha256": doc_id, "source_file": name, "status": "ok"})
        manifest = {"contract_version": "1.1", "inputs": inputs}
        dataset.publish_staged(staged, manifest, fresh=True)
    tables = published(out)["tables"]
    assert tables["documents"].column("source_file").to_pylist() == ["a.pdf", "b.pdf"]
    a, b = (hashlib.sha256(n.encode()).hexdigest() for n in ("a.pdf", "b.pdf"))
    rejects = tables["rejects"].select(["doc_id", "value_text"]).to_pylist()
    assert rejects == [
        {"doc_id": a, "value_text": "値1"},
        {"doc_id": a, "value_text": "値2"},
        {"doc_id": b, "value_text": "値1"},
        {"doc_id": b, "value_text": "値2"},
    ]
    assert leftovers(out) == []


def test_interrupted_staging_leaves_previous_version_and_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Dataset.open(out) as dataset:
        dataset.publish({}, {"contract_version": "1.1", "inputs": []}, fresh=True)
        before = dataset.current_version()
        with pytest.raises(KeyboardInterrupt), dataset.stage() as staged:
            staged.rows_per_group = 1  # so that a row group is on disk when Ctrl-C comes
            staged.add("rejects", [_reject("a.pdf", 1)])
            raise KeyboardInterrupt
        assert dataset.current_version() == before
    assert leftovers(out) == []
    assert [p.name for p in (out / VERSIONS).iterdir()] == [before]


# -- outcomes as they finish ------------------------------------------------------------


def test_rows_handed_on_then_dropped_and_outcomes_in_input_order(tmp_path: Path) -> None:
    paths = tiny_pdfs(tmp_path / "in", ["c.pdf", "a.pdf", "b.pdf"])
    files = [batch.InputFile(path=p, sha256=None) for p in paths]
    seen: dict[str, int] = {}

    def on_done(outcome: batch.DocumentOutcome) -> None:
        seen[outcome.document["source_file"]] = len(outcome.rows["problems"])

    result = batch.run(files, workers=0, on_done=on_done, keep_rows=False)
    assert seen == {"c.pdf": 1, "a.pdf": 1, "b.pdf": 1}  # each: 'unrecognised document'
    assert [o.document["source_file"] for o in result.outcomes] == ["c.pdf", "a.pdf", "b.pdf"]
    assert all(o.rows == {} for o in result.outcomes)


def test_pool_returns_input_order_whatever_finishes_first(tmp_path: Path) -> None:
    """Neither the dispatch order (largest first) nor the order they finish in."""
    paths = tiny_pdfs(tmp_path / "in", ["a.pdf", "big.pdf", "z.pdf"])
    paths[1].write_bytes(tiny_text_pdf("議事録 " + "あ" * 4000))  # larger: dispatched first
    assert paths[1].stat().st_size > max(paths[0].stat().st_size, paths[2].stat().st_size)
    files = [batch.InputFile(path=p, sha256=None) for p in paths]
    finished: list[str] = []
    result = batch.run(
        files,
        workers=2,
        timeout=60,
        on_done=lambda o: finished.append(o.document["source_file"]),
    )
    assert sorted(finished) == ["a.pdf", "big.pdf", "z.pdf"]
    assert [o.document["source_file"] for o in result.outcomes] == ["a.pdf", "big.pdf", "z.pdf"]
    assert [o.status for o in result.outcomes] == ["partial"] * 3  # unknown, not failed
    assert all(o.rows["problems"] for o in result.outcomes)  # rows kept by default


def test_pipeline_still_exports_the_run() -> None:
    assert pipeline.run is batch.run
    assert pipeline.DocumentOutcome is batch.DocumentOutcome


# -- kpi keys: folded by the worker, so the main process needs no Sudachi -------------------

AREA37 = ROOT / "samples" / "evaluation_r7_area37_reportlab.pdf"


def test_worker_fills_kpi_keys_and_hands_over_the_folded_names() -> None:
    from aizu_extract.settings import DEFAULT

    outcome = pipeline.process_file(AREA37)
    # The sheets print no municipality: keyed by the doc_id's prefix (series.py).
    prefix = DEFAULT.series.unknown_municipality_id_chars
    doc = "doc:" + hashlib.sha256(AREA37.read_bytes()).hexdigest()[:prefix]
    rows = outcome.rows["kpi_values"]
    keys = {r["kpi_name"]: r["kpi_key"] for r in rows}
    assert keys["国際交流協会活動参加人数"] == f"{doc}|kpi|国際交流協会活動参加人数|人"
    # The very keys the writer computes at publish (series.with_kpi_keys).
    table = pa.Table.from_pylist([{**r, "kpi_key": None} for r in rows], SCHEMAS["kpi_values"])
    documents = pa.Table.from_pylist([outcome.document], SCHEMAS["documents"])
    written = with_kpi_keys(table, documents).column("kpi_key").to_pylist()
    assert written == [r["kpi_key"] for r in rows]
    assert outcome.name_keys["国際交流協会活動参加人数"] == "国際交流協会活動参加人数"
    assert outcome.name_keys["姉妹都市・親善交流都市等交流事業"] == "姉妹都市親善交流都市等交流事業"


def test_fill_kpi_keys_gives_a_row_without_unit_its_siblings_unit() -> None:
    from aizu_extract.keys import fill_kpi_keys

    doc_id = "c" * 64
    rows: list[dict[str, Any]] = [
        {"doc_id": doc_id, "kind": "kpi", "kpi_name": "移住相談件数", "unit": "件"},
        {"doc_id": doc_id, "kind": "kpi", "kpi_name": "移住相談件数", "unit": None},  # 現状値
        {"doc_id": doc_id, "kind": "kpi", "kpi_name": "転入者数", "unit": None},  # no sibling
    ]
    fill_kpi_keys(rows, doc_id, "こもれび町")
    assert [r["kpi_key"] for r in rows] == [
        "こもれび町|kpi|移住相談件数|件",
        "こもれび町|kpi|移住相談件数|件",
        "こもれび町|kpi|転入者数|",
    ]


def test_keys_of_handed_over_names_need_no_sudachi_and_others_still_fold() -> None:
    got = _python(
        """
        import json, sys
        from aizu_extract import keys
        keys.remember({"移住相談件数": "移住相談件数", "移住支援金": "移住支援金"})
        a = keys.kpi_key("こもれび町", "kpi", "移住相談件数", "件")
        b = keys.unit_key("こもれび町", "移住支援金")
        before = "sudachipy" in sys.modules
        c = keys.kpi_key("こもれび町", "kpi", "地域の取組参加人数※1", "人")  # not handed over
        print(json.dumps({"a": a, "b": b, "before": before, "c": c,
                          "after": "sudachipy" in sys.modules}))
        """
    )
    assert got == {
        "a": "こもれび町|kpi|移住相談件数|件",
        "b": "こもれび町|移住支援金",
        "before": False,
        "c": "こもれび町|kpi|地域の取り組み参加人数|人",
        "after": True,
    }


def test_extract_command_main_process_loads_neither_sudachi_nor_numpy(tmp_path: Path) -> None:
    out = tmp_path / "out"
    got = _command_then(
        AREA37,
        out,
        1,
        f"""
        sudachi, numpy = "sudachipy" in sys.modules, "numpy" in sys.modules  # before reading
        import pyarrow.parquet as pq
        keys = pq.read_table({str(out / "kpi_values.parquet")!r}).column("kpi_key").to_pylist()
        units = pq.read_table({str(out / "budget_series.parquet")!r}).column("business_unit")
        print(json.dumps({{"sudachi": sudachi, "numpy": numpy,
                          "key": any(k.endswith("|kpi|国際交流協会活動参加人数|人") for k in keys),
                          "units": "移住支援金" in units.to_pylist()}}))
        """,
    )
    assert got == {
        "sudachi": False,
        "numpy": False,  # pyarrow imported without it (_optional.pyarrow_without_numpy)
        "key": True,
        "units": True,
    }


def test_extract_command_main_process_imports_no_pydantic_nor_arrow_dataset(
    tmp_path: Path,
) -> None:
    """The workers validate; the command's own process writes Arrow from the contract's
    schema file (contract.py) and builds no model. Typer below 0.29 converts options
    without pydantic too (pyproject pins it so). Publishing reads no dataset; its
    only compute kernels are the series' (series.py), imported without numpy."""
    out = tmp_path / "out"
    got = _command_then(
        AREA37,
        out,
        1,
        f"""
        loaded = {{m: m in sys.modules for m in ["pydantic", "aizu_extract.models",
                                                 "pyarrow.compute", "pyarrow.dataset"]}}
        import pyarrow.parquet as pq
        docs = pq.read_table({str(out / "documents.parquet")!r}).column("status").to_pylist()
        print(json.dumps({{**loaded, "status": docs}}))
        """,
    )
    assert got == {
        "pydantic": False,
        "aizu_extract.models": False,
        "pyarrow.compute": True,  # the series (series.py, runs.py)
        "pyarrow.dataset": False,  # write.py reads files without datasets
        "status": ["ok"],
    }


# -- start-up: the fork server starts first and preloads a warm worker -------------------


def test_fork_server_preload_is_warm_and_imports_no_arrow() -> None:
    """What every worker is forked with: parsers, vocabulary and Sudachi already loaded."""
    got = _python(
        "import json, sys\nimport aizu_extract.warm\n"
        "from aizu_extract.layout.vocabulary import vocabulary\n"
        "loaded = vocabulary.cache_info().currsize\n"
        + "print(json.dumps({'vocabulary': loaded, **{m: m in sys.modules for m in "
        "['aizu_extract.parsers.policy_evaluation', 'aizu_extract.parsers.strategy', "
        "'sudachipy', 'pebble.pool.process', 'pyarrow', 'numpy', 'pandas']}}))"
    )
    assert got == {
        "vocabulary": 1,
        "aizu_extract.parsers.policy_evaluation": True,
        "aizu_extract.parsers.strategy": True,
        "sudachipy": True,
        "pebble.pool.process": True,  # the worker loop: imported once, not per worker
        "pyarrow": False,
        "numpy": False,
        "pandas": False,
    }
    assert server.WORKER_MODULE == "aizu_extract.warm"


def test_contract_validators_are_built_by_the_fork_server_not_by_the_writer() -> None:
    """The main process needs the models' fields (Arrow schemas), never a validator;
    the fork server builds all eight tables' validators once for every worker."""
    probe = (
        "import json\nfrom aizu_extract.models import TABLES\n{before}"
        "print(json.dumps(sorted(n for n, m in TABLES.items() if m.__pydantic_complete__)))"
    )
    writer = _python(probe.format(before="from aizu_extract.models import SCHEMAS\n"))
    worker = _python(probe.format(before="import aizu_extract.warm\n"))
    assert writer == []
    assert worker == sorted(
        ["documents", "kpi_values", "business_units", "budget_lines", "structure",
         "rejects", "unassigned", "problems"]
    )  # fmt: skip


def test_extract_starts_the_fork_server_before_typer_converts_options(tmp_path: Path) -> None:
    """Typer imports pydantic to convert options: the server's imports overlap that."""
    (pdf,) = tiny_pdfs(tmp_path / "in", ["minutes.pdf"])
    out = tmp_path / "out"
    got = _python(
        f"""
        import json, sys
        from aizu_extract import cli, server
        calls = []
        real = server.start
        def start(preload=()):
            calls.append(["pydantic" in sys.modules, list(preload)])
            real(preload)
        server.start = start
        try:
            cli.app(["extract", {str(pdf)!r}, "--out", {str(out)!r}, "--workers", "2"],
                    standalone_mode=False)
        except SystemExit:
            pass
        print(json.dumps(calls[0]))
        """
    )
    assert got == [False, []]
    assert published(out)["names"] == ["minutes.pdf"]


def test_console_script_starts_the_fork_server_before_the_command_line_imports(
    tmp_path: Path,
) -> None:
    """The console script (launch.main) starts the server before typer and rich are
    imported, and its workers re-import only the launcher."""
    (pdf,) = tiny_pdfs(tmp_path / "in", ["minutes.pdf"])
    out = tmp_path / "out"
    got = _python(
        f"""
        import json, sys
        from aizu_extract import launch, server
        calls = []
        real = server.start
        def start(preload=()):
            calls.append([name in sys.modules for name in
                          ("typer", "rich", "aizu_extract.settings", "aizu_extract.batch")]
                         + [list(preload)])
            real(preload)
        server.start = start
        sys.argv = ["aizu-extract", "extract", {str(pdf)!r}, "--out", {str(out)!r}]
        try:
            launch.main()
        except SystemExit:
            pass
        print(json.dumps(calls[0]))
        """
    )
    # Nor the settings and the batch runner: the server starts before them (server.py).
    assert got == [False, False, False, False, ["aizu_extract.launch"]]
    assert published(out)["names"] == ["minutes.pdf"]


def test_console_script_freezes_what_it_imported_before_the_interpreter_ends(
    tmp_path: Path,
) -> None:
    """The interpreter's last collections walk every object still tracked; after the
    command (also one that ends in SystemExit, as typer's always does) nothing of it
    is garbage, so it is frozen and those collections skip it."""
    got = _python(
        """
        import gc, json, sys
        from aizu_extract import launch
        sys.argv = ["aizu-extract", "--help"]
        before = gc.get_freeze_count()
        try:
            launch.main()
        except SystemExit as exc:
            code = exc.code
        print(json.dumps({"before": before, "after": gc.get_freeze_count() > 1000,
                          "code": code}))
        """
    )
    assert got == {"before": 0, "after": True, "code": 0}


def test_console_script_starts_the_server_without_reading_the_settings_default() -> None:
    """launch starts the server, when --workers is absent, before the settings are
    imported: that rests on the default using workers."""
    from aizu_extract.settings import DEFAULT

    assert DEFAULT.run.workers > 0


@pytest.mark.parametrize(
    ("args", "started"),
    [
        (["extract", "a.pdf"], True),
        (["extract", "a.pdf", "--workers", "2"], True),
        (["extract", "a.pdf", "--workers=0"], False),
        (["extract", "a.pdf", "--workers", "-1"], False),
        (["extract", "a.pdf", "--workers", "two"], False),
        (["extract", "--help"], False),
        (["extract", "--", "--workers", "0"], True),  # a file named --workers
        (["check", "out"], False),
    ],
)
def test_launch_starts_the_server_only_for_an_extract_with_workers(
    args: list[str], started: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aizu_extract import launch

    calls: list[list[str]] = []
    monkeypatch.setattr(server, "start", lambda preload=(): calls.append(list(preload)))
    launch.start_for(args, preload=["x"])
    assert calls == ([["x"]] if started else [])


@pytest.mark.parametrize(
    ("args", "workers"),
    [
        (["a.pdf", "--workers", "2"], 2),
        (["a.pdf", "--workers=0"], 0),
        (["a.pdf", "--out", "o"], 1),  # RunSettings.workers
        (["a.pdf", "--workers", "two"], None),  # typer reports it
        (["--help"], None),
        (["--", "--workers", "3"], 1),  # a file named --workers
    ],
)
def test_workers_option_peeked_before_typer_parses(args: list[str], workers: int | None) -> None:
    from aizu_extract.launch import workers_option

    assert workers_option(args) == workers


def test_a_run_lets_go_of_the_names_an_earlier_run_handed_over() -> None:
    """The folds live in a process-wide table: a long-lived caller's must not grow forever."""
    from aizu_extract import keys

    def outcome(doc: str, folded: dict[str, str]) -> batch.DocumentOutcome:
        document = {"doc_id": doc * 64, "status": "ok"}
        return batch.DocumentOutcome(source=Path(doc), document=document, name_keys=folded)

    try:
        first = batch._Collector(1, None, keep_rows=True)
        first.add(0, outcome("a", {"移住支援金": "移住支援金(a)"}))
        assert keys.indicator_name_key("移住支援金") == "移住支援金(a)"  # handed over
        second = batch._Collector(1, None, keep_rows=True)
        second.add(0, outcome("b", {"転入者数": "転入者数(b)"}))
        assert keys.indicator_name_key("転入者数") == "転入者数(b)"
        assert keys.indicator_name_key("移住支援金") == "移住支援金"  # Sudachi's own fold
    finally:
        keys.forget()


def test_run_returns_while_its_idle_workers_are_still_exiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool's exit (pebble notices a closed pool on a 0.1 s tick) is waited for
    beside the caller's next step, the publish, not before run() returns."""
    import pebble

    release, joined = threading.Event(), threading.Event()
    real_join = pebble.ProcessPool.join

    def held_join(self: Any, timeout: float | None = None) -> None:
        release.wait(60)
        real_join(self, timeout)
        joined.set()

    monkeypatch.setattr(pebble.ProcessPool, "join", held_join)
    pdfs = tiny_pdfs(tmp_path / "in", ["a.pdf", "b.pdf"])
    result = batch.run(pdfs, workers=1, timeout=60)
    assert [o.source.name for o in result.outcomes] == ["a.pdf", "b.pdf"]
    assert not joined.is_set()  # returned with the join still held
    (waiting,) = [t for t in threading.enumerate() if t.name == "aizu-pool-exit"]
    release.set()
    waiting.join(60)
    assert joined.is_set() and not waiting.is_alive()


def test_an_interrupted_run_stops_and_joins_its_workers_before_raising(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pebble

    calls: list[str] = []
    real_stop, real_join = pebble.ProcessPool.stop, pebble.ProcessPool.join
    monkeypatch.setattr(
        pebble.ProcessPool, "stop", lambda self: (calls.append("stop"), real_stop(self))[1]
    )
    monkeypatch.setattr(
        pebble.ProcessPool,
        "join",
        lambda self, timeout=None: (calls.append("join"), real_join(self, timeout))[1],
    )

    def ctrl_c(outcome: Any) -> None:
        raise KeyboardInterrupt

    pdfs = tiny_pdfs(tmp_path / "in", ["a.pdf", "b.pdf"])
    with pytest.raises(KeyboardInterrupt):
        batch.run(pdfs, workers=1, timeout=60, on_done=ctrl_c)
    assert calls == ["stop", "join"]  # both done when run() raises, in this thread
    assert not [t for t in threading.enumerate() if t.name == "aizu-pool-exit"]
