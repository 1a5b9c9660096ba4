"""Help › Help (F1) and Help › Keyboard Shortcuts: a short offline guide, and the keys.

The guide is Markdown in ``resources/help/help-en.md`` and ``help-zh.md`` (packaged with
the other resources), shown in a ``QTextBrowser``; an open guide shows the other file when
the interface's language changes. The shortcuts are read from the window's actions
(``Actions.with_shortcuts``), so the list is always that of the running version.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jimo_desktop import paths
from jimo_desktop.ui.translations import Language, Retranslating, current_language


def help_file(language: Language) -> Path:
    """The guide's Markdown file in ``language``."""
    return paths.resource("help", f"help-{language.value}.md")


def help_text(language: Language) -> str:
    """The guide in ``language`` (Markdown), or a line saying it is missing."""
    try:
        return help_file(language).read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("HelpDialog", "The help file is missing.")


class HelpDialog(Retranslating, QDialog):
    """The guide, in the interface's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("HelpDialog", "Jimo Explorer Help"))
        self.browser.setMarkdown(help_text(current_language()))


def _plain(text: str) -> str:
    """An action's text as a list shows it: no mnemonic ("&Quit", "退出(&Q)"), no ellipsis."""
    text = re.sub(r"\(&[^&]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(Retranslating, QDialog):
    """Every shortcut of the window: what it does, and its keys."""

    def __init__(self, actions: Callable[[], list[QAction]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self._actions = actions
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(480, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("HelpDialog", "Keyboard Shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("HelpDialog", "Action"),
                QCoreApplication.translate("HelpDialog", "Keys"),
            ]
        )
        actions = self._actions()
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.table.setItem(row, 0, QTableWidgetItem(_plain(action.text())))
            self.table.setItem(row, 1, QTableWidgetItem(keys))

    def rows(self) -> list[tuple[str, str]]:
        """What the table lists: (action, keys) per row."""
        cells = [
            (self.table.item(row, 0), self.table.item(row, 1))
            for row in range(self.table.rowCount())
        ]
        return [(a.text(), k.text()) for a, k in cells if a is not None and k is not None]


def show_help(parent: QWidget) -> HelpDialog:
    """Open the guide beside ``parent`` (not modal: it can stay open while browsing)."""
    dialog = HelpDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_shortcuts(parent: QWidget, actions: Callable[[], list[QAction]]) -> ShortcutsDialog:
    dialog = ShortcutsDialog(actions, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
