# 'break' inside an except* clause is a compile-time SyntaxError.
print("never printed")
for i in range(3):
    try:
        pass
    except* ValueError:
        break
