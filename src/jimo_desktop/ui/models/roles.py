"""Item-data roles shared by the app's item models."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The catalog.ItemRef of the row's item (None for group rows).
ITEM_REF_ROLE = Qt.ItemDataRole.UserRole + 1
# The number of children shown in brackets on group nodes (int).
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
