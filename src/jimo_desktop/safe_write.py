"""Writing files so that a crash, a kill or Ctrl+C leaves the old version or the new, never
half, and never writes where it should not. Nothing here imports Qt.

``atomic_open(path)`` is given a target path and yields a stream on a temporary file in the
target's folder; on success the data is flushed, fsynced and replaces the target in one
rename. Before anything is written, and again just before the rename, the target is checked
(``check_target``): a folder, a device (``/dev/full``, ``/dev/null``), a FIFO, a socket, a
read-only file and a link to nothing are refused with a ``RefusedTarget`` (an ``OSError``),
so that the rename never turns a device into a plain file, even for root.

A symbolic link is written through: the file it points to is replaced (in that file's
folder) and the link stays a link. Refusing would break the common case of an export kept
in a linked folder or file, and replacing the link by a plain file would silently cut the
user's link. A link to nothing is refused: the file it names is not one the user has seen,
and creating it is the classic way a planted link redirects a write.

Modes: a new file follows the user's umask (as ``open()`` would: ``0o666 & ~umask``, the
kernel applies it), a replaced file keeps its old permission bits (and its owner, when the
process may set it); ``permissions=`` sets the mode exactly, e.g. ``PRIVATE`` for the
settings and window-state files (``write_private``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PRIVATE = 0o600  # settings and window state: the user's only
NEW_FILE = 0o666  # as open() creates files: the umask takes its bits away
_NAME_MAX = 255  # bytes in one file name, where the system does not say

# Why a target is refused (``RefusedTarget.reason``).
FOLDER = "folder"
DEVICE = "device"
FIFO = "fifo"
SOCKET = "socket"
SPECIAL = "special"  # any other kind of file that is not a regular file
READ_ONLY = "read-only"  # no write bit for anyone: refused even for root
NOT_ALLOWED = "not-allowed"  # write bits, but not for this user
DANGLING_LINK = "dangling-link"

_ERRNO = {
    FOLDER: errno.EISDIR,
    DEVICE: errno.ENODEV,
    FIFO: errno.EPIPE,
    SOCKET: errno.ENXIO,
    SPECIAL: errno.EINVAL,
    READ_ONLY: errno.EACCES,
    NOT_ALLOWED: errno.EACCES,
    DANGLING_LINK: errno.ENOENT,
}


class RefusedTarget(OSError):
    """``path`` exists but is not a file an export may replace; ``reason`` says why
    (``FOLDER``, ``DEVICE`` …), ``link`` is where a dangling link points. Build one with
    ``refused``: a folder is also an ``IsADirectoryError``, a read-only file a
    ``PermissionError``, a link to nothing a ``FileNotFoundError``."""

    def __init__(self, path: Path, reason: str, link: str = ""):
        code = _ERRNO[reason]
        super().__init__(code, os.strerror(code), str(path))
        self.reason = reason
        self.link = link


class _RefusedFolder(RefusedTarget, IsADirectoryError):
    pass


class _RefusedAccess(RefusedTarget, PermissionError):
    pass


class _RefusedLink(RefusedTarget, FileNotFoundError):
    pass


_KINDS: dict[str, type[RefusedTarget]] = {
    FOLDER: _RefusedFolder,
    READ_ONLY: _RefusedAccess,
    NOT_ALLOWED: _RefusedAccess,
    DANGLING_LINK: _RefusedLink,
}


def refused(path: Path, reason: str, link: str = "") -> RefusedTarget:
    """The ``RefusedTarget`` for ``reason``, of the matching ``OSError`` subclass."""
    return _KINDS.get(reason, RefusedTarget)(path, reason, link)


def check_target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file that writing ``path`` replaces, and its status (None when it is new).

    That is ``path`` itself, or the file a symbolic link at ``path`` points to. Raises
    ``RefusedTarget`` for what may not be replaced, and the ``OSError`` of looking at
    ``path`` (a name too long, a folder that is a file …) as it is.
    """
    path = Path(path)
    if "\0" in str(path):
        raise OSError(errno.EINVAL, os.strerror(errno.EINVAL), str(path))
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return path, None
    target = path
    if stat.S_ISLNK(status.st_mode):
        try:
            status = os.stat(path)
        except FileNotFoundError:
            raise refused(path, DANGLING_LINK, os.readlink(path)) from None
        target = Path(os.path.realpath(path))
    mode = status.st_mode
    if stat.S_ISREG(mode):
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise refused(path, READ_ONLY)  # the mode is the rule: root may write anyway
        if not os.access(target, os.W_OK):
            raise refused(path, NOT_ALLOWED)
        return target, status
    if stat.S_ISDIR(mode):
        raise refused(path, FOLDER)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise refused(path, DEVICE)
    if stat.S_ISFIFO(mode):
        raise refused(path, FIFO)
    if stat.S_ISSOCK(mode):
        raise refused(path, SOCKET)
    raise refused(path, SPECIAL)


