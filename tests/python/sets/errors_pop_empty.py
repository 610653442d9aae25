# pop from an empty set: uncaught KeyError traceback.
s = {1}
print(s.pop())
s.pop()
