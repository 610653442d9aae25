# logging: exception() with tracebacks, exc_info, FileHandler output, lastResort to stderr
import logging
import os
import sys
import tempfile

log = logging.getLogger('calc')
log.warning('no handlers: lastResort prints the bare message to stderr')
log.info('below WARNING: dropped')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(h)
log.setLevel(logging.DEBUG)
try:
    1 / 0
except ZeroDivisionError:
    log.exception('division failed')
try:
    {}['k']
except KeyError as e:
    log.error('lookup failed: %s', e, exc_info=True)
    log.error('with the exception object', exc_info=e)
log.info('no traceback', exc_info=False)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'app.log')
    fh = logging.FileHandler(path, mode='w')
    fh.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
    log.addHandler(fh)
    log.info('to the file %d', 1)
    log.debug('and again')
    fh.close()
    log.removeHandler(fh)
    with open(path) as f:
        print(repr(f.read()))
    print(repr(fh).startswith('<FileHandler'), fh.baseFilename == path)
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',), 'levelno': 20})
print(rec.getMessage(), rec.msg)
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()))
logging.getLogger('quiet').addHandler(logging.NullHandler())
logging.getLogger('quiet').error('nothing printed')
