# logging: logger hierarchy, propagation, handler levels, filters, formatters and styles
import logging
import sys

root = logging.getLogger()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('[%(name)s] %(levelname)-8s %(message)s'))
root.addHandler(out)
root.setLevel(logging.INFO)

app = logging.getLogger('app')
db = logging.getLogger('app.db')
print(app, db, db.parent is app, app.parent is root, logging.getLogger('app') is app)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), app.hasHandlers())
db.info('query %s', 'SELECT 1')
db.debug('not shown')
db.setLevel(logging.DEBUG)
db.debug('shown now')
print(db)

h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.WARNING)
h.setFormatter(logging.Formatter('{levelname}:{name}:{message}', style='{'))
app.addHandler(h)
db.warning('twice: app handler and root handler')
app.propagate = False
db.warning('once')
app.removeHandler(h)
app.propagate = True

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

f = OnlyOdd()
out.addFilter(f)
for i in range(4):
    app.info('n=%d', i)
out.removeFilter(f)
out.addFilter(logging.Filter('app.db'))
app.info('filtered out')
db.info('passes the name filter')
out.filters.clear()

out.setFormatter(logging.Formatter('$levelname-$name: $message', style='$'))
app.error('template style')
out.setFormatter(logging.Formatter('%(message)s', defaults={'x': 1}))
child = app.getChild('ui')
print(child.name, child.parent is app)
adapter = logging.LoggerAdapter(child, {'user': 'bob'})
out.setFormatter(logging.Formatter('%(user)s %(message)s'))
adapter.warning('adapted')
print(adapter)
child.info('extra', extra={'user': 'eve'})
try:
    child.info('clash', extra={'name': 'x'})
except KeyError as e:
    print('KeyError', e)
out.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
logging.disable(logging.WARNING)
child.warning('disabled')
child.error('not disabled')
logging.disable(logging.NOTSET)
for bad in ('%(nope)s', ):
    out.setFormatter(logging.Formatter(bad))
try:
    logging.Formatter('{x', style='?')
except ValueError as e:
    print(e)
try:
    logging.Formatter('no fields', style='{')
except ValueError as e:
    print(e)
