"""Back and forward through the items a user has looked at, like a browser."""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class History(Generic[T]):
    """A browser-style history: visiting after going back drops the forward entries."""

    def __init__(self, limit: int = 200):
        self._entries: list[T] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> T | None:
        return self._entries[self._index] if self._index >= 0 else None

    def visit(self, entry: T) -> None:
        if entry == self.current:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(entry)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._entries) - 1

    def back(self) -> T | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> T | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current
