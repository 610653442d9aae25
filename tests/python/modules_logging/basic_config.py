# logging.basicConfig with a level and format; module-level shortcuts; % arguments
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format='%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(lineno)d',
                    stream=sys.stdout)
logging.debug('debug %d', 1)
logging.info('info %s and %r', 'x', 'y')
logging.warning('warn')
logging.error('error %(a)s', {'a': 'mapped'})
logging.critical('crit')
logging.log(25, 'custom level')


def inner():
    logging.info('from inner')


inner()
logging.basicConfig(level=logging.ERROR)
logging.info('still shown: a second basicConfig does nothing')
logging.basicConfig(level=logging.ERROR, force=True, stream=sys.stdout)
logging.info('hidden')
logging.error('shown with the default format')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(33))
logging.addLevelName(33, 'NOTICE')
print(logging.getLevelName(33), logging.root, logging.getLogger() is logging.root)
for bad in (lambda: logging.basicConfig(force=True, stream=sys.stdout, filename='x'),
            lambda: logging.basicConfig(force=True, bogus=1),
            lambda: logging.getLogger('z').setLevel('LOUD'),
            lambda: logging.getLogger('z').log('x', 'm')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
