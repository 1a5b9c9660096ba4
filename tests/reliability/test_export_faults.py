"""Export faults: every one is one clear line, and no export writes what it should not.

Through the real command line (``jimo-desktop export … -o TARGET`` in a subprocess): a name
too long, a missing folder, a folder, a device (``/dev/full``, ``/dev/null``), a FIFO, a link
to nothing and a read-only file each give one line naming the target, exit 1, and leave the
target and its folder as they were; a link to a file is written through. Ctrl+C midway
(slowed down with ``JIMO_TEST_EXPORT_ROW_DELAY``) exits 130 with one line and leaves the old
file byte for byte. Charts whose labels hold every control character export to SVG (parsed
back), PNG and CSV; a chart that cannot be saved says so in one message.
"""

from __future__ import annotations

import csv
import os
import re
import signal
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from jimo_desktop import chart_series as cs
from jimo_desktop import paths

ROW_DELAY_ENV = "JIMO_TEST_EXPORT_ROW_DELAY"  # csv_file.ROW_DELAY_ENV: seconds after each row
# Every character XML 1.0 does not allow, and a few it allows that are invisible.
CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
NASTY = CONTROLS + "\x7f\x85\u2028\ufffe\uffff\ud800\udfff<&>\"'"


def run(
    *args: str, profile: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, paths.PROFILE_ENV: str(profile), **(env or {})}
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "jimo_desktop", *args],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes | str | None]]:
    """Each entry of ``folder``: its kind and mode, and its bytes (a file) or link."""
    entries: dict[str, tuple[int, int, bytes | str | None]] = {}
    for entry in sorted(folder.iterdir()):
        status = os.lstat(entry)
        content: bytes | str | None = None
        if stat.S_ISLNK(status.st_mode):
            content = os.readlink(entry)
        elif stat.S_ISREG(status.st_mode):
            content = entry.read_bytes()
        entries[entry.name] = (stat.S_IFMT(status.st_mode), stat.S_IMODE(status.st_mode), content)
    return entries


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("jimo-desktop export: ")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", lines[0]), "no control character"
    return lines[0]


def shown(path: Path) -> str:
    """How a message names ``path``: control characters escaped."""
    return str(path).replace("\n", "\\n").replace("\x1b", "\\x1b")


# --------------------------------------------------------------------------- targets


def _long_name(folder: Path) -> Path:
    return folder / ("长" * 100 + ".csv")


def _missing_folder(folder: Path) -> Path:
    return folder / "no such\nfolder" / "out.csv"  # a line break: still one line


def _folder(folder: Path) -> Path:
    (folder / "folder\x1b[31m.csv").mkdir()  # a terminal escape is not printed as it is
    return folder / "folder\x1b[31m.csv"


def _device(folder: Path) -> Path:
    try:
        os.mknod(folder / "full.csv", stat.S_IFCHR | 0o666, os.makedev(1, 7))  # like /dev/full
    except (PermissionError, AttributeError):
        pytest.skip("devices can only be made by root on Linux")
    return folder / "full.csv"


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.csv")
    return folder / "pipe.csv"


def _dangling_link(folder: Path) -> Path:
    (folder / "link.csv").symlink_to("nowhere.csv")
    return folder / "link.csv"


def _read_only(folder: Path) -> Path:
    (folder / "kept.csv").write_bytes(b"keep me")
    (folder / "kept.csv").chmod(0o444)
    return folder / "kept.csv"


