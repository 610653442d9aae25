# NameError for a misspelled global: CPython 3.11 appends a "Did you mean" hint.
counter = 10
print("counter is", counter)
counter += 1
def show():
    print("in show:", counter)
show()
limit = counter * 2
print("limit", limit)
print(countr)
print("not reached")
