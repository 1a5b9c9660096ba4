"""Exporting to CSV: what can be exported, as plain tables, and how a file is written.

- ``columns``: the columns of every export (key and header), declared once;
- ``rows`` and ``fact_rows``: the rows, built from one catalog, provenance included;
- ``tables``: ``ExportTable`` (columns and rows that write themselves), the table of
  each kind of record filtered as the command line asks, of any mix of items, of
  figures and of a comparison;
- ``csv_file``: Excel-safe, atomic CSV writing with a byte-order mark, progress and
  cancel;
- ``requests``: what "selected", "shown" and "all" mean in each pane of the window, as
  the ``ExportRequest`` (a table per ``Scope``, title, file name) the export dialog is
  given.

The command line (``jimo-desktop export``) and the export dialog both use this package.
Nothing here imports Qt.
"""
