"""Writing files the user asked for: atomically, through symlinks, into devices, never over a file without --force.

A regular file is replaced by renaming a finished temporary file over it, so a crash leaves either the old file
or the new one. The rename goes to the real file a symlink points to, so the link stays a link. A FIFO or a
character device (`/dev/null`, `/dev/stdout`) is written into, never replaced; a block device, socket or folder
is refused. Every failure of the operating system becomes one line naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from factcheck.errors import InputError, UsageError


def write_atomically(path: Path, text: str, *, force: bool = False, encoding: str = "utf-8") -> None:
    """Write text to `path` (or the file it links to): whole or not at all; existing files need `force`."""
    data = text.encode(encoding)
    target = real_path(path)
    status = check_writable(path, force=force)
    if status is None:
        replace_file(path, target, data, mode=None)
    elif stat.S_ISREG(status.st_mode):
        replace_file(path, target, data, mode=stat.S_IMODE(status.st_mode))
    else:
        _write_into(path, target, data)


def check_writable(path: Path, *, force: bool) -> os.stat_result | None:
    """Refuse, before any work is done, an output that would clobber something; the target's status, if any.

    A regular file needs `force`; so does a dangling symlink (its target would be created). FIFOs and
    character devices are written into and need nothing; other kinds of file are refused.
    """
    target = real_path(path)
    try:
        status = os.stat(target)
    except FileNotFoundError:
        if os.path.islink(path) and not force:
            raise UsageError(f"{path} is a link to {target}, which does not exist; pass --force to create it"
                             ) from None
        return None
    except OSError as error:
        raise os_error(path, error, "cannot write") from None
    if stat.S_ISFIFO(status.st_mode) or stat.S_ISCHR(status.st_mode):
        return status
    if not stat.S_ISREG(status.st_mode):
        raise UsageError(f"cannot write {path}: it is a folder, block device or socket; name a file")
    if not force:
        raise UsageError(f"{path} already exists; pass --force to overwrite it")
    return status


def real_path(path: Path) -> Path:
    """The file a path names once every symlink is followed (itself when it is no link)."""
    return Path(os.path.realpath(path))


def replace_file(shown: Path, target: Path, data: bytes, mode: int | None) -> None:
    """Put `data` at `target` by renaming a synced temporary file over it; no temporary file survives an error.

    `mode` is the replaced file's mode; a new file gets the default mode the umask allows. `shown` is the path
    as the user wrote it, for messages.
    """
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {shown}: folder {folder} does not exist")
    import secrets  # only when a file is written: `verify` to the terminal never needs it

    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        # 0o666 through the umask, as any program creating a file; O_EXCL so nothing is ever followed or reused
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as error:
        raise os_error(shown, error, "cannot write") from None
    try:
        with open(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise os_error(shown, error, "cannot write") from None
        raise


def _write_into(shown: Path, target: Path, data: bytes) -> None:
    """Stream into a FIFO or character device; a FIFO nobody reads is an error, not a hang."""
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        if error.errno == errno.ENXIO:  # a FIFO with no reader
            raise UsageError(f"cannot write {shown}: it is a pipe that nothing reads") from None
        raise os_error(shown, error, "cannot write") from None
    try:
        os.set_blocking(descriptor, True)
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view)
            view = view[written:]
    except OSError as error:
        raise os_error(shown, error, "cannot write") from None
    finally:
        os.close(descriptor)


def os_error(path: Path, error: OSError, doing: str) -> InputError:
    """An operating-system failure as one line naming the file: permission, disk full, read-only and the like."""
    reason = error.strerror or str(error) or type(error).__name__
    return InputError.single(path, f"{doing} ({reason}); check the file, its folder and the free space")
