# ChainMap as a MutableMapping: views, | and |=, equality with dicts, setdefault, and
# deque/UserDict registered with the collections ABCs.
from collections import ChainMap, UserDict, deque
from collections.abc import Mapping, MutableMapping, MutableSequence

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm.keys(), list(cm.keys()), list(cm.items()), list(cm.values()))
print(cm | {'x': 1}, {'z': 0} | cm, cm == {'a': 1, 'b': 3}, cm != {'a': 2})
cm |= {'c': 4}
print(cm, cm.setdefault('b', 9), cm.setdefault('d', 5), cm.maps)
print(isinstance(cm, MutableMapping), isinstance(deque(), MutableSequence),
      isinstance(UserDict(), Mapping), isinstance({}, Mapping))
print(ChainMap(), ChainMap({}).new_child(), cm.parents)
try:
    cm | 3
except TypeError as e:
    print(e)
