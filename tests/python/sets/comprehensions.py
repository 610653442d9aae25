# Set comprehensions and displays add elements one by one.
print({x * x for x in range(10)})
print({x % 7 for x in range(50)})
print({c for c in 'abracadabra'})
print({(x, y) for x in range(3) for y in range(2)})
print({n for n in range(100) if n % 11 == 0})
print({*range(5), 100, *'ab'})
