"""The dashboard: HTML pages served by the API's process, over the same service layer.

`mount_pages(app, store)` adds the pages and /static to a FastAPI app (`api.create_app` does
this). Everything the pages need ships in this package: templates, CSS, one small script and
the map's country outlines; nothing is fetched from elsewhere. Article text is untrusted:
templates autoescape, highlighted sentences and charts are built from escaped pieces, and
pages are sent with a Content-Security-Policy that allows scripts from this server only.
"""

from __future__ import annotations

from .routes import CSP, mount_pages, templates

__all__ = ["CSP", "mount_pages", "templates"]
