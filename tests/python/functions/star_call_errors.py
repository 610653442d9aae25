# call errors for */** arguments name the function as CPython does (module.qualname())
def f(*a, **k): pass
class A:
    def m(self, *a, **k): pass
for thunk in [lambda: f(*5), lambda: f(1, *5), lambda: f(**5), lambda: f(x=1, **5), lambda: f(**{'x': 1}, **{'x': 2}), lambda: f(x=1, **{'x': 2}),
              lambda: A().m(*5), lambda: A().m(**5), lambda: print(*5), lambda: print(**5), lambda: [].append(*5), lambda: int(*5), lambda: A(*5), lambda: A(**{'a': 1}, **{'a': 2}),
              lambda: (lambda: 0)(*5), lambda: f(*None), lambda: f(**None), lambda: f(**{1: 2}), lambda: [*5], lambda: {**5}, lambda: (*5,), lambda: {*5}]:
    try:
        thunk()
    except TypeError as e:
        print(e)
