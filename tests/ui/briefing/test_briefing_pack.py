"""The briefing pack of three parks, in each language, read back with a PDF text
extractor: every item's names, a figure's value and unit as published and every cited
source's title are text; the page count is sane; the outline has one entry per item; the
QR codes encode the source addresses; a failed write leaves nothing behind."""

from __future__ import annotations

import ast
import dataclasses
import io
import os
import re
from pathlib import Path

import pypdf
import pytest

from jimo_desktop.catalog import Catalog
from jimo_desktop.items import Detail, ItemKind, ItemRef
from jimo_desktop.translatable import QT_TRANSLATE_NOOP
from jimo_desktop.ui import qr_code
from jimo_desktop.ui.briefing import pack_writer
from jimo_desktop.ui.briefing.pack_words import PackParts, PackRequest, PackWords
from jimo_desktop.ui.briefing.pack_writer import PackBuild, paper_size, write_pack

PARKS = ("jimo-edz", "blue-valley", "auto-new-city")
REFS = tuple(ItemRef(ItemKind.PARK, park) for park in PARKS)


def squeezed(text: str) -> str:
    """Text without any white space: a name wrapped over two lines still matches."""
    return re.sub(r"\s+", "", text)


class Pack:
    def __init__(self, catalog: Catalog, language: str, path: Path, drawn: list[str]):
        self.build = write_pack(catalog, PackRequest(REFS, language), path)
        self.bytes = path.read_bytes()
        self.reader = pypdf.PdfReader(io.BytesIO(self.bytes), strict=True)
        self.pages = [squeezed(page.extract_text()) for page in self.reader.pages]
        self.text = "".join(self.pages)
        self.drawn_codes = drawn


@pytest.fixture(scope="module", params=["en", "zh"])
def pack(
    request: pytest.FixtureRequest, qapp: object, tmp_path_factory: pytest.TempPathFactory
) -> Pack:
    drawn: list[str] = []
    paint = qr_code.paint

    def recording(painter: object, rect: object, text: str, *args: object) -> None:
        drawn.append(text)
        paint(painter, rect, text, *args)  # type: ignore[arg-type]

    qr_code.paint = recording  # type: ignore[assignment]
    try:
        with Catalog.open() as catalog:
            folder = tmp_path_factory.mktemp(f"pack-{request.param}")
            return Pack(catalog, request.param, folder / "pack.pdf", drawn)
    finally:
        qr_code.paint = paint  # type: ignore[assignment]


@pytest.fixture(scope="module")
def details() -> list[Detail]:
    with Catalog.open() as catalog:
        found = [catalog.detail(ref) for ref in REFS]
    assert all(found)
    return [d for d in found if d is not None]


def test_every_item_is_named_in_both_languages(pack: Pack, details: list[Detail]) -> None:
    for detail in details:
        assert detail.item.name_en and detail.item.name_zh
        assert squeezed(detail.item.name_en) in pack.text
        assert squeezed(detail.item.name_zh) in pack.text


def test_figures_are_given_as_published(pack: Pack, details: list[Detail]) -> None:
    for detail in details:
        figure = next(f for f in detail.figures if f.unit and f.value_text)
        page_text = pack.text
        assert squeezed(figure.value_text) in page_text
        assert squeezed(figure.unit) in page_text


def test_every_cited_source_is_listed_by_title(pack: Pack, details: list[Detail]) -> None:
    cited = {s.id: s for d in details for s in d.sources}
    sources_pages = "".join(pack.pages[-len(cited) :])
    for source in cited.values():
        assert squeezed(source.title) in pack.text
    assert squeezed(next(iter(cited.values())).title) in sources_pages


def test_page_count_is_sane(pack: Pack) -> None:
    count = len(pack.reader.pages)
    assert count == pack.build.page_count
    assert len(REFS) + 3 <= count <= 40  # cover, contents, an item a page at least, sources


def test_the_outline_has_one_entry_per_item(pack: Pack, details: list[Detail]) -> None:
    outline = pack.reader.outline
    titles = [item.title for item in outline]
    for detail in details:
        name = detail.item.name_zh if pack.build.pack.words.chinese else detail.item.name_en
        assert titles.count(name) == 1
        page = pack.reader.get_destination_page_number(outline[titles.index(name)])
        assert squeezed(name) in pack.pages[page][:200]  # the item's page starts with it


