"""The Qt user interface: widgets, item models and charts over the catalog.

From the top down (``lint-imports`` keeps the order): ``main_window`` composes
everything; ``controllers/`` sit between the panes and the core; ``panes/`` are the
widgets the window shows (``panes/detail/`` the page of one item); ``charts/`` and
``dialogs/`` below them; ``models/`` the Qt item models; and at the bottom the shared
pieces beside this file: actions, icons, kind labels, background jobs, translations,
the widget slot and the window geometry.
"""
