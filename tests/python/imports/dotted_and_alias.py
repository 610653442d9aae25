# import a.b.c binds a, "as" binds the leaf; from-import with aliases; relative imports in packages.
import sys
sys.path.insert(0, sys.path[0] + "/_modules")
import deep.inner.leaf
print(deep.level, deep.inner.leaf.leaf_value, deep.inner.parent_level, deep.inner.sib)
import deep.inner.leaf as lf
print(lf is deep.inner.leaf, lf.info)
from deep.inner import leaf_value as lv, leaf as lf2
print(lv, lf2 is lf)
from deep import sibling
print(sibling.sib, sibling.__name__, sibling.__package__)
print(deep.__package__, deep.inner.__package__, deep.__spec__.name, deep.__spec__.parent)
print(deep.__spec__.submodule_search_locations[0].endswith('_modules/deep'))
print(deep.__path__[0].endswith('_modules/deep'), hasattr(sibling, '__path__'))
print(deep.__file__.endswith('deep/__init__.py'), sibling.__file__.endswith('deep/sibling.py'))
print(sorted(k for k in sys.modules if k.startswith('deep')))