def test_the_qr_codes_encode_the_source_addresses(pack: Pack, details: list[Detail]) -> None:
    data = pack.build.data
    online = [s.address for s in data.sources if s.is_online]
    assert online
    assert pack.drawn_codes == online  # drawn by qr_code.paint, in the list's order
    for address in online:
        assert squeezed(address) in pack.text  # and written out beside the code


def test_contents_give_the_pages_items_start_on(pack: Pack) -> None:
    pages = pack.build.pack.item_pages()
    assert pages == sorted(pages) and len(set(pages)) == len(pages)
    contents = pack.pages[1]
    for page in pages:
        assert str(page + 1) in contents


@pytest.mark.parametrize("language", ["en", "zh"])
def test_disputes_and_doubt_are_marked(qapp: object, tmp_path: Path, language: str) -> None:
    district = ItemRef(ItemKind.PLACE, "jimo")
    with Catalog.open() as catalog:
        detail = catalog.detail(district)
        assert detail is not None and detail.conflicts and detail.doubtful  # area, GDP
        build = write_pack(catalog, PackRequest((district,), language), tmp_path / "pack.pdf")
    text = "".join(
        squeezed(page.extract_text())
        for page in pypdf.PdfReader(io.BytesIO((tmp_path / "pack.pdf").read_bytes())).pages
    )
    for word in ("Disputed", "Not comparable", "Doubtful"):
        assert squeezed(build.pack.words(QT_TRANSLATE_NOOP("Dispute", word))) in text


def test_the_pack_speaks_its_language(pack: Pack) -> None:
    words = pack.build.pack.words
    contents = words(QT_TRANSLATE_NOOP("BriefingPack", "Contents"))
    assert (contents != "Contents") == words.chinese
    assert contents in pack.pages[1]


def test_letter_where_the_locale_uses_it() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    assert paper_size(us) == QPageSize.PageSizeId.Letter
    assert paper_size(china) == QPageSize.PageSizeId.A4


