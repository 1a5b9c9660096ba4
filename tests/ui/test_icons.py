"""The drawn icons of the kinds of items."""

from __future__ import annotations

from jimo_desktop.items import ItemKind
from jimo_desktop.ui.icons import icon_for


def test_each_kind_has_its_own_cached_icon(qapp) -> None:
    kinds = [None, *ItemKind]
    images = []
    for kind in kinds:
        icon = icon_for(kind)
        assert not icon.isNull()
        assert icon_for(kind).cacheKey() == icon.cacheKey()
        for size in (16, 32):
            assert icon.pixmap(size, size).width() == size
        images.append(icon.pixmap(16, 16).toImage())
    assert len({image.cacheKey() for image in images}) == len(kinds)
    for i, image in enumerate(images):
        assert all(image != other for other in images[i + 1 :])
