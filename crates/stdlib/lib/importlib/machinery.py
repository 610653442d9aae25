"""importlib.machinery (after CPython 3.11's): ModuleSpec and the loaders of isles's import
system, and the source suffixes."""

from _isles_import import (ModuleSpec, BuiltinImporter, FrozenImporter,  # noqa: F401
                           SourceFileLoader)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
