"""The offline map: Jimo's sub-districts and towns, and the parks their sources place there.

``map_scene`` draws ``catalog.MapData`` (no tiles, no network), ``map_view`` zooms, pans and
answers the mouse and keys, ``map_pane`` adds the lists, the legend and the exports
(``map_export``), and ``LazyMap`` builds it the first time it is shown.
"""
