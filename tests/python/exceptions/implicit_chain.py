# implicit chaining: an exception raised while handling another prints both with
# "During handling of the above exception, another exception occurred:"
def cleanup(items):
    print("cleaning", len(items), "items")
    return items[10]

def process(items):
    try:
        return items[0] // 0
    except ZeroDivisionError:
        print("handling division error")
        cleanup(items)

print("start")
try:
    process([1, 2])
except IndexError as e:
    print("caught the second one:", e)
process([5])
