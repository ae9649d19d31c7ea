"""newsreader: a terminal reader for news articles."""

# A literal, read by hatchling at build time: asking importlib.metadata costs ~100 ms at start-up.
__version__ = "0.1.0"
