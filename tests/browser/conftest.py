"""Browser tests: a real uvicorn server on a free port, and Playwright driving Debian's
Chromium headless, with every request that is not to the test server blocked and recorded.

Skipped cleanly when /usr/bin/chromium (``apt-get install chromium chromium-driver``) or the
``playwright`` package is absent. Never run ``playwright install``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.conftest import SEED, SEED_DATE

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

pytestmark = [pytest.mark.model, pytest.mark.slow]


@dataclass
class Watch:
    """What a page did that it should not: requests off this machine, errors in its console."""

    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def seed_article() -> tuple[str, str, str]:
    """(title, date, text) of ../shared's seed article, or of an article of our own."""
    if SEED.exists():
        lines = SEED.read_text(encoding="utf-8").split("\n")
        return lines[0].strip(), SEED_DATE.isoformat(), "\n".join(lines[1:]).strip()
    return ("Kerry and Lavrov meet on Syria", "2013-05-08",
            "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in "
            "Moscow on Tuesday. Kerry also called on President Vladimir Putin at the Kremlin. "
            "The two ministers agreed to convene a peace conference on Syria and urged the "
            "Syrian government to halt the violence.\n\n\"We had a useful meeting,\" Kerry "
            "said.")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Path:
    """What ``make demo`` writes: the bundled examples coded into a database."""
    from tacitus.examples import example_articles
    from tacitus.ingest import ingest
    from tacitus.store import Store

    path = tmp_path_factory.mktemp("browser") / "tacitus.duckdb"
    with Store(path) as store:
        ingest(example_articles(), store, coder)
    return path


@pytest.fixture(scope="session")
def server(demo_db: Path, coder: Any) -> Iterator[str]:
    """A real uvicorn server (in a thread) over the demo database; yields its base URL."""
    import uvicorn

    from tacitus.service import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(demo_db, coder=coder), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=15)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install -y chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def watch() -> Watch:
    return Watch()


@pytest.fixture()
def page(browser: Any, server: str, watch: Watch) -> Iterator[Any]:
    """A fresh page whose requests may go to the test server only."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=server)

    def only_local(route: Any) -> None:
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            watch.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    tab = context.new_page()
    tab.on("pageerror", lambda exc: watch.errors.append(f"page error: {exc}"))
    tab.on("console", lambda msg: watch.errors.append(f"console: {msg.text}")
           if msg.type == "error" else None)
    tab.set_default_timeout(20_000)
    yield tab
    context.close()
    assert watch.blocked == [], f"requests off this machine were attempted: {watch.blocked}"
    assert watch.errors == [], watch.errors


def screenshot(page: Any, name: str, *, full_page: bool = False) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
