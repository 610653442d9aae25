"""complex ** x where the angle becomes infinite: CPython reports glibc's EDOM from cos/sin."""

cases = [
    (complex(1, -6.683000766025025e-309), float("-inf")),
    (complex(1, 1e-300), float("inf")),
    (complex(-2, 0.5), float("inf")),
    (complex(0.5, 0.5), complex(0, float("inf"))),
    (complex(1, 0), float("inf")),
    (complex(2, 0), float("-inf")),
    (complex(1, 2), 1e308),
]
for a, b in cases:
    try:
        print(a, b, a ** b)
    except Exception as e:
        print(a, b, type(e).__name__, e)
try:
    print(((-55422356549281795216688976710) ** (-2.12726521319961e-309)) ** float("-inf"))
except Exception as e:
    print(type(e).__name__, e)
