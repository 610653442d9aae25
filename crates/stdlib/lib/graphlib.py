"""Topological sorting of a graph of hashable nodes (graphlib.TopologicalSorter): nodes come
out in the order they became ready, batch by batch, as in CPython."""

__all__ = ['TopologicalSorter', 'CycleError']

_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists one cycle."""


class _Node:
    __slots__ = ('node', 'waiting', 'successors')

    def __init__(self, node):
        self.node = node
        self.waiting = 0
        self.successors = []


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node with the given predecessors (all must be hashable)."""
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info.waiting += len(predecessors)
        for p in predecessors:
            self._info(p).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles."""
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [i.node for i in self._nodes.values() if i.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        out = tuple(self._ready)
        for node in out:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(out)
        return out

    def is_active(self):
        """Whether more progress can be made (nodes ready or passed out and not done)."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, releasing their successors."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if info.waiting != _PASSED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                raise ValueError(f'node {node!r} was already marked done')
            info.waiting = _DONE
            for s in info.successors:
                sinfo = self._nodes[s]
                sinfo.waiting -= 1
                if sinfo.waiting == 0:
                    self._ready.append(s)
            self._finished += 1

    def _find_cycle(self):
        """A cycle as a list of nodes ending where it starts, or None: depth-first along
        successors in insertion order, stopping at the first edge back into the path."""
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = [start]
            on_path = {start: 0}
            seen.add(start)
            iters = [iter(self._nodes[start].successors)]
            while iters:
                nxt = next(iters[-1], None)
                if nxt is None:
                    del on_path[path.pop()]
                    iters.pop()
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in seen:
                    continue
                seen.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(self._nodes[nxt].successors))
        return None

    def static_order(self):
        """Yield the nodes in a topological order (ready batch after ready batch)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)
