"""Controllers: the QObjects between the panes and the core.

They own no widgets of their own making beyond the dock they compose: ``selections``
knows which pane the user works in and what is selected, shown or exportable there;
``item_commands`` compares, exports and offers the context menu of items;
``shortlist_notes`` keeps the Star action, the note of the item shown and the shortlist
dock in step with the user store. The window builds one of each and wires them.
"""
