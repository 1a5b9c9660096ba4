"""Dialogs: the CSV export, About, and the dialog of the error hook."""
