# KeyError from remove of a missing element, caught and then uncaught.
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
s.remove('missing')
