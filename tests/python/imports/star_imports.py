# from x import * honours __all__ (private names included when listed) and skips _names otherwise.
import sys
sys.path.insert(0, sys.path[0] + "/_modules")
from star_all import *
print(shown, _private_shown)
try:
    hidden
except NameError as e:
    print('NameError', e)
from star_plain import *
print(alpha, beta)
try:
    print(_gamma)
except NameError as e:
    print('NameError', e)
try:
    print(_sys)
except NameError as e:
    print('NameError', e)
try:
    from star_badall import *
except AttributeError as e:
    print('AttributeError', e)
print(real)
