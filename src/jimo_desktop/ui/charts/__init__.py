"""Charts over pyqtgraph: one shared canvas, small chart classes and the panels around them.

``chart_canvas`` is the themed plot with hover and click; ``indicator_chart`` draws a
metric over time and ``bar_chart`` compared values or counts; ``chart_panel`` lets the
user choose among an item's charts and export them; ``dashboard`` is the first screen's
district at a glance and ``comparison_charts`` the bars under a comparison. The series
come ready-made from the Qt-free ``chart_series``; ``hover_text`` words them (hover text,
chooser labels, footers) through tr(). The chart modules load pyqtgraph, so the panes
import them only when a chart is first shown.
"""
