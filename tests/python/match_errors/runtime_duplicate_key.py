# match: value patterns that evaluate to the same key raise ValueError at match time
class K:
    A = "k"
    B = "k"

match {"k": 1}:
    case {K.A: 1, K.B: 1}:
        print("matched")
