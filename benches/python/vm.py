"""A small stack-based virtual machine written in Python, running a compiled toy program."""

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JMP, JZ, CALL, RET, PRINT, HALT, DUP, POP = range(16)


class Frame:
    __slots__ = ("ret", "locals")

    def __init__(self, ret, nlocals):
        self.ret = ret
        self.locals = [0] * nlocals


class VM:
    def __init__(self, code, functions):
        self.code = code
        self.functions = functions
        self.stack = []
        self.out = []
        self.steps = 0

    def run(self, entry):
        code = self.code
        stack = self.stack
        frames = [Frame(-1, 8)]
        pc = entry
        while True:
            op, arg = code[pc]
            pc += 1
            self.steps += 1
            if op == PUSH:
                stack.append(arg)
            elif op == LOAD:
                stack.append(frames[-1].locals[arg])
            elif op == STORE:
                frames[-1].locals[arg] = stack.pop()
            elif op == ADD:
                b = stack.pop()
                stack[-1] += b
            elif op == SUB:
                b = stack.pop()
                stack[-1] -= b
            elif op == MUL:
                b = stack.pop()
                stack[-1] *= b
            elif op == MOD:
                b = stack.pop()
                stack[-1] %= b
            elif op == LT:
                b = stack.pop()
                stack[-1] = 1 if stack[-1] < b else 0
            elif op == JMP:
                pc = arg
            elif op == JZ:
                if stack.pop() == 0:
                    pc = arg
            elif op == DUP:
                stack.append(stack[-1])
            elif op == POP:
                stack.pop()
            elif op == CALL:
                target, nargs = self.functions[arg]
                f = Frame(pc, 8)
                for i in range(nargs - 1, -1, -1):
                    f.locals[i] = stack.pop()
                frames.append(f)
                pc = target
            elif op == RET:
                f = frames.pop()
                pc = f.ret
            elif op == PRINT:
                self.out.append(stack.pop())
            elif op == HALT:
                return


class Assembler:
    def __init__(self):
        self.code = []
        self.labels = {}
        self.fixups = []

    def label(self, name):
        self.labels[name] = len(self.code)

    def emit(self, op, arg=0):
        if isinstance(arg, str):
            self.fixups.append((len(self.code), arg))
        self.code.append((op, arg))

    def finish(self):
        for pos, name in self.fixups:
            self.code[pos] = (self.code[pos][0], self.labels[name])
        return self.code


def build():
    a = Assembler()
    # main: for i in range(N): acc = (acc + gcd_steps(i, 7919)) % 1000003; print(acc)
    a.label("main")
    a.emit(PUSH, 0)
    a.emit(STORE, 0)           # i
    a.emit(PUSH, 0)
    a.emit(STORE, 1)           # acc
    a.label("loop")
    a.emit(LOAD, 0)
    a.emit(PUSH, 6000)
    a.emit(LT)
    a.emit(JZ, "end")
    a.emit(LOAD, 1)
    a.emit(LOAD, 0)
    a.emit(PUSH, 7919)
    a.emit(CALL, 0)
    a.emit(ADD)
    a.emit(PUSH, 1000003)
    a.emit(MOD)
    a.emit(STORE, 1)
    a.emit(LOAD, 0)
    a.emit(PUSH, 1)
    a.emit(ADD)
    a.emit(STORE, 0)
    a.emit(JMP, "loop")
    a.label("end")
    a.emit(LOAD, 1)
    a.emit(PRINT)
    a.emit(HALT)
    # gcd_steps(a, b): count subtraction-free Euclid steps plus a weighted sum
    a.label("gcd")
    a.emit(PUSH, 0)
    a.emit(STORE, 2)           # steps
    a.label("gloop")
    a.emit(LOAD, 1)
    a.emit(JZ, "gend")
    a.emit(LOAD, 0)
    a.emit(LOAD, 1)
    a.emit(MOD)
    a.emit(LOAD, 1)
    a.emit(STORE, 0)
    a.emit(STORE, 1)
    a.emit(LOAD, 2)
    a.emit(LOAD, 0)
    a.emit(ADD)
    a.emit(STORE, 2)
    a.emit(JMP, "gloop")
    a.label("gend")
    a.emit(LOAD, 2)
    a.emit(RET)
    code = a.finish()
    return code, a.labels


def main():
    code, labels = build()
    vm = VM(code, [(labels["gcd"], 2)])
    total = 0
    for rep in range(10):
        vm.out = []
        vm.run(labels["main"])
        total += vm.out[0]
    print("result:", vm.out, total)
    print("steps:", vm.steps, "stack left:", len(vm.stack))


main()
