"""The words shown with a chart: hover text, footers and chooser labels, through tr()."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from jimo_desktop import paths
from jimo_desktop.catalog import Catalog
from jimo_desktop.chart_series import Bar, BarSeries
from jimo_desktop.chart_series.dashboard import dashboard_data
from jimo_desktop.chart_series.time_series import time_series
from jimo_desktop.ui.charts import hover_text
from jimo_desktop.ui.charts.bar_chart import BarChart
from jimo_desktop.ui.charts.hover_text import (
    chooser_label,
    describe_bar,
    describe_point,
    sources_note,
)
from jimo_desktop.ui.translations import install_translations
from tests.chart_series.factories import fig
from tests.ui.translators import qt_tool, tiny_translator

ENGLISH_TS = paths.source_checkout_root() / "resources" / "translations" / "jimo_explorer_en.ts"


@pytest.fixture
def english(qapp: QCoreApplication) -> Iterator[None]:
    """The app's English translation, for the plural forms of counted text."""
    translator = install_translations(qapp)
    assert translator is not None, "resources/translations/jimo_explorer_en.qm is missing"
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_hover_words_for_a_point_say_value_unit_period_qualifier_and_source(qapp) -> None:
    figures = [fig("2019", 900.0), fig("2021", 1000.0, qualifier=">", sid="S52", grade="C")]
    (series,) = time_series(figures)
    text = "\n".join(describe_point(series, series.points[1]))
    for part in ("GDP", "2021", "more than 1,000 亿元", "亿元 = 100 million yuan", "S52"):
        assert part in text
    assert "grade C" in text and "Report S52 即墨" in text


def test_hover_words_for_count_bars_list_what_is_counted(qapp, catalog: Catalog) -> None:
    chart = dashboard_data(catalog).parks_by_kind
    lines = describe_bar(chart, chart.bars[0], limit=2)
    assert lines[0] == "Development zones: 6 parks"
    assert lines[-2] == "… and 4 more"


def test_the_footer_says_values_were_converted(qapp) -> None:
    figures = [
        fig("2019-H1", 765.3),
        fig("2020-H1", 55.58, unit="bn yuan"),
        fig("2020", 1278.36),
    ]
    (series,) = time_series(figures)
    assert series.converted
    assert "converted" in sources_note(series)


def test_the_footer_counts_figures_not_plotted_in_english_plurals(english) -> None:
    figures = [fig("2019", 1.0), fig("2020", 2.0), fig("", 3.0), fig("2021", None, text="n/a")]
    (series,) = time_series(figures)
    assert len(series.not_plotted) == 2
    assert "2 figures without period or value not plotted" in sources_note(series)
    (one_left_out,) = time_series(figures[:3])
    assert "1 figure without period or value not plotted" in sources_note(one_left_out)


def test_chooser_labels_count_in_english_plurals(english) -> None:
    (series,) = time_series([fig("2019", 1.0), fig("2020", 2.0)])
    assert chooser_label(series) == "GDP (亿元) — over time, 2 values"
    one = BarSeries("Parks", "", (Bar("a", 1.0),))
    assert chooser_label(one) == "Parks — 1 item compared"
    two = BarSeries("Parks", "", (Bar("a", 1.0), Bar("b", 2.0)))
    assert chooser_label(two) == "Parks — 2 items compared"


def test_every_counted_hover_text_has_its_english_plural_forms(tmp_path: Path) -> None:
    collected = tmp_path / "hover_text.ts"
    subprocess.run(
        [qt_tool("pyside6-lupdate"), hover_text.__file__, "-ts", str(collected)],
        check=True,
        capture_output=True,
    )
    counted = {
        source
        for source in (m.findtext("source", "") for m in ET.parse(collected).iter("message"))
        if "(s)" in source
    }
    assert len(counted) == 5, counted  # the footer's three (doubtful, left out, not plotted) and both chooser labels
    english = {
        m.findtext("source", "")
        for context in ET.parse(ENGLISH_TS).iter("context")
        if context.findtext("name") == "HoverText"
        for m in context.iter("message")
        if m.get("numerus") == "yes" and len(m.findall("translation/numerusform")) == 2
    }
    assert counted <= english, counted - english


def test_hover_text_comes_out_translated_with_the_core_words_in_it(qapp, tmp_path) -> None:
    translator = tiny_translator(
        tmp_path,
        {
            "HoverText": {
                "{words} {value} (qualifier “{qualifier}”: {words})": (
                    "{words}{value}（限定符“{qualifier}”：{words}）"
                ),
                "Period: {period} ({kind})": "时期：{period}（{kind}）",
                "full year": "全年",
            },
            "Chart": {"more than": "超过"},
        },
    )
    figures = [fig("2019", 900.0), fig("2021", 1000.0, qualifier=">", sid="S52", grade="C")]
    (series,) = time_series(figures)
    point = series.points[1]
    qapp.installTranslator(translator)
    try:
        lines = describe_point(series, point)
    finally:
        qapp.removeTranslator(translator)
    # "more than" is the core's word (chart_series.units), translated inside the sentence.
    assert "超过1,000 亿元（限定符“>”：超过）" in lines
    assert "时期：2021（全年）" in lines
    assert "Source S52, grade C: Report S52 即墨" in lines  # not translated in the tiny file
    assert "more than 1,000 亿元 (qualifier “>”: more than)" in describe_point(series, point)


def test_the_charts_show_the_core_words_translated(qapp, qtbot, tmp_path, catalog) -> None:
    translator = tiny_translator(
        tmp_path,
        {
            "Chart": {"Events per year": "每年事件", "earlier": "更早", "parks": "个园区"},
            "ParkTreeModel": {"Development zones": "开发区"},
        },
    )
    data = dashboard_data(catalog)
    chart = BarChart()
    qtbot.addWidget(chart)
    qapp.installTranslator(translator)
    try:
        chart.set_series(data.events_per_year)
        title, ticks = chart.title(), chart.category_labels()
        lines = describe_bar(data.parks_by_kind, data.parks_by_kind.bars[0])
        label = chooser_label(data.parks_by_kind)
    finally:
        qapp.removeTranslator(translator)
    assert title == "每年事件"
    assert ticks[0] == "更早"
    assert lines[0] == "开发区: 6 个园区"
    assert label.startswith("Parks and zones by kind (个园区) — ")


def test_names_come_in_the_order_of_the_language(qapp) -> None:
    from jimo_desktop.catalog import ItemKind, ItemRef, RelatedItem
    from jimo_desktop.ui.translations import Language, set_language

    bar = Bar("Blue Valley", 3.0, label_zh="蓝谷")
    alone = Bar("Auto New City", 2.0)
    item = RelatedItem(ItemRef(ItemKind.PARK, "blue-valley"), "Blue Valley", "蓝谷", "")
    assert (hover_text.bar_name(bar), hover_text.item_name(item)) == ("Blue Valley 蓝谷",) * 2
    set_language(qapp, Language.CHINESE)
    try:
        assert hover_text.bar_name(bar) == "蓝谷 Blue Valley"
        assert hover_text.item_name(item) == "蓝谷 Blue Valley"
        assert hover_text.bar_name(alone) == "Auto New City"  # no Chinese name: English alone
    finally:
        set_language(qapp, Language.ENGLISH)
