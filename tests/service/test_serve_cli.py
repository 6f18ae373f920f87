"""``tacitus serve``: registered, refuses a missing database, and serves a real one."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from tacitus.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_serve_is_a_command_with_its_options() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--max-body"):
        assert option in result.output


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0
    assert "does not exist" in result.output


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.model
@pytest.mark.slow
def test_serve_runs_uvicorn_on_a_database(tmp_path: Path) -> None:
    from tacitus.store import Store

    db = tmp_path / "served.duckdb"
    with Store(db):
        pass
    port = free_port()
    command = [sys.executable, "-c", "from tacitus.cli import main; main()", "serve",
               "--db", str(db), "--port", str(port)]
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT,
                                  env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"tacitus serve did not start:\n{log.read_text()}")
                time.sleep(0.2)
        assert health.json()["data"]["database"] == str(db)
        assert httpx.get(f"http://127.0.0.1:{port}/docs", timeout=5).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=20)
