"""The window's title and the status bar's word on the database, in the user's language.

The title names the page shown ("Blue Valley — Jimo Explorer"; the item's first name in
the interface's language), and the database file when it is not the bundled one
("Blue Valley — other.db — Jimo Explorer"): ``of_page``. ``database_note`` is what the status bar's
permanent label says of a database that is not the bundled one ("" for the bundled one).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from jimo_desktop.items import Item, ItemRef
from jimo_desktop.navigation import Page, Screen
from jimo_desktop.ui.translations import ordered_names


def item_name(item: Item) -> str:
    """An item's name as the title shows it: its first name in the interface's language."""
    name_en = getattr(item, "name_en", None)
    if name_en is None:
        name_en = getattr(item, "title_en", None)
    name_zh = getattr(item, "name_zh", None)
    if name_zh is None:
        name_zh = getattr(item, "title_zh", None)
    if name_en is None and name_zh is None:
        return item.display_name
    return ordered_names(name_en or "", name_zh or "")[0] or item.display_name


def of_page(page: Page | None, item: Item | None, database: Path | None) -> str:
    """The title while ``page`` is shown (``item``: the item shown, when it is one)."""
    name = item_name(item) if isinstance(page, ItemRef) and item is not None else ""
    if isinstance(page, Screen):
        name = screen_name(page)
    return window_title(name, database)


def screen_name(screen: Screen) -> str:
    """What the title calls a screen that is not an item ("" for the first screen)."""
    if screen is Screen.FACT_CHECK:
        return QCoreApplication.translate("MainWindow", "Fact Check")
    if screen is Screen.COMPARE:
        return QCoreApplication.translate("MainWindow", "Comparison")
    return ""


def window_title(page: str, database: Path | None) -> str:
    """The title for the page named ``page`` ("" for the first screen) over ``database``
    (None: the bundled database)."""
    file = database.name if database is not None else ""
    if page and file:
        return QCoreApplication.translate("MainWindow", "{page} — {file} — Jimo Explorer").format(
            page=page, file=file
        )
    if page:
        return QCoreApplication.translate("MainWindow", "{page} — Jimo Explorer").format(page=page)
    if file:
        return QCoreApplication.translate("MainWindow", "{file} — Jimo Explorer").format(file=file)
    return QCoreApplication.translate("MainWindow", "Jimo Explorer")


def database_note(database: Path | None) -> str:
    """The status bar's word on a database that is not the bundled one."""
    if database is None:
        return ""
    return QCoreApplication.translate("MainWindow", "Database: {file}").format(file=database.name)
