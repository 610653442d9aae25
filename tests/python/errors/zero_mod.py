# ZeroDivisionError from % in an expression statement spanning the whole line
# (binary-operator anchors are still drawn even though the expression is the whole line).
values = [7, 3, 0]
for v in values:
    print(100, v, sep=" mod ")
print(100 % 7, -100 % 7, 100 % -7, -100 % -7)
print(0 % 5, 5 % 5, 2 ** 70 % 9)
n = 100
n % values[0]
print("bare expression statements are evaluated")
n % values[2]
