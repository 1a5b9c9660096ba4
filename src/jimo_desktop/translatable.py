"""English text from the core that the window shows in the user's language.

The core never imports Qt, yet some of its words reach the screen: the tree's group names,
the comparison's field labels, the words of a period, the messages of an error. Each is
written as ``QT_TRANSLATE_NOOP("Context", "English text")``, the marker
``pyside6-lupdate`` collects into the translation files. It returns a ``Marked`` string:
the English text itself, so that the core, the command line and the tests read it as
they would any string, carrying its context, so that the window can translate it.

A sentence with values in it is a ``Message``: a marked template and the values, formatted
in English by default (``str(message)``); the window formats the translated template with
the same values. Values may themselves be marked text or messages.
"""

from __future__ import annotations

from typing import Any


class Marked(str):
    """English text marked for translation; ``context`` names its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked

    def __reduce__(self) -> tuple[Any, ...]:
        return (Marked, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # named as lupdate knows it
    """``text``, marked for translation in ``context``."""
    return Marked(context, text)


class Message(str):
    """A message for the user: ``template`` (marked) formatted with ``values``."""

    template: Marked
    values: dict[str, Any]

    def __new__(cls, template: Marked, **values: Any) -> Message:
        message = super().__new__(cls, template.format(**values))
        message.template = template
        message.values = values
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_message, (self.template, self.values))


def _message(template: Marked, values: dict[str, Any]) -> Message:
    return Message(template, **values)


def translate_with(translate: Any, text: str) -> str:
    """``text`` in the user's language, given ``translate(context, text) -> str`` (Qt's
    ``QCoreApplication.translate``); text that was never marked is returned as it is."""
    if isinstance(text, Message):
        values = {
            key: translate_with(translate, value) if isinstance(value, str) else value
            for key, value in text.values.items()
        }
        return str(translate(text.template.context, str(text.template))).format(**values)
    if isinstance(text, Marked):
        return str(translate(text.context, str(text)))
    return str(text)


class KnownError(Exception):
    """An expected fault (a missing or damaged file, an unwritable folder, a wrong request),
    not a bug: ``message`` says it to the user, ``str()`` of the error in English.

    Raised with a marked template and its values: ``StoreDamaged(QT_TRANSLATE_NOOP("UserStore",
    "“{name}” is damaged."), name=path.name)``.
    """

    def __init__(self, template: Marked, **values: Any):
        self.message = Message(template, **values)
        super().__init__(self.message)
