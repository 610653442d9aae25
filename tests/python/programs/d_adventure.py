"""A text adventure driven by a state machine, a command parser, and scripted input."""
import enum
import textwrap
from collections import defaultdict, deque


class State(enum.Enum):
    EXPLORING = "exploring"
    FIGHTING = "fighting"
    DEAD = "dead"
    WON = "won"


class GameError(Exception):
    """A command that cannot be carried out."""


class Room:
    def __init__(self, name, description, exits=None, items=(), monster=None):
        self.name = name
        self.description = description
        self.exits = dict(exits or {})
        self.items = list(items)
        self.monster = monster

    def describe(self):
        lines = [f"== {self.name} ==", textwrap.fill(self.description, 48)]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        if self.monster:
            lines.append(f"A {self.monster.name} blocks the way! (hp {self.monster.hp})")
        lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)


class Monster:
    def __init__(self, name, hp, damage, weakness):
        self.name, self.hp, self.damage, self.weakness = name, hp, damage, weakness

    def __repr__(self):
        return f"Monster({self.name!r}, hp={self.hp})"


class Player:
    def __init__(self):
        self.hp = 10
        self.inventory = []
        self.visited = set()
        self.moves = 0

    def __contains__(self, item):
        return item in self.inventory


def build_world():
    rooms = {
        "hall": Room("Great Hall", "A vast hall with banners. Dust dances in the light "
                     "falling through tall windows.", {"north": "library", "east": "armory"},
                     items=["torch"]),
        "library": Room("Library", "Shelves of crumbling books line the walls.",
                        {"south": "hall", "up": "tower"}, items=["scroll", "key"]),
        "armory": Room("Armory", "Racks of rusted weapons.", {"west": "hall", "down": "crypt"},
                       items=["sword"]),
        "crypt": Room("Crypt", "Cold stone coffins. Something moves in the dark.",
                      {"up": "armory"}, monster=Monster("ghoul", 6, 3, "torch")),
        "tower": Room("Tower", "Wind howls around the top of the tower. A locked chest "
                      "sits here.", {"down": "library"}, items=["chest"]),
    }
    return rooms


class Game:
    ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}

    def __init__(self):
        self.rooms = build_world()
        self.here = "hall"
        self.player = Player()
        self.state = State.EXPLORING
        self.log = defaultdict(int)
        self.handlers = {
            name[4:]: getattr(self, name) for name in dir(self) if name.startswith("cmd_")
        }

    @property
    def room(self):
        return self.rooms[self.here]

    def run(self, script):
        queue = deque(script)
        print(self.room.describe())
        while queue and self.state in (State.EXPLORING, State.FIGHTING):
            line = queue.popleft()
            print(f"> {line}")
            verb, _, arg = line.strip().lower().partition(" ")
            verb = self.ALIASES.get(verb, verb)
            if verb in ("north", "south", "east", "west", "up", "down"):
                verb, arg = "go", verb
            handler = self.handlers.get(verb)
            try:
                if handler is None:
                    raise GameError(f"I don't know how to {verb!r}.")
                if self.state is State.FIGHTING and verb not in ("attack", "use", "inventory"):
                    raise GameError("You can't do that while fighting!")
                handler(arg)
                self.log[verb] += 1
            except GameError as e:
                print(f"  {e}")
            self.player.moves += 1
        print(f"Game over: {self.state.value} after {self.player.moves} moves.")
        print("Commands used:", dict(sorted(self.log.items())))
        return self.state

    def cmd_go(self, direction):
        if direction not in self.room.exits:
            raise GameError(f"You can't go {direction or 'nowhere'}.")
        self.here = self.room.exits[direction]
        first = self.here not in self.player.visited
        self.player.visited.add(self.here)
        print(self.room.describe() if first else f"Back in the {self.room.name}.")
        if self.room.monster:
            self.state = State.FIGHTING

    def cmd_look(self, _):
        print(self.room.describe())

    def cmd_take(self, item):
        if item not in self.room.items or item == "chest":
            raise GameError(f"There is no {item} you can take here.")
        self.room.items.remove(item)
        self.player.inventory.append(item)
        print(f"  Taken: {item}.")

    def cmd_inventory(self, _):
        inv = self.player.inventory
        print("  You carry:", ", ".join(inv) if inv else "nothing", f"(hp {self.player.hp})")

    def cmd_attack(self, _):
        m = self.room.monster
        if m is None:
            raise GameError("There is nothing to attack.")
        hit = 4 if "sword" in self.player else 1
        m.hp -= hit
        print(f"  You hit the {m.name} for {hit}. {m!r}")
        if m.hp <= 0:
            print(f"  The {m.name} crumbles to dust.")
            self.room.monster = None
            self.state = State.EXPLORING
            self.room.items.append("gem")
            return
        self.player.hp -= m.damage
        print(f"  The {m.name} hits you for {m.damage}. hp={self.player.hp}")
        if self.player.hp <= 0:
            self.state = State.DEAD

    def cmd_use(self, item):
        if item not in self.player:
            raise GameError(f"You have no {item}.")
        m = self.room.monster
        if m and m.weakness == item:
            m.hp //= 2
            print(f"  The {m.name} recoils from the {item}! hp={m.hp}")
        elif item == "key" and self.here == "tower":
            if "gem" not in self.player:
                raise GameError("The chest has a gem-shaped hole.")
            print("  The chest opens. You found the crown!")
            self.state = State.WON
        else:
            raise GameError(f"Nothing happens when you use the {item}.")


script = [
    "look", "take torch", "take banner", "dance", "n", "take key", "take scroll",
    "u", "use key", "d", "s", "e", "take sword", "inventory", "d", "look",
    "use torch", "attack", "attack", "take gem", "u", "w", "n", "up", "use key", "look",
]
final = Game().run(script)
print(final, final is State.WON, State("dead"), list(State)[:2])
second = Game().run(["e", "d", "attack", "attack", "attack", "attack", "attack"])
print(second.name)
