# atexit handlers run last-registered first after the program; __future__ features;
# keyword lists.
from __future__ import annotations
import atexit
import __future__
import keyword

def bye(who, punct='!'):
    print('bye', who + punct)

atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
@atexit.register
def decorated():
    print('decorated handler')
def removed():
    print('never printed')
atexit.register(removed)
atexit.unregister(removed)
print(__future__.annotations, __future__.division.getMandatoryRelease())
print('annotations' in __future__.all_feature_names)
class Node:
    next: Node | None = None
print(Node.__annotations__)
print(len(keyword.kwlist), keyword.iskeyword('async'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
print('main done')
