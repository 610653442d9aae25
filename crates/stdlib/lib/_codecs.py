"""The codec functions under CPython's module name: pickles of bytes for protocols 0-2
name _codecs.encode, as CPython writes them."""

from codecs import encode, decode, lookup  # noqa: F401
