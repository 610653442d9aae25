from ..a import greet as g2
X = g2("sub")
