"""The HTTP service: a FastAPI app over one Tacitus database, with the Read and Explore pages.

>>> from tacitus.service import create_app        # doctest: +SKIP
>>> app = create_app("tacitus.duckdb")            # doctest: +SKIP
"""

from tacitus.service.app import create_app
from tacitus.service.backend import ServiceSettings

__all__ = ["ServiceSettings", "create_app"]
