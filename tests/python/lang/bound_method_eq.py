# Bound methods compare equal (and hash alike) when bound to the same object with the
# same function, so a registry can remove or find `self.handler`; builtin functions know
# their module.


class Button:
    def __init__(self, name):
        self.name = name
        self.handlers = []

    def on_click(self):
        return "click " + self.name

    @classmethod
    def make(cls):
        return cls("made")

    def __eq__(self, other):
        return isinstance(other, Button) and self.name == other.name

    __hash__ = object.__hash__


a, b = Button("x"), Button("x")
print(a.on_click == a.on_click, a.on_click != a.on_click, a.on_click == b.on_click)
print(Button.make == Button.make, a.make == Button.make, a.on_click == Button.on_click)
print(hash(a.on_click) == hash(a.on_click), {a.on_click: 1}[a.on_click])
a.handlers.append(a.on_click)
a.handlers.append(b.on_click)
print(a.on_click in a.handlers, a.handlers.index(b.on_click))
a.handlers.remove(a.on_click)
print([h() for h in a.handlers])
s = {a.on_click, a.on_click, b.on_click}
print(len(s))

l, m = [], []
print(l.append == l.append, l.append == m.append, l.append != l.append)
print(hash(l.append) == hash(l.append), l.append in [l.append], {l.append: 2}[l.append])
print((1).__add__ == (1).__add__, "a".upper == "a".upper, l.append == l.extend)
print(len.__module__, print.__module__, abs.__module__)
