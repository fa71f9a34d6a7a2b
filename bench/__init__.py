"""Benchmark of keras2-lint (``python bench/run.py --help``) and its Keras 1 code generator."""
