"""Midad (مداد): a desktop article editor for people who write and edit in Arabic."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("midad")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
