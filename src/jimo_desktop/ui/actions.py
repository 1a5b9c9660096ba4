"""The window's actions: names, shortcuts and icons in one place; wiring is the window's.

Their words are translated in the ``Actions`` context and set in ``retranslate()``, which
the window calls when the interface's language changes (an action gets no
``LanguageChange`` event of its own). View › Language holds one checkable action per
language in an exclusive group (``language``), named in the language itself ("English",
"中文"), which no translation changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from jimo_desktop.catalog import Grouping
from jimo_desktop.ui.translations import Language, current_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions:
    """Every QAction of the main window, owned by ``parent``."""

    def __init__(self, parent: QWidget):
        self._style = parent.style()
        self._parent = parent
        self.quit = self._make("Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.find = self._make("Ctrl+F")
        self.filter_tree = self._make("Ctrl+L")
        self.back = self._make("Alt+Left", QStyle.StandardPixmap.SP_ArrowBack)
        self.forward = self._make("Alt+Right", QStyle.StandardPixmap.SP_ArrowForward)
        self.home = self._make("Alt+Home", QStyle.StandardPixmap.SP_DirHomeIcon)
        self.fact_check = self._make("Ctrl+K", QStyle.StandardPixmap.SP_DialogApplyButton)
        self.star = self._make("Ctrl+D")
        self.star.setCheckable(True)
        self.compare = self._make("Ctrl+Shift+C", QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.export = self._make("Ctrl+E", QStyle.StandardPixmap.SP_DialogSaveButton)
        self.about = self._make("F1")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self.grouping = QActionGroup(parent)
        self.grouping.setExclusive(True)
        self.group_by: dict[Grouping, QAction] = {}
        for grouping, key in (
            (Grouping.KIND, "Ctrl+1"),
            (Grouping.INDUSTRY, "Ctrl+2"),
            (Grouping.PLACE, "Ctrl+3"),
        ):
            action = self._make(key)
            action.setCheckable(True)
            action.setData(grouping.value)
            self.grouping.addAction(action)
            self.group_by[grouping] = action

        self.language = QActionGroup(parent)
        self.language.setExclusive(True)
        self.languages: dict[Language, QAction] = {}
        for language in Language:
            action = QAction(language.own_name, parent)
            action.setCheckable(True)
            action.setData(language.value)
            self.language.addAction(action)
            self.languages[language] = action
        self.retranslate()

    def _make(
        self,
        shortcut: str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(self._parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self._style.standardIcon(icon))
        return action

    def retranslate(self) -> None:
        """Every action's text, tooltip and status tip in the interface's language; the
        language actions keep their own names, and the current language is checked."""
        for action, text, tip in (
            (self.quit, _tr("&Quit"), ""),
            (
                self.find,
                _tr("&Search…"),
                _tr("Search parks, companies, projects, events and sources"),
            ),
            (self.filter_tree, _tr("&Filter the Tree"), _tr("Filter the park tree")),
            (self.back, _tr("&Back"), _tr("Go back")),
            (self.forward, _tr("&Forward"), _tr("Go forward")),
            (self.home, _tr("&Overview"), _tr("The district at a glance")),
            (
                self.fact_check,
                _tr("&Fact Check"),
                _tr("The seed article's claims, checked against better sources"),
            ),
            (self.star, _tr("&Star"), _tr("Add the item shown to your shortlist, or take it off")),
            (
                self.compare,
                _tr("&Compare Selected"),
                _tr("Compare 2 to 5 selected parks, companies or projects side by side"),
            ),
            (
                self.export,
                _tr("&Export to CSV…"),
                _tr("Export the selected or shown rows to a CSV file that opens in Excel"),
            ),
            (self.about, _tr("&About Jimo Explorer"), ""),
            (self.group_by[Grouping.KIND], _tr("Group by &Kind"), ""),
            (self.group_by[Grouping.INDUSTRY], _tr("Group by &Industry"), ""),
            (self.group_by[Grouping.PLACE], _tr("Group by &Location"), ""),
        ):
            _set_words(action, text, tip)
        self.check_language(current_language())

    def check_language(self, language: Language) -> None:
        """Check the action of ``language`` (the group unchecks the other one)."""
        self.languages[language].setChecked(True)


def _set_words(action: QAction, text: str, tip: str) -> None:
    """An action's text, and its tip in the status bar and (with its shortcut) as tooltip;
    without a tip, Qt's tooltip: the text without its mnemonic."""
    action.setText(text)
    action.setStatusTip(tip)
    shortcut = action.shortcut().toString()
    action.setToolTip((f"{tip} ({shortcut})" if shortcut else tip) if tip else "")
