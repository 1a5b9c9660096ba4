"""The page of one item: the detail pane and what it is made of.

``detail_pane`` stacks the first screen and the item page; the item page is the item
card on top (``item_card``) and four tabs below: related items, figures, timeline and
sources, each its own widget here.
"""
