"""The Qt user interface: widgets, item models and charts over the catalog."""
