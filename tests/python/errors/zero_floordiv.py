# ZeroDivisionError from // inside a function, called from a print() at module level.
def halve_by(n, d):
    print("halve_by", n, d)
    return n // d

print(halve_by(9, 2), halve_by(-9, 2))
print(halve_by(9, -2), halve_by(-9, -2))
print(halve_by(2 ** 70, 3))
print(halve_by(0, 5))
print(halve_by(2 ** 70, 0))
print("not reached")
