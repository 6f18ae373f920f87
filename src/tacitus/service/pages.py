"""The pages (Read, Explore), their assets, and the offline API docs — all served locally.

Our own assets are package data of :mod:`tacitus.web`, read once when the app is built. The
charting library (plotly.js) and Swagger UI come from the files their Python packages ship
(``plotly``, ``fastapi_offline``); nothing is fetched from the internet.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from tacitus.errors import Msg, RequestError

__all__ = ["VENDOR_FILES", "WEB_FILES", "Assets", "install_pages"]

WEB_FILES = {
    "read.html": "text/html", "explore.html": "text/html", "docs.html": "text/html",
    "tacitus.css": "text/css", "common.js": "text/javascript", "read.js": "text/javascript",
    "explore.js": "text/javascript", "charts.js": "text/javascript",
}
# name served → (package, path inside the package)
VENDOR_FILES = {
    "plotly.min.js": ("plotly", "package_data/plotly.min.js"),
    "swagger-ui-bundle.js": ("fastapi_offline", "static/swagger-ui-bundle.js"),
    "swagger-ui.css": ("fastapi_offline", "static/swagger-ui.css"),
    "redoc.standalone.js": ("fastapi_offline", "static/redoc.standalone.js"),
    "favicon.png": ("fastapi_offline", "static/favicon.png"),
}
_NO_CACHE = {"Cache-Control": "no-cache"}
_LONG_CACHE = {"Cache-Control": "public, max-age=86400"}


@dataclass(frozen=True, slots=True)
class Assets:
    """Our page files (read once) and the vendor files found in installed packages."""

    web: dict[str, bytes]
    vendor: dict[str, Path]

    @classmethod
    def load(cls) -> Assets:
        folder = resources.files("tacitus.web")
        web = {name: folder.joinpath(name).read_bytes() for name in WEB_FILES}
        vendor = {}
        for name, (package, inner) in VENDOR_FILES.items():
            path = _package_file(package, inner)
            if path is not None:
                vendor[name] = path
        return cls(web=web, vendor=vendor)

    @property
    def swagger(self) -> bool:
        return {"swagger-ui-bundle.js", "swagger-ui.css"} <= set(self.vendor)


def _package_file(package: str, inner: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / inner
    return path if path.is_file() else None


def _page(assets: Assets, name: str) -> HTMLResponse:
    return HTMLResponse(assets.web[name], headers=_NO_CACHE)


def install_pages(app: FastAPI, assets: Assets) -> None:
    """Add the pages, the static routes and ``/docs`` (Swagger UI, offline) to ``app``."""
    router = APIRouter(include_in_schema=False)

    @router.get("/")
    def home() -> RedirectResponse:
        return RedirectResponse("/read")

    @router.get("/read")
    def read_page() -> HTMLResponse:
        return _page(assets, "read.html")

    @router.get("/explore")
    def explore_page() -> HTMLResponse:
        return _page(assets, "explore.html")

    @router.get("/static/{name}")
    def web_file(name: str) -> Response:
        if name not in assets.web:
            raise RequestError(Msg.T504.format(path=f"/static/{name}"), status=404,
                               code="not_found")
        return Response(assets.web[name], media_type=WEB_FILES[name], headers=_NO_CACHE)

    @router.get("/static/vendor/{name}")
    def vendor_file(name: str) -> FileResponse:
        if name not in assets.vendor:
            raise RequestError(Msg.T504.format(path=f"/static/vendor/{name}"), status=404,
                               code="not_found")
        return FileResponse(assets.vendor[name], headers=_LONG_CACHE)

    @router.get("/favicon.ico")
    def favicon() -> Response:
        if "favicon.png" in assets.vendor:
            return FileResponse(assets.vendor["favicon.png"], media_type="image/png",
                                headers=_LONG_CACHE)
        return Response(status_code=204)

    @router.get("/docs")
    def docs() -> HTMLResponse:
        if not assets.swagger:
            return _page(assets, "docs.html")
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="Tacitus API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/vendor/favicon.png",
            swagger_ui_parameters={"validatorUrl": None, "defaultModelsExpandDepth": 0})

    @router.get("/redoc")
    def redoc() -> HTMLResponse:
        if "redoc.standalone.js" not in assets.vendor:
            return _page(assets, "docs.html")
        return get_redoc_html(openapi_url="/openapi.json", title="Tacitus API",
                              redoc_js_url="/static/vendor/redoc.standalone.js",
                              redoc_favicon_url="/static/vendor/favicon.png",
                              with_google_fonts=False)

    app.include_router(router)
