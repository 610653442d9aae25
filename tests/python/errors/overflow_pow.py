# OverflowError from float ** (message is the errno tuple).
print(2.0 ** 1000, 2 ** 1000 > 0)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1080)
print(10.0 ** 308, 10.0 ** -330)
print(1e308 * 10, 2 ** 10000 % 7)
print(0.5 ** 10000, (-2.0) ** 3, 1.0 ** 10000)
big = 2 ** 10000
print(len(str(big)), big % 1000)
exponent = 10000
print("raising 2.0 to", exponent)
x = 2.0 ** 10000