@contextlib.contextmanager
def atomic_open(
    path: Path, mode: str = "wb", *, permissions: int | None = None, **kwargs: object
) -> Iterator[IO]:
    """Open a temporary file beside ``path`` (beside the file a link points to); on success
    it replaces that file.

    ``permissions``: None for the umask (a new file) or the old file's mode (a replaced
    one), else exactly this mode. If the block raises (Ctrl+C included), the temporary
    file is removed and ``path`` is untouched. A refused target (see ``check_target``)
    raises ``RefusedTarget`` before anything is written.
    """
    target, old = check_target(Path(path))
    if permissions is not None:
        wanted: int | None = permissions
    elif old is not None:
        wanted = stat.S_IMODE(old.st_mode) & 0o777  # no set-id bits on a rewritten file
    else:
        wanted = None
    handle, temp = -1, None
    stream: IO | None = None
    try:
        with _interrupt_held():  # so that a Ctrl+C cannot leave it unknown
            handle, temp = _create_temp(target, NEW_FILE if wanted is None else wanted)
        if wanted is not None and hasattr(os, "fchmod"):
            os.fchmod(handle, wanted)  # exactly, whatever the umask took away
        if old is not None and permissions is None:
            _keep_owner(handle, old)
        # typeshed: fdopen's overloads need literal modes, not open()'s **kwargs passed on
        stream = os.fdopen(handle, mode, **kwargs)  # type: ignore[call-overload]
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        with _interrupt_held():
            check_target(Path(path))  # still a file that may be replaced (or none)
            os.replace(temp, target)
    except BaseException:
        with _interrupt_held():
            if stream is None and handle >= 0:
                with contextlib.suppress(OSError):
                    os.close(handle)
            if temp is not None:
                temp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, a new file under the umask (see
    ``atomic_open``)."""
    with atomic_open(path, "wb") as stream:
        stream.write(data)


def write_private(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, readable by the user only (``PRIVATE``)."""
    with atomic_open(path, "wb", permissions=PRIVATE) as stream:
        stream.write(data)


def _create_temp(target: Path, mode: int) -> tuple[int, Path]:
    """A new, empty temporary file beside ``target`` (its name within the folder's limit)."""
    folder = target.parent
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    limit = _name_max(folder)
    for _attempt in range(100):
        temp = folder / _temp_name(target.name, secrets.token_hex(4), limit)
        try:
            return os.open(temp, flags, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(folder))


def _temp_name(name: str, token: str, limit: int) -> str:
    """``.NAME.TOKEN.tmp``, with NAME shortened so that it fits in ``limit`` bytes."""
    stem = name
    while stem and len(os.fsencode(f".{stem}.{token}.tmp")) > limit:
        stem = stem[:-1]
    return f".{stem}.{token}.tmp"


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):  # no pathconf (Windows), no folder
        return _NAME_MAX


def _keep_owner(handle: int, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group where the process may (root)."""
    if not hasattr(os, "fchown"):
        return
    if (old.st_uid, old.st_gid) == (os.geteuid(), os.getegid()):
        return
    with contextlib.suppress(OSError):
        os.fchown(handle, old.st_uid, old.st_gid)


@contextlib.contextmanager
def _interrupt_held() -> Iterator[None]:
    """Ctrl+C (SIGINT) is held while the rename or the clean-up runs, so that neither is cut
    in half; a Ctrl+C that came meanwhile is delivered when they are done. Only the main
    thread receives Python's KeyboardInterrupt; elsewhere (and on Windows) nothing is held.
    """
    hold = hasattr(signal, "pthread_sigmask") and threading.current_thread() is (
        threading.main_thread()
    )
    if not hold:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
