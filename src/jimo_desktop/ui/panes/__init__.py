"""Panes: the widgets the window composes, each showing plain objects it is given.

The park tree, the search box and its results, the first screen (``home_page``), the
fact check, the comparison, the shortlist and the note editor; ``detail/`` holds the
page of one item. A pane decides nothing about the data: what the user asks for leaves
as signals (``linkActivated(ItemRef)`` to open an item).
"""
