"""Jimo Explorer: an offline desktop explorer of the industrial parks of Jimo District."""

__version__ = "0.2.0"
