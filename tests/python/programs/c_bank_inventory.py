"""An OOP simulation of a small shop: accounts with overdraft rules, an inventory with
reorder points, orders that move money and stock, and an audit log. Exercises classes with
inheritance, properties, class methods, __repr__/__eq__/__lt__, custom exceptions, and
sorting by keys."""

from collections import defaultdict


class ShopError(Exception):
    pass


class InsufficientFunds(ShopError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class OutOfStock(ShopError):
    pass


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = round(balance, 2)
        self.history = []

    @property
    def balance(self):
        return self._balance

    def limit(self):
        return 0.0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance = round(self._balance + amount, 2)
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if self._balance - amount < -self.limit():
            raise InsufficientFunds(self, amount)
        self._balance = round(self._balance - amount, 2)
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:.2f})"

    def __lt__(self, other):
        return (self._balance, self.owner) < (other._balance, other.owner)


class CreditAccount(Account):
    def __init__(self, owner, balance=0.0, credit=100.0):
        super().__init__(owner, balance)
        self.credit = credit

    def limit(self):
        return self.credit


class Item:
    def __init__(self, sku, name, price, stock, reorder_at=2):
        self.sku, self.name, self.price = sku, name, price
        self.stock, self.reorder_at = stock, reorder_at

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"<{self.sku} {self.name} x{self.stock} @ {self.price:.2f}>"


class Inventory:
    def __init__(self):
        self.items = {}
        self.reorders = []

    @classmethod
    def from_rows(cls, rows):
        inv = cls()
        for sku, name, price, stock in rows:
            inv.items[sku] = Item(sku, name, price, stock)
        return inv

    def take(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.stock < qty:
            raise OutOfStock(f"only {item.stock} of {item.name} left, wanted {qty}")
        item.stock -= qty
        if item.stock <= item.reorder_at and sku not in self.reorders:
            self.reorders.append(sku)
        return item

    def value(self):
        return sum(i.price * i.stock for i in self.items.values())


class Shop:
    def __init__(self, inventory):
        self.inventory = inventory
        self.log = []
        self.revenue = defaultdict(float)

    def order(self, account, lines):
        total = 0.0
        taken = []
        try:
            for sku, qty in lines:
                item = self.inventory.take(sku, qty)
                taken.append((item, qty))
                total += item.price * qty
            account.withdraw(round(total, 2))
        except ShopError as e:
            for item, qty in taken:
                item.stock += qty
            self.log.append(("failed", account.owner, str(e)))
            return False
        except KeyError as e:
            for item, qty in taken:
                item.stock += qty
            self.log.append(("failed", account.owner, f"unknown sku {e}"))
            return False
        for item, qty in taken:
            self.revenue[item.name] += item.price * qty
        self.log.append(("ok", account.owner, f"{total:.2f}"))
        return True


inv = Inventory.from_rows([
    ("A1", "widget", 2.50, 10), ("B2", "gadget", 12.00, 4), ("C3", "doohickey", 0.75, 40),
    ("D4", "gizmo", 99.99, 1),
])
shop = Shop(inv)
people = [Account("ann", 50), CreditAccount("bob", 10, credit=120), Account("cy", 5),
          CreditAccount("dee", 0)]
orders = [
    (0, [("A1", 4), ("C3", 10)]), (1, [("D4", 1)]), (2, [("B2", 1)]), (3, [("C3", 30)]),
    (0, [("B2", 3)]), (1, [("A1", 7)]), (2, [("Z9", 1)]), (3, [("A1", 2), ("B2", 1)]),
    (0, [("C3", 1)]),
]
for who, lines in orders:
    ok = shop.order(people[who], lines)
    print(f"{people[who].owner:>4} {'ok' if ok else 'FAILED':6} {lines}")
people[2].deposit(20)
print(shop.order(people[2], [("A1", 2)]))
for status, owner, detail in shop.log:
    print(f"{status:6} {owner:4} {detail}")
print("accounts by balance:", sorted(people))
print("richest:", max(people, key=lambda a: a.balance).owner)
print("inventory:", sorted(inv.items.values(), key=lambda i: (-i.stock, i.sku)))
print("reorder:", inv.reorders, f"stock value {inv.value():.2f}")
for name, amount in sorted(shop.revenue.items(), key=lambda kv: -kv[1]):
    print(f"  {name:<10}{amount:>8.2f}")
print("history of bob:", people[1].history)
try:
    people[0].deposit(-5)
except ValueError as e:
    print("error:", e)
print(isinstance(people[1], Account), issubclass(InsufficientFunds, ShopError), Item("A1", "", 0, 0) in inv.items.values())
