# typing introspection: get_type_hints evaluating string and postponed annotations, get_origin/get_args on builtin generics; os.path.ismount.
from __future__ import annotations
import typing, os
from typing import get_type_hints, get_origin, get_args, List, Optional
class Node:
    value: int
    next: Optional[Node] = None
def f(x: int, y: "List[Node]") -> dict[str, int]: ...
print(get_type_hints(f))
print(get_type_hints(Node))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(List[int]), get_args(Optional[int]), get_origin(int), get_args(int))
print(os.path.ismount("/"), os.path.ismount("/tmp/aud"), os.path.ismount("/nonexistent"))
