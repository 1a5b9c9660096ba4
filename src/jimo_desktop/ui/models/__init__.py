"""Qt item models: thin adapters over the plain objects the core returns.

One model per file (the park tree, search results, comparison, figures, related items,
sources, shortlist), the shared read-only table base (``row_table``), the item-data
roles they share (``roles``) and how they follow the interface's language (``language``). Models import no pane, chart or dialog; every model here
runs under pytest-qt's ``qtmodeltester`` (tests/ui/models/test_models.py).
"""
