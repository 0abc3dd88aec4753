"""Built-in pipeline stages, one module each. Importing this package registers them.

Later issues add actors, dates, places, events, quotes and claims here; `DEFAULT` is the
order `flashpoint extract` and `flashpoint ingest` run them in.
"""

from . import published, text  # noqa: F401  (registration side effect)

DEFAULT = ("sentences", "entities", "published")