TARGETS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "long name": (_long_name, "the file name is too long"),
    "missing folder": (_missing_folder, "does not exist"),
    "folder": (_folder, "it is a folder"),
    "device": (_device, "it is a device, not a file"),
    "fifo": (_fifo, "it is a pipe (FIFO), not a file"),
    "dangling link": (_dangling_link, "a link to “nowhere.csv”, which does not exist"),
    "read-only file": (_read_only, "the file is read-only"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", TARGETS)
def test_a_target_that_cannot_be_written_is_one_line_and_left_alone(
    case: str, tmp_path: Path
) -> None:
    make, expected = TARGETS[case]
    folder = tmp_path / "out"
    folder.mkdir()
    target = make(folder)
    before = snapshot(folder)
    result = run("export", "parks", "-o", str(target), profile=tmp_path / "p")
    assert result.returncode == 1, result.stderr
    line = one_line(result)
    assert expected in line and f"cannot write “{shown(target)}”" in line
    assert snapshot(folder) == before, "the target and its folder are as they were"


@pytest.mark.slow
def test_a_link_to_a_file_is_written_through_on_the_command_line(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    (tmp_path / "link.csv").symlink_to(real)
    result = run("export", "parks", "-o", str(tmp_path / "link.csv"), profile=tmp_path / "p")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "link.csv").is_symlink() and os.readlink(tmp_path / "link.csv") == str(real)
    assert real.read_bytes().startswith(b"\xef\xbb\xbfId,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


@pytest.mark.slow
@pytest.mark.parametrize("device", ["/dev/full", "/dev/null"])
def test_a_real_device_is_refused_and_stays_a_device(device: str, tmp_path: Path) -> None:
    from jimo_desktop.safe_write import DEVICE, RefusedTarget, check_target

    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    # First in-process, so that a build that would replace the device never gets to try.
    with pytest.raises(RefusedTarget) as caught:
        check_target(Path(device))
    assert caught.value.reason == DEVICE
    before = os.lstat(device)
    listing = sorted(os.listdir(os.path.dirname(device)))
    result = run("export", "parks", "-o", device, profile=tmp_path / "p")
    assert result.returncode == 1, result.stderr
    assert "it is a device, not a file" in one_line(result)
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert sorted(os.listdir(os.path.dirname(device))) == listing, "no temporary file left"


@pytest.mark.slow
def test_ctrl_c_exits_130_in_one_line_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "parks.csv"
    old = b"the old export, byte for byte\r\n\x00\xff"
    target.write_bytes(old)
    environment = {**os.environ, paths.PROFILE_ENV: str(tmp_path / "p"), ROW_DELAY_ENV: "0.5"}
    environment.pop("QT_QPA_PLATFORM", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "jimo_desktop", "export", "parks", "-o", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".parks.csv.*.tmp")):  # the export is writing
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the export never began to write"
            time.sleep(0.01)
        time.sleep(0.2)  # a row or so into the file
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and stdout == ""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jimo-desktop export: interrupted"), stderr
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parks.csv"], "no .tmp left"


# --------------------------------------------------------------------------- modes


def test_settings_and_window_state_stay_private_under_any_umask(tmp_path: Path) -> None:
    from jimo_desktop.settings import Settings, WindowState, settings_store, window_state_store

    previous = os.umask(0o022)
    try:
        assert settings_store(tmp_path).save(Settings(grouping="place"))
        assert window_state_store(tmp_path).save(WindowState(geometry="AAAA"))
    finally:
        os.umask(previous)
    for name in ("settings.json", "window-state.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


def test_the_mode_is_a_parameter_and_exports_follow_the_umask(tmp_path: Path) -> None:
    from jimo_desktop.safe_write import atomic_open, write_atomic

    previous = os.umask(0o022)
    try:
        write_atomic(tmp_path / "picture.png", b"png")
        with atomic_open(tmp_path / "exact", "wb", permissions=0o640) as stream:
            stream.write(b"x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "picture.png").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "exact").stat().st_mode) == 0o640


# --------------------------------------------------------------------------- charts


@pytest.fixture
def panel(qtbot):
    from jimo_desktop.ui.charts.chart_panel import ChartPanel

    widget = ChartPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def nasty_charts() -> list[object]:
    from tests.chart_series.factories import PARK_A, PARK_B, fig

    figures = [
        fig(period, value, metric="GDP" + NASTY, name="Jimo" + NASTY, unit="亿元" + NASTY)
        for period, value in (("2019", 1.0), ("2020", 2.5), ("2021", 3.0))
    ]
    series = cs.time_series(figures)
    bars = cs.BarSeries(
        "Area" + NASTY,
        "km²" + NASTY,  # the unit and the metric of the bars' figures need not agree here
        (
            cs.Bar(
                "Park" + NASTY, 3.0, label_zh="园区" + NASTY, ref=PARK_A, figures=tuple(figures[:1])
            ),
            cs.Bar(NASTY, 5.0, ref=PARK_B, figures=tuple(figures[1:2])),
        ),
        note="note" + NASTY,
    )
    return [*series, bars]


def svg_texts(path: Path) -> str:
    tree = ET.parse(path)  # raises on anything that is not XML
    return " ".join("".join(e.itertext()) for e in tree.iter() if e.tag.endswith("text"))


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_charts_with_control_characters_export_to_svg_png_and_csv(panel, tmp_path) -> None:
    from PySide6.QtGui import QGuiApplication

    charts = nasty_charts()
    panel.set_charts(charts)
    panel.chart_widget().set_footer("Sources: S1" + NASTY)
    for index in range(len(charts)):
        panel.select(index)
        QGuiApplication.processEvents()
        svg, png, table = (tmp_path / f"chart{index}.{kind}" for kind in ("svg", "png", "csv"))
        panel.export_svg(svg)
        texts = svg_texts(svg)
        assert ("GDP" in texts and "Jimo" in texts) if index == 0 else "Area" in texts
        assert "\ufffd" in texts  # what XML cannot hold is shown as the replacement sign
        panel.export_png(png)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 1000
        assert panel.export_csv(table) >= 2
        with table.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))
        assert any("\x1b" in cell for row in rows for cell in row)  # kept where CSV can
    assert (
        sorted(p.suffix for p in tmp_path.iterdir())
        == [".csv", ".csv"] + [".png"] * 2 + [".svg"] * 2
    )


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("kind", ["png", "svg", "csv"])
def test_a_chart_that_cannot_be_saved_is_one_message(panel, tmp_path, monkeypatch, kind) -> None:
    panel.set_charts(nasty_charts()[:1])
    fifo = tmp_path / f"chart.{kind}"
    os.mkfifo(fifo)
    errors: list[str] = []
    monkeypatch.setattr(panel, "ask_save_path", lambda *_: fifo)
    monkeypatch.setattr(panel, "report_error", errors.append)
    getattr(panel, f"export_{kind}_action").trigger()
    assert len(errors) == 1 and "\n" not in errors[0], errors
    assert f"“{fifo}”" in errors[0] and "pipe" in errors[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and sorted(tmp_path.iterdir()) == [fifo]
