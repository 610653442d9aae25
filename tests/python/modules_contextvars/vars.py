# contextvars: ContextVar get/set/reset with defaults and tokens, copy_context and Context.run isolation
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')
user = contextvars.ContextVar('user')
print(request_id.name, request_id.get(), user.get('fallback'))
try:
    user.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)
t = request_id.set('r1')
print(request_id.get(), t.var is request_id, t.old_value is contextvars.Token.MISSING)
t2 = request_id.set('r2')
print(request_id.get(), t2.old_value)
request_id.reset(t2)
print(request_id.get())
request_id.reset(t)
print(request_id.get())
user.set('alice')
ctx = contextvars.copy_context()
print(ctx[user], user in ctx, len(ctx) >= 1, ctx.get(request_id, 'absent'))

def work(name):
    user.set(name)
    return user.get(), request_id.get()

print(ctx.run(work, 'bob'), user.get(), ctx[user])
print(ctx.copy()[user], sorted(v for v in ctx.values() if isinstance(v, str)))
for bad in (lambda: request_id.reset(t), lambda: user.reset(request_id.set('x')), lambda: contextvars.ContextVar(5),
            lambda: ctx['notavar'], lambda: request_id.reset('tok'), lambda: ctx.run(lambda: ctx.run(print))):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
