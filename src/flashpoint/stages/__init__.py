"""Built-in pipeline stages: a module or a package of small modules each. Importing this package registers them.

`DEFAULT` is the order `flashpoint extract` and `flashpoint ingest` run them in.
"""

from . import actors, claims, dates, events, mentions, places, published, quotes, text  # noqa: F401  (registration side effect)

DEFAULT = ("sentences", "entities", "published", "actors", "dates", "places", "quotes", "events", "event_places", "event_mentions", "discourse_places", "event_confidence", "claims")
