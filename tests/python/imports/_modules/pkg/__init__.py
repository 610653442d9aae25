print("pkg init", __name__, __package__)
from . import a
from .a import greet
