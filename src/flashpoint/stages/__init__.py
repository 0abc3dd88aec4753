"""Built-in pipeline stages, one module each. Importing this package registers them.

`DEFAULT` is the order `flashpoint extract` and `flashpoint ingest` run them in.
"""

from . import actors, dates, events, places, published, text  # noqa: F401  (registration side effect)

DEFAULT = ("sentences", "entities", "published", "actors", "dates", "places", "events")
