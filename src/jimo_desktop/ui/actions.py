"""The window's actions: names, shortcuts and icons in one place; wiring is the window's."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from jimo_desktop.catalog import Grouping


class Actions:
    """Every QAction of the main window, owned by ``parent``."""

    def __init__(self, parent: QWidget):
        style = parent.style()

        def make(
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: QStyle.StandardPixmap | None = None,
            tip: str = "",
        ) -> QAction:
            action = QAction(text, parent)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(f"{tip} ({action.shortcut().toString()})" if shortcut else tip)
            return action

        tr = parent.tr
        self.quit = make(tr("&Quit"), "Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.find = make(
            tr("&Search…"),
            "Ctrl+F",
            tip=tr("Search parks, companies, projects, events and sources"),
        )
        self.filter_tree = make(tr("&Filter the Tree"), "Ctrl+L", tip=tr("Filter the park tree"))
        self.back = make(tr("&Back"), "Alt+Left", QStyle.StandardPixmap.SP_ArrowBack, tr("Go back"))
        self.forward = make(
            tr("&Forward"), "Alt+Right", QStyle.StandardPixmap.SP_ArrowForward, tr("Go forward")
        )
        self.home = make(
            tr("&Overview"),
            "Alt+Home",
            QStyle.StandardPixmap.SP_DirHomeIcon,
            tr("The district at a glance"),
        )
        self.fact_check = make(
            tr("&Fact Check"),
            "Ctrl+K",
            QStyle.StandardPixmap.SP_DialogApplyButton,
            tr("The seed article's claims, checked against better sources"),
        )
        self.star = make(
            tr("&Star"),
            "Ctrl+D",
            tip=tr("Add the item shown to your shortlist, or take it off"),
        )
        self.star.setCheckable(True)
        self.compare = make(
            tr("&Compare Selected"),
            "Ctrl+Shift+C",
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            tr("Compare 2 to 5 selected parks, companies or projects side by side"),
        )
        self.export = make(
            tr("&Export to CSV…"),
            "Ctrl+E",
            QStyle.StandardPixmap.SP_DialogSaveButton,
            tr("Export the selected or shown rows to a CSV file that opens in Excel"),
        )
        self.about = make(tr("&About Jimo Explorer"), "F1")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self.grouping = QActionGroup(parent)
        self.grouping.setExclusive(True)
        self.group_by: dict[Grouping, QAction] = {}
        for grouping, text, key in (
            (Grouping.KIND, tr("Group by &Kind"), "Ctrl+1"),
            (Grouping.INDUSTRY, tr("Group by &Industry"), "Ctrl+2"),
            (Grouping.PLACE, tr("Group by &Location"), "Ctrl+3"),
        ):
            action = make(text, key)
            action.setCheckable(True)
            action.setData(grouping.value)
            self.grouping.addAction(action)
            self.group_by[grouping] = action
