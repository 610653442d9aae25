"""An LRU cache class and a bank-account simulation with custom exceptions and context managers."""
from collections import OrderedDict
from contextlib import contextmanager
import functools


class LRUCache:
    """A bounded mapping that evicts the least recently used key."""

    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self._data = OrderedDict()
        self.hits = self.misses = 0

    def __getitem__(self, key):
        try:
            value = self._data[key]
        except KeyError:
            self.misses += 1
            raise
        self._data.move_to_end(key)
        self.hits += 1
        return value

    def __setitem__(self, key, value):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        while len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            print(f"  evict {old!r}")

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"{type(self).__name__}({self.capacity}, {{{items}}})"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        @functools.wraps(fn)
        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = cache[args] = fn(*args)
            return result

        wrapper.cache = cache
        return wrapper

    return deco


@memoize(3)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


for n in [1, 2, 1, 3, 4, 2, 1]:
    print(n, "->", slow_square(n))
print(slow_square.cache, slow_square.__name__, slow_square.cache.hits, slow_square.cache.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)
c = LRUCache(2)
c["a"] = 1
try:
    c["zz"]
except KeyError as e:
    print("missing", e, repr(e), e.args)
print(list(c), len(c), c.get("q", "dflt"))


@functools.total_ordering
class Money:
    """Whole cents, so sums stay exact."""

    __slots__ = ("cents",)

    def __init__(self, value=0):
        if isinstance(value, Money):
            self.cents = value.cents
        elif isinstance(value, str):
            whole, _, frac = value.partition(".")
            sign = -1 if whole.startswith("-") else 1
            self.cents = int(whole) * 100 + sign * int((frac + "00")[:2])
        else:
            self.cents = int(value) * 100

    @classmethod
    def _of(cls, cents):
        m = cls()
        m.cents = cents
        return m

    def __add__(self, other):
        return Money._of(self.cents + Money(other).cents)

    __radd__ = __add__

    def __sub__(self, other):
        return Money._of(self.cents - Money(other).cents)

    def __eq__(self, other):
        return self.cents == Money(other).cents

    def __lt__(self, other):
        return self.cents < Money(other).cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money('{self}')"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)

    def __float__(self):
        return self.cents / 100

    def __round__(self, n=0):
        return round(float(self), n)


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount


class FrozenAccount(BankError):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance="0.00"):
        self.owner = owner
        self.balance = Money(balance)
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        amount = Money(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        amount = Money(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def __str__(self):
        return f"#{self.id} {self.owner:<6} {self.balance:>10.2f}"


@contextmanager
def transaction(*accounts):
    snapshot = [(a, a.balance, len(a.history)) for a in accounts]
    try:
        yield
    except BankError as e:
        for a, bal, n in snapshot:
            a.balance = bal
            del a.history[n:]
        print(f"  rolled back: {type(e).__name__}: {e}")
    else:
        print("  committed")


def transfer(src, dst, amount):
    with transaction(src, dst):
        src.withdraw(amount)
        dst.deposit(amount)


alice = Account("alice", "100.50")
bob = Account("bob")
transfer(alice, bob, "40.25")
transfer(bob, alice, "100")
bob.frozen = True
transfer(alice, bob, "10")
bob.frozen = False
for acct in (alice, bob):
    print(acct, acct.history)
try:
    alice.deposit("-5")
except ValueError as e:
    print("ValueError:", e)
try:
    try:
        bob.withdraw("1000")
    except InsufficientFunds as e:
        raise RuntimeError("audit failed") from e
except RuntimeError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__.amount)
total = sum((a.balance for a in (alice, bob)), Money(0))
print("total", total, f"{total:,.3f}", round(total, 1), total > 100, total <= Money('100.50'), sorted({total, Money(1), Money('0.5')}))
print(sorted([alice, bob], key=lambda a: a.balance)[0].owner)
print(isinstance(InsufficientFunds(alice, 1), BankError), InsufficientFunds.__mro__[1].__name__)
