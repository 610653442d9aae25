# Comparison operators, chains, identity and membership.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print(1 == 1.0, 1 == 1.0 == True, 0 == False, 0.0 == False, 2 == True)
print(1 < 1.5 < 2, -0.0 == 0.0, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(10 ** 20 < 1e20 + 1, 10 ** 30 > 1e30, 10 ** 30 == 1e30)
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "B" < "a", "a" == "a")
print("a" != "b", "abc" >= "abc", "z" > "aaa")
n = None
t = True
one = 1
print(n is None, n is not None, t is True, one is not None, t is not False)
x = [1, 2]
y = x
z = [1, 2]
print(x == y, x is y, x == z, x is z, x is not z)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], 1.0 in [1, 2], True in [1])
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "" in "", "x" not in "abc")
print([1, 2] in [[1, 2], 3], [2] in [1, 2], None in [None], "a" in ["ab"])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [] < [0], [1, 2] == [1, 2.0])
a = 5
print(0 < a < 10, 0 < a < 5, a == 5 > 4, 4 < a == 5, 1 < a in [5])
print(True == 1, False < True, True > 0.5, t == one)
