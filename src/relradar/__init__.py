"""relradar: what kind of relationship do customers want with a brand?

The library is usable without the CLI: see `relradar.pipeline.classify_files`.
"""

__version__ = "0.1.0"
