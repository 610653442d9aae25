# sys.path order: the script's directory first, entries inserted before the standard library
# shadow it; sys.modules keeps the first module found.
import sys
print(sys.path[0].endswith('tests/python/imports'))
sys.path.insert(0, sys.path[0] + "/_modules/shadow")
import textwrap
print(getattr(textwrap, 'shadowed', False), hasattr(textwrap, 'dedent'))
del sys.modules['textwrap']
sys.path.pop(0)
import textwrap
print(getattr(textwrap, 'shadowed', False), textwrap.dedent('  a\n  b'))
print(type(sys.modules).__name__, sys.modules['sys'] is sys)
