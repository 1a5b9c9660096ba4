"""The window's actions: names, shortcuts and icons in one place; wiring is the window's.

Their words are translated in the ``Actions`` context and set in ``retranslate()``, which
the window calls when the interface's language changes (an action gets no
``LanguageChange`` event of its own). View › Language holds one checkable action per
language in an exclusive group (``language``), named in the language itself ("English",
"中文"), which no translation changes; the window gives the languages (code and own
name) and says which one is current (``check_language``).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from jimo_desktop.catalog import Grouping


class Actions:
    """Every QAction of the main window, owned by ``parent``."""

    def __init__(self, parent: QWidget, languages: Mapping[str, str]):
        """``languages``: each language's code ("en", "zh") and its own name."""
        self._style = parent.style()
        self._parent = parent
        self.quit = self._make("Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.open_database = self._make(QKeySequence.StandardKey.Open)  # Ctrl+O
        self.open_bundled = self._make()
        # Edit › Copy: the shortcut of the platform; a line edit or text view that has the
        # focus keeps the key for itself (Qt's shortcut override), so it steals nothing.
        self.copy = self._make(QKeySequence.StandardKey.Copy)
        self.find = self._make("Ctrl+F")
        self.filter_tree = self._make("Ctrl+L")
        self.back = self._make("Alt+Left", QStyle.StandardPixmap.SP_ArrowBack)
        self.forward = self._make("Alt+Right", QStyle.StandardPixmap.SP_ArrowForward)
        self.home = self._make("Alt+Home", QStyle.StandardPixmap.SP_DirHomeIcon)
        self.fact_check = self._make("Ctrl+K", QStyle.StandardPixmap.SP_DialogApplyButton)
        self.map = self._make("Ctrl+M")
        self.star = self._make("Ctrl+D")
        self.star.setCheckable(True)
        self.compare = self._make("Ctrl+Shift+C", QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.export = self._make("Ctrl+E", QStyle.StandardPixmap.SP_DialogSaveButton)
        self.briefing = self._make("Ctrl+Shift+P")
        self.print_pack = self._make(QKeySequence.StandardKey.Print)  # Ctrl+P
        self.print_preview = self._make()
        # View › Zoom: Ctrl+= and Ctrl++ (the same key, shifted or not), Ctrl+-, Ctrl+0.
        self.zoom_in = self._make("Ctrl+=")
        self.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out = self._make("Ctrl+-")
        self.zoom_actual = self._make("Ctrl+0")
        self.full_screen = self._make("F11")
        self.full_screen.setCheckable(True)
        self.presentation = self._make("F5")
        # View › the side panels folded to strips (checkable: side_panels.SidePanels).
        self.collapse_tree = self._make("Ctrl+Shift+B")
        self.collapse_shortlist = self._make("Ctrl+Shift+N")
        self.help = self._make(QKeySequence.StandardKey.HelpContents)  # F1
        self.shortcuts = self._make()
        self.about = self._make()
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self.grouping = QActionGroup(parent)
        self.grouping.setExclusive(True)
        self.group_by: dict[Grouping, QAction] = {}
        for grouping, key in (
            (Grouping.KIND, "Ctrl+1"),
            (Grouping.INDUSTRY, "Ctrl+2"),
            (Grouping.PLACE, "Ctrl+3"),
            (Grouping.CONTEXT, "Ctrl+4"),
        ):
            action = self._make(key)
            action.setCheckable(True)
            action.setData(grouping.value)
            self.grouping.addAction(action)
            self.group_by[grouping] = action

        self.language = QActionGroup(parent)
        self.language.setExclusive(True)
        self.languages: dict[str, QAction] = {}  # by code: "en", "zh"
        for code, own_name in languages.items():
            action = QAction(own_name, parent)
            action.setCheckable(True)
            action.setData(code)
            self.language.addAction(action)
            self.languages[code] = action
        self.retranslate()

    def _make(
        self,
        shortcut: str | QKeySequence.StandardKey | None = None,
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
        language actions keep their own names."""
        for action, text, tip in (
            (self.quit, QCoreApplication.translate("Actions", "&Quit"), ""),
            (
                self.open_database,
                QCoreApplication.translate("Actions", "&Open Database…"),
                QCoreApplication.translate(
                    "Actions", "Open another Jimo database file (it is checked first)"
                ),
            ),
            (
                self.open_bundled,
                QCoreApplication.translate("Actions", "Open &Bundled Database"),
                QCoreApplication.translate(
                    "Actions", "Go back to the database that comes with Jimo Explorer"
                ),
            ),
            (
                self.copy,
                QCoreApplication.translate("Actions", "&Copy"),
                QCoreApplication.translate("Actions", "Copy the selection of the focused pane"),
            ),
            (
                self.help,
                QCoreApplication.translate("Actions", "Jimo Explorer &Help"),
                QCoreApplication.translate("Actions", "A short guide to the app"),
            ),
            (self.shortcuts, QCoreApplication.translate("Actions", "&Keyboard Shortcuts"), ""),
            (
                self.find,
                QCoreApplication.translate("Actions", "&Search…"),
                QCoreApplication.translate(
                    "Actions", "Search parks, companies, projects, events and sources"
                ),
            ),
            (
                self.filter_tree,
                QCoreApplication.translate("Actions", "&Filter the Tree"),
                QCoreApplication.translate("Actions", "Filter the park tree"),
            ),
            (
                self.back,
                QCoreApplication.translate("Actions", "&Back"),
                QCoreApplication.translate("Actions", "Go back"),
            ),
            (
                self.forward,
                QCoreApplication.translate("Actions", "&Forward"),
                QCoreApplication.translate("Actions", "Go forward"),
            ),
            (
                self.home,
                QCoreApplication.translate("Actions", "&Overview"),
                QCoreApplication.translate("Actions", "The district at a glance"),
            ),
            (
                self.fact_check,
                QCoreApplication.translate("Actions", "&Fact Check"),
                QCoreApplication.translate(
                    "Actions", "The seed article's claims, checked against better sources"
                ),
            ),
            (
                self.map,
                QCoreApplication.translate("Actions", "&Map"),
                QCoreApplication.translate(
                    "Actions",
                    "Jimo's sub-districts and towns, and the parks their sources place there",
                ),
            ),
            (
                self.star,
                QCoreApplication.translate("Actions", "&Star"),
                QCoreApplication.translate(
                    "Actions", "Add the item shown to your shortlist, or take it off"
                ),
            ),
            (
                self.compare,
                QCoreApplication.translate("Actions", "&Compare Selected"),
                QCoreApplication.translate(
                    "Actions", "Compare 2 to 5 selected parks, companies or projects side by side"
                ),
            ),
            (
                self.export,
                QCoreApplication.translate("Actions", "&Export to CSV…"),
                QCoreApplication.translate(
                    "Actions", "Export the selected or shown rows to a CSV file that opens in Excel"
                ),
            ),
            (
                self.briefing,
                QCoreApplication.translate("Actions", "&Briefing Pack…"),
                QCoreApplication.translate(
                    "Actions",
                    "A PDF of the shortlist, the selection, the comparison or the item shown: "
                    "profiles, figures with their sources, charts, the map",
                ),
            ),
            (
                self.print_pack,
                QCoreApplication.translate("Actions", "&Print…"),
                QCoreApplication.translate(
                    "Actions", "Print the briefing pack of the shortlist, else of the item shown"
                ),
            ),
            (
                self.print_preview,
                QCoreApplication.translate("Actions", "Print Pre&view…"),
                QCoreApplication.translate(
                    "Actions", "The briefing pack's pages as they will print"
                ),
            ),
            (self.about, QCoreApplication.translate("Actions", "&About Jimo Explorer"), ""),
            (
                self.zoom_in,
                QCoreApplication.translate("Actions", "Zoom &In"),
                QCoreApplication.translate("Actions", "Larger text, icons and charts"),
            ),
            (
                self.zoom_out,
                QCoreApplication.translate("Actions", "Zoom &Out"),
                QCoreApplication.translate("Actions", "Smaller text, icons and charts"),
            ),
            (
                self.zoom_actual,
                QCoreApplication.translate("Actions", "&Actual Size"),
                QCoreApplication.translate("Actions", "Text, icons and charts at 100 %"),
            ),
            (
                self.full_screen,
                QCoreApplication.translate("Actions", "&Full Screen"),
                QCoreApplication.translate("Actions", "Fill the screen with the window"),
            ),
            (
                self.presentation,
                QCoreApplication.translate("Actions", "&Presentation Mode"),
                QCoreApplication.translate(
                    "Actions",
                    "Show the shortlist one item at a time, large, for a room "
                    "(Page Down: next, Esc: leave)",
                ),
            ),
            (
                self.collapse_tree,
                QCoreApplication.translate("Actions", "Collapse the &Tree Panel"),
                QCoreApplication.translate(
                    "Actions", "Fold the park tree and search into a strip: the page gets the width"
                ),
            ),
            (
                self.collapse_shortlist,
                QCoreApplication.translate("Actions", "Collapse the S&hortlist Panel"),
                QCoreApplication.translate(
                    "Actions",
                    "Fold the note and the shortlist into a strip: the page gets the width",
                ),
            ),
            (
                self.group_by[Grouping.KIND],
                QCoreApplication.translate("Actions", "Group by &Kind"),
                "",
            ),
            (
                self.group_by[Grouping.INDUSTRY],
                QCoreApplication.translate("Actions", "Group by &Industry"),
                "",
            ),
            (
                self.group_by[Grouping.PLACE],
                QCoreApplication.translate("Actions", "Group by &Location"),
                "",
            ),
            (
                self.group_by[Grouping.CONTEXT],
                QCoreApplication.translate("Actions", "Group by &Context (catalogue of zones)"),
                QCoreApplication.translate(
                    "Actions",
                    "China's catalogue of development zones (2018) by province and city, "
                    "Qingdao first",
                ),
            ),
        ):
            _set_words(action, text, tip)

    def with_shortcuts(self) -> list[QAction]:
        """Every action that has a shortcut (Help › Keyboard Shortcuts lists them), in the
        order they are made here: whatever action is added, the list follows."""
        actions = [a for a in vars(self).values() if isinstance(a, QAction)]
        actions += self.group_by.values()
        return [action for action in actions if not action.shortcut().isEmpty()]

    def check_language(self, code: str) -> None:
        """Check the action of the language ``code`` (the group unchecks the others)."""
        self.languages[code].setChecked(True)


def _set_words(action: QAction, text: str, tip: str) -> None:
    """An action's text, and its tip in the status bar and (with its shortcut) as tooltip;
    without a tip, Qt's tooltip: the text without its mnemonic."""
    action.setText(text)
    action.setStatusTip(tip)
    shortcut = action.shortcut().toString()
    action.setToolTip((f"{tip} ({shortcut})" if shortcut else tip) if tip else "")