def test_an_unwritable_folder_leaves_nothing(qapp: object, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    with Catalog.open() as catalog, pytest.raises(NotADirectoryError):
        write_pack(catalog, PackRequest(REFS[:1]), blocker / "pack.pdf")
    assert os.listdir(tmp_path) == ["a file"]


def test_a_failure_while_painting_leaves_the_old_file(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"the old pack")
    paint = PackBuild._paint_page

    def failing(self: PackBuild, painter: object, index: int) -> None:
        if index == 2:
            raise RuntimeError("painting failed")
        paint(self, painter, index)  # type: ignore[arg-type]

    monkeypatch.setattr(PackBuild, "_paint_page", failing)
    with Catalog.open() as catalog, pytest.raises(RuntimeError):
        write_pack(catalog, PackRequest(REFS[:2]), target)
    assert target.read_bytes() == b"the old pack"
    assert os.listdir(tmp_path) == ["pack.pdf"]


def test_parts_left_out_are_not_in_the_pack(qapp: object, tmp_path: Path) -> None:
    parts = PackParts(cover=False, contents=False, sources=False, comparison=False)
    with Catalog.open() as catalog:
        build = write_pack(catalog, PackRequest(REFS[:1], parts=parts), tmp_path / "p.pdf")
    reader = pypdf.PdfReader(tmp_path / "p.pdf")
    text = squeezed("".join(p.extract_text() for p in reader.pages))
    assert "Briefingpack" not in text.split("JimoExplorer·Briefingpack", 1)[0]
    assert squeezed("Jimo Economic Development Zone") in squeezed(reader.pages[0].extract_text())
    assert not any(t == "Sources" for t, _b in build.pack.part_blocks)
    assert pack_writer.RESOLUTION > 0


def marked_in_the_pack() -> list[tuple[str, str]]:
    """Every (context, text) the pack's modules mark for translation, and the map's
    attribution and "location not published" line that the map page prints."""
    from jimo_desktop.catalog.map_data import ATTRIBUTION, DISTRICT_ONLY

    found = [(ATTRIBUTION.context, str(ATTRIBUTION)), (DISTRICT_ONLY.context, str(DISTRICT_ONLY))]
    for module in Path(pack_writer.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                found.append((context, text))
    return found


def data_strings(value: object, found: set[str], seen: set[int]) -> set[str]:
    """Every string in the pack's data (names, summaries, titles … as published)."""
    if isinstance(value, str):
        found.add(value)
    elif id(value) not in seen:
        seen.add(id(value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                data_strings(getattr(value, item.name), found, seen)
        elif isinstance(value, dict):
            for item in value.values():
                data_strings(item, found, seen)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                data_strings(item, found, seen)
    return found


def interface_text(pack: Pack) -> str:
    """The pack's text without any of its data's strings: what the pack itself says."""
    data = pack.build.data
    strings = data_strings([data.details, data.claims, data.sources, data.comparison], set(), set())
    text = pack.text
    for value in sorted((squeezed(s) for s in strings), key=len, reverse=True):
        if len(value) > 1:
            text = text.replace(value, "\x00")
    return text


def test_a_chinese_pack_speaks_chinese_throughout(pack: Pack) -> None:
    """Every word of the pack goes through its translation: the cover's and the conflict
    mark in Chinese, and no English interface word left in a Chinese pack (an English
    pack, read the same way, has them: the check can fail)."""
    words = pack.build.pack.words
    cover = squeezed(pack.reader.pages[0].extract_text())
    for text in ("Briefing pack", "Industrial parks of Jimo District, Qingdao"):
        said = words(QT_TRANSLATE_NOOP("BriefingPack", text))
        assert (said != text) == words.chinese
        assert squeezed(said) in cover
    disputed = words(QT_TRANSLATE_NOOP("BriefingPack", "Disputed"))
    assert squeezed(disputed) in pack.text
    own = interface_text(pack).replace("OpenStreetMap", "\x00")  # a name, as "Jimo Explorer"
    english = []
    chinese = PackWords("zh")
    for context, text in marked_in_the_pack():
        translated = squeezed(chinese.translate(context, text))
        for fragment in re.split(r"\{\w+\}", text):
            fragment = squeezed(fragment).strip(":;,.()·")
            kept = fragment in translated  # the same in both: Jimo Explorer, SHA-256
            if len(fragment) >= 3 and not kept and fragment in own:
                english.append(fragment)
    if words.chinese:
        assert english == []
    else:
        assert {"Disputed", "Briefingpack", "Valueaspublished"} <= set(english)


def test_the_map_page_shows_where_the_items_are(pack: Pack) -> None:
    """A page with Jimo's map (its names are text), the attribution, the towns the
    sources place the items in, and the items whose location is not published."""
    from jimo_desktop.catalog.map_data import ATTRIBUTION, DISTRICT_ONLY

    build = pack.build
    words = build.pack.words
    title = words(QT_TRANSLATE_NOOP("BriefingPack", "Map"))
    blocks = [b for t, b in build.pack.part_blocks if t == title]
    assert len(blocks) == 1
    page = pack.pages[build.pack.page_of(blocks[0])]
    assert squeezed(words(ATTRIBUTION)) in page
    data = build.data
    assert data.map is not None
    placed = [d for d in data.details if data.towns_of(d)]
    unplaced = [d for d in data.details if data.district_only(d)]
    assert placed and unplaced  # Blue Valley in two towns; the EDZ in the district only
    for detail in placed:
        for town in data.towns_of(detail):
            assert squeezed(town.name_zh if words.chinese else town.name) in page
    assert squeezed(words(DISTRICT_ONLY)) in page
    for detail in unplaced:
        assert squeezed(detail.item.name_en) in page.split(squeezed(words(DISTRICT_ONLY)))[1]
    assert title in [entry.title for entry in pack.reader.outline]


def test_a_pack_without_the_map(qapp: object, tmp_path: Path) -> None:
    from jimo_desktop.catalog.map_data import ATTRIBUTION

    parts = PackParts(map=False, comparison=False, fact_check=False)
    with Catalog.open() as catalog:
        build = write_pack(catalog, PackRequest(REFS[1:2], parts=parts), tmp_path / "p.pdf")
    text = squeezed("".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "p.pdf").pages))
    assert squeezed(str(ATTRIBUTION)) not in text
    assert build.data.map is None
