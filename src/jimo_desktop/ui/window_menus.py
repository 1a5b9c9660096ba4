"""The main window's menu bar and navigation toolbar: which action sits where.

The actions themselves (names, shortcuts, icons) are ``actions.Actions``; what they do is
wired by the window. The menus' titles are translated here, in the ``MainWindow``
context, when the window retranslates.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from jimo_desktop.ui.actions import Actions


class WindowMenus:
    """File, Edit, View, Go and Help, and the toolbar, of ``window``."""

    def __init__(self, window: QMainWindow, actions: Actions, shortlist_toggle: QAction):
        menu = window.menuBar()
        self.file_menu = self._menu(menu.addMenu(""), "fileMenu")
        self.edit_menu = edit_menu = self._menu(menu.addMenu(""), "editMenu")
        edit_menu.addAction(actions.copy)
        edit_menu.addSeparator()
        edit_menu.addAction(actions.find)
        edit_menu.addAction(actions.filter_tree)
        edit_menu.addSeparator()
        edit_menu.addActions([actions.star, actions.compare])
        self.view_menu = view_menu = self._menu(menu.addMenu(""), "viewMenu")
        view_menu.addActions(list(actions.group_by.values()))
        view_menu.addSeparator()
        view_menu.addAction(actions.fact_check)
        view_menu.addAction(actions.map)
        view_menu.addAction(shortlist_toggle)
        view_menu.addActions([actions.collapse_tree, actions.collapse_shortlist])
        view_menu.addSeparator()
        self.zoom_menu = self._menu(view_menu.addMenu(""), "zoomMenu")
        self.zoom_menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_actual])
        view_menu.addActions([actions.full_screen, actions.presentation])
        view_menu.addSeparator()
        self.language_menu = self._menu(view_menu.addMenu(""), "languageMenu")
        self.language_menu.addActions(list(actions.languages.values()))
        self.go_menu = go_menu = self._menu(menu.addMenu(""), "goMenu")
        go_menu.addActions([actions.back, actions.forward, actions.home])
        self.help_menu = help_menu = self._menu(menu.addMenu(""), "helpMenu")
        help_menu.addActions([actions.help, actions.shortcuts])
        help_menu.addSeparator()
        help_menu.addAction(actions.about)

        self.toolbar = toolbar = QToolBar()
        toolbar.setObjectName("navigationToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([actions.back, actions.forward, actions.home])
        toolbar.addSeparator()
        toolbar.addActions([actions.fact_check, actions.map])
        toolbar.addSeparator()
        toolbar.addActions([actions.star, actions.compare, actions.export])
        window.addToolBar(toolbar)

    @staticmethod
    def _menu(menu: QMenu, name: str) -> QMenu:
        menu.setObjectName(name)
        return menu

    def retranslate(self) -> None:
        for menu, title in (
            (self.file_menu, QCoreApplication.translate("MainWindow", "&File")),
            (self.edit_menu, QCoreApplication.translate("MainWindow", "&Edit")),
            (self.view_menu, QCoreApplication.translate("MainWindow", "&View")),
            (self.language_menu, QCoreApplication.translate("MainWindow", "&Language")),
            (self.zoom_menu, QCoreApplication.translate("MainWindow", "&Zoom")),
            (self.go_menu, QCoreApplication.translate("MainWindow", "&Go")),
            (self.help_menu, QCoreApplication.translate("MainWindow", "&Help")),
        ):
            menu.setTitle(title)
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Navigation"))
