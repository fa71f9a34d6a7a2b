"""The stdlib ``ast`` front-end: resolves a module's names through its imports and describes
its Keras code to the catalogue. The flake8 plugin and ``keras2-upgrade`` both use it."""
