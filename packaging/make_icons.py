"""Render the application icon from its one source, resources/jimo-explorer.svg.

    python packaging/make_icons.py

Writes (and the outputs are committed, so a build needs no extra tools):

* resources/icons/jimo-explorer-<size>.png  the window icon at every size app_icon() loads
* packaging/windows/jimo-explorer.ico       the Windows executable's icon (PNG entries)
* packaging/macos/jimo-explorer.icns        the macOS .app icon (PNG entries, 16 to 1024 px)

Only Qt is needed (QSvgRenderer and QImage, offscreen): no Inkscape, ImageMagick or
iconutil. ICO and ICNS are simple containers of PNGs and are written by hand here.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from jimo_desktop.ui.app_icon import ICON_NAME, ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / f"{ICON_NAME}.svg"
PNG_DIR = ROOT / "resources" / "icons"
ICO = ROOT / "packaging" / "windows" / f"{ICON_NAME}.ico"
ICNS = ROOT / "packaging" / "macos" / f"{ICON_NAME}.icns"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, and the pixel size of each (Apple's "@2x" types
# are the same picture at twice the size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, encoded as PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_container(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_container(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the magic, the total length, then (type, length, PNG) entries."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # keeps Qt alive
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = sorted({*ICON_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in sizes}
    outputs = {PNG_DIR / f"{ICON_NAME}-{size}.png": pngs[size] for size in ICON_SIZES}
    outputs[ICO] = ico_container({size: pngs[size] for size in ICO_SIZES})
    outputs[ICNS] = icns_container(pngs)
    for path, data in outputs.items():
        state = "written" if write_if_changed(path, data) else "unchanged"
        print(f"{path.relative_to(ROOT)}: {len(data):,} bytes, {state}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
