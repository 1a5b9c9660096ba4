"""The presentation mode: one item at a time, large and high-contrast, for a room."""
