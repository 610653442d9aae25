# Circular imports: names defined before the cycle work; a missing one is CPython's
# "partially initialized module" ImportError; the failed modules leave sys.modules.
import sys
sys.path.insert(0, sys.path[0] + "/_modules")
import circ_ok_a
print(circ_ok_a.use(), circ_ok_a.circ_ok_b.value)
try:
    import circ_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], '<dir>'))
    print(e.name, e.path.endswith('circ_a.py'))
print('circ_a' in sys.modules, 'circ_b' in sys.modules)
