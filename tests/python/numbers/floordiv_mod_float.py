# Float floor division and modulo: signs, -0.0 results and mixed int/float.
pairs = [[7.5, 2], [-7.5, 2], [7.5, -2], [-7.5, -2], [7, 2.5], [-7, 2.5], [6.0, 3.0],
         [-6.0, 3.0], [6.0, -3.0], [0.0, 5.0], [-0.0, 5.0], [0.0, -5.0], [1e300, 1e-300]]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, sep="  ")
print(5.5 // 1, 5.5 % 1, -5.5 // 1, -5.5 % 1)
print(0.1 // 0.01, 0.1 % 0.01, 1.0 // 0.1, 1.0 % 0.1)
print(-1e-20 % 1.0, 1e-20 % -1.0, -1e-20 // 1.0, 1e-20 // -1.0)
print(3.0 % float("inf"), -3.0 % float("inf"), 3.0 // float("inf"), -3.0 // float("inf"))
print(float("inf") % 2.0, float("inf") // 2.0, float("nan") % 2.0)
print(2 ** 70 // 3.0, 2 ** 70 % 3.0, -2 ** 70 // 7.0)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0, 10 // -3.0, 10 % -3.0)
print(type(7 // 2), type(7.0 // 2), type(7 % 2.0), type(True // True))
