"""Engines that run the pipeline somewhere other than this process.

The default engine is the embedded one (`Pipeline.process`, optionally forked over
`--n-process` processes). `engine.ray` runs the same pipeline on a Ray cluster; it needs the
`ray` extra (`pip install 'flashpoint[ray]'`) and is imported only when asked for.
"""

ENGINES = ("local", "ray")
