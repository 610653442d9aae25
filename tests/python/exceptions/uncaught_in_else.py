# an error in an else clause is not handled by that try's except clauses and has no context
def load(d):
    try:
        v = d["size"]
    except KeyError:
        print("no size")
        return 0
    else:
        print("size is", v)
        return 100 // v

print(load({}))
print(load({"size": 4}))
print(load({"size": 0}))
