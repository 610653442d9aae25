# uncaught error through several functions, some with try/finally and non-matching handlers on the way
def parse_item(s):
    return int(s)

def parse_all(items):
    out = []
    i = 0
    while i < len(items):
        try:
            out.append(parse_item(items[i]))
        except KeyError:
            print("never: wrong handler type")
        i += 1
    return out

def load(items):
    try:
        return parse_all(items)
    finally:
        print("load cleanup for", len(items), "items")

def main():
    print(load(["1", "2"]))
    print(load(["3", "x4"]))

main()
