"""N-body simulation of the outer planets: float arithmetic in tight loops (pairs of bodies)."""

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.pos = [x, y, z]
        self.vel = [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR]
        self.mass = mass * SOLAR_MASS


def make_system():
    sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body(4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
                   1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = Body(8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
                  -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = Body(1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
                  2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = Body(1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
                   2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vel[0] * b.mass
        py += b.vel[1] * b.mass
        pz += b.vel[2] * b.mass
    sun = bodies[0]
    sun.vel[0] = -px / SOLAR_MASS
    sun.vel[1] = -py / SOLAR_MASS
    sun.vel[2] = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        vx, vy, vz = b.vel
        e += 0.5 * b.mass * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b.pos[0] - c.pos[0]
            dy = b.pos[1] - c.pos[1]
            dz = b.pos[2] - c.pos[2]
            e -= (b.mass * c.mass) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            p1 = b1.pos
            p2 = b2.pos
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            v1 = b1.vel
            v2 = b2.vel
            v1[0] -= dx * m2
            v1[1] -= dy * m2
            v1[2] -= dz * m2
            v2[0] += dx * m1
            v2[1] += dy * m1
            v2[2] += dz * m1
        for b in bodies:
            p = b.pos
            v = b.vel
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def main():
    bodies = make_system()
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    offset_momentum(bodies)
    e0 = energy(bodies)
    advance(bodies, pairs, 0.01, 250000)
    e1 = energy(bodies)
    print("energy before: %.9f" % e0)
    print("energy after:  %.9f" % e1)


main()
