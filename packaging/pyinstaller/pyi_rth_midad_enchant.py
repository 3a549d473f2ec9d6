"""PyInstaller runtime hook: use the enchant library and provider inside the bundle.

Runs before the application's code. Linux: pyenchant is told where the bundled libenchant is; the
provider folder is opened as file descriptor PROVIDER_FD, the path the bundled libenchant was
patched to read providers from (packaging/pyinstaller/bundle_parts.py; keep the numbers equal).
libhunspell is loaded first so the provider's dependency resolves to the bundled copy.
macOS: pyenchant is pointed at the bundled relocatable libenchant. Windows: nothing to do.
"""

import ctypes
import glob
import os
import sys

if sys.platform != "win32":
    import resource

PROVIDER_FD = 1000


def _use_bundled_enchant() -> None:
    base = sys._MEIPASS
    library = os.path.join(base, "libenchant-2.so.2")
    providers = os.path.join(base, "enchant-2")
    if not (os.path.isfile(library) and os.path.isdir(providers)):
        return
    os.environ["PYENCHANT_LIBRARY_PATH"] = library
    try:
        # A descriptor number at or above the soft limit cannot be used: raise it if allowed.
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft <= PROVIDER_FD and (hard == resource.RLIM_INFINITY or hard > PROVIDER_FD):
            resource.setrlimit(resource.RLIMIT_NOFILE, (PROVIDER_FD + 1, hard))
        folder = os.open(providers, os.O_RDONLY | os.O_DIRECTORY)
        os.dup2(folder, PROVIDER_FD, inheritable=False)
        os.close(folder)
        for hunspell in glob.glob(os.path.join(base, "libhunspell*.so*")):
            ctypes.CDLL(hunspell)
    except (OSError, ValueError):
        pass  # spelling then reports itself unavailable; the editor still starts


def _use_bundled_enchant_macos() -> None:
    # pyenchant passes this library's prefix to the relocatable enchant (bundle_parts.py).
    found = glob.glob(os.path.join(sys._MEIPASS, "enchant-prefix", "lib", "libenchant-2*.dylib"))
    if found:
        os.environ["PYENCHANT_LIBRARY_PATH"] = sorted(found)[0]


if sys.platform.startswith("linux"):
    _use_bundled_enchant()
elif sys.platform == "darwin":
    _use_bundled_enchant_macos()
