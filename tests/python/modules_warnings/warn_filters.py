# warnings.warn prints "file:line: Category: message" and the source line to stderr once per
# location; filters (ignore, error, always), catch_warnings(record=True).
import warnings

def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)

def noisy():
    warnings.warn('careful')

for i in range(3):
    noisy()
old_api()
warnings.warn('a runtime thing', RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    noisy(); noisy()
    warnings.warn('recorded', UserWarning)
print(len(caught), [str(w.message) for w in caught], caught[0].category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        noisy()
    except UserWarning as e:
        print('raised', type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
warnings.filterwarnings('ignore', message='skip')
warnings.warn('skip me please')
warnings.warn(UserWarning('instance message'))
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print('TypeError', e)
try:
    warnings.simplefilter('loud')
except AssertionError as e:
    print('AssertionError', e)
print('done')
