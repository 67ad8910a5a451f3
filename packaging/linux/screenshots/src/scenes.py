#!/usr/bin/env python3
"""Draws the illustrations used by the store screenshots' sample feed.

Every picture is an illustration (flat shapes, gradients), not a photograph: the sample
articles only show how the reader presents an article with its images. The drawings are
deterministic (seeded), so the screenshots come out the same on every run.

Usage: scenes.py OUT_DIR   writes OUT_DIR/<name>.svg for every scene below.
"""

import math
import os
import random
import sys

W, H = 1200, 700


# ---------------------------------------------------------------- helpers


def hexrgb(c):
    c = c.lstrip("#")
    return tuple(int(c[i:i + 2], 16) for i in (0, 2, 4))


def mix(a, b, t):
    ra, ga, ba = hexrgb(a)
    rb, gb, bb = hexrgb(b)
    return "#%02x%02x%02x" % (round(ra + (rb - ra) * t), round(ga + (gb - ga) * t),
                              round(ba + (bb - ba) * t))


def f(v):
    """Short number text."""
    return ("%.1f" % v).rstrip("0").rstrip(".")


class Svg:
    def __init__(self, name):
        self.name = name
        self.defs = []
        self.body = []
        self.ids = 0

    def uid(self, prefix="d"):
        self.ids += 1
        return "%s%d" % (prefix, self.ids)

    def add(self, text):
        self.body.append(text)

    def lin(self, stops, x1=0, y1=0, x2=0, y2=1, units=None):
        gid = self.uid("g")
        u = ' gradientUnits="userSpaceOnUse"' if units else ""
        s = "".join('<stop offset="%s" stop-color="%s"%s/>' %
                    (f(o), c, (' stop-opacity="%s"' % f(a)) if a is not None else "")
                    for o, c, a in [(st + (None,))[:3] for st in stops])
        self.defs.append('<linearGradient id="%s" x1="%s" y1="%s" x2="%s" y2="%s"%s>%s</linearGradient>'
                         % (gid, f(x1), f(y1), f(x2), f(y2), u, s))
        return "url(#%s)" % gid

    def rad(self, stops, cx, cy, r, units=True):
        gid = self.uid("r")
        s = "".join('<stop offset="%s" stop-color="%s"%s/>' %
                    (f(o), c, (' stop-opacity="%s"' % f(a)) if a is not None else "")
                    for o, c, a in [(st + (None,))[:3] for st in stops])
        self.defs.append('<radialGradient id="%s" cx="%s" cy="%s" r="%s"%s>%s</radialGradient>'
                         % (gid, f(cx), f(cy), f(r),
                            ' gradientUnits="userSpaceOnUse"' if units else "", s))
        return "url(#%s)" % gid

    def blur(self, sd):
        fid = self.uid("b")
        self.defs.append('<filter id="%s" x="-20%%" y="-20%%" width="140%%" height="140%%">'
                         '<feGaussianBlur stdDeviation="%s"/></filter>' % (fid, f(sd)))
        return "url(#%s)" % fid

    def clip(self, shape):
        cid = self.uid("c")
        self.defs.append('<clipPath id="%s">%s</clipPath>' % (cid, shape))
        return "url(#%s)" % cid

    def rect(self, x, y, w, h, fill, extra=""):
        self.add('<rect x="%s" y="%s" width="%s" height="%s" fill="%s"%s/>'
                 % (f(x), f(y), f(w), f(h), fill, extra))

    def circle(self, cx, cy, r, fill, extra=""):
        self.add('<circle cx="%s" cy="%s" r="%s" fill="%s"%s/>' % (f(cx), f(cy), f(r), fill, extra))

    def ellipse(self, cx, cy, rx, ry, fill, extra=""):
        self.add('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s"%s/>'
                 % (f(cx), f(cy), f(rx), f(ry), fill, extra))

    def path(self, d, fill, extra=""):
        self.add('<path d="%s" fill="%s"%s/>' % (d, fill, extra))

    def poly(self, pts, fill, extra=""):
        self.add('<path d="%s" fill="%s"%s/>' % (polyd(pts), fill, extra))

    def line(self, x1, y1, x2, y2, stroke, width, extra=""):
        self.add('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"%s/>'
                 % (f(x1), f(y1), f(x2), f(y2), stroke, f(width), extra))

    def group(self, extra=""):
        self.add("<g%s>" % extra)

    def end(self):
        self.add("</g>")

    def text(self):
        return ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                'width="%d" height="%d" viewBox="0 0 %d %d">\n<defs>%s</defs>\n%s\n</svg>\n'
                % (W, H, W, H, "\n".join(self.defs), "\n".join(self.body)))


def polyd(pts, close=True):
    d = "M" + " L".join("%s,%s" % (f(x), f(y)) for x, y in pts)
    return d + (" Z" if close else "")


def smoothd(pts, close=True):
    """A smooth path through the points (Catmull-Rom as cubic Beziers)."""
    d = "M%s,%s" % (f(pts[0][0]), f(pts[0][1]))
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d += " C%s,%s %s,%s %s,%s" % (f(c1[0]), f(c1[1]), f(c2[0]), f(c2[1]), f(p2[0]), f(p2[1]))
    return d + (" Z" if close else "")


def noise1d(rng, octaves):
    """A smooth 1-D function: a sum of sines with random phases. octaves = [(period, amp)]."""
    waves = [(2 * math.pi / p, a, rng.uniform(0, 2 * math.pi)) for p, a in octaves]
    return lambda x: sum(a * math.sin(k * x + ph) for k, a, ph in waves)


def ridge(svg, rng, y0, amp, fill, octaves=((420, 1.0), (170, 0.45), (60, 0.15)), x0=-20,
          x1=W + 20, bottom=H, extra="", step=10):
    n = noise1d(rng, octaves)
    pts = [(x0, bottom)] + [(x, y0 - amp * n(x)) for x in range(x0, x1 + step, step)] + [(x1, bottom)]
    svg.path(smoothd(pts), fill, extra)
    return lambda x: y0 - amp * n(x)


def windows(svg, rng, x, y, w, h, cw, ch, gx, gy, lit, dark, p, margin=None):
    """A grid of windows on a facade: lit ones in one of the `lit` colours."""
    mx = margin if margin is not None else gx
    cols = max(1, int((w - 2 * mx + gx) // (cw + gx)))
    rows = max(1, int((h - 2 * gy + gy) // (ch + gy)))
    ox = x + (w - (cols * (cw + gx) - gx)) / 2
    out = []
    for r in range(rows):
        # whole floors tend to be lit or dark together, as in real towers at dusk
        floor_p = p * rng.choice((0.3, 1.0, 1.0, 1.6))
        for c in range(cols):
            wx = ox + c * (cw + gx)
            wy = y + gy + r * (ch + gy)
            if wy + ch > y + h - 2:
                break
            col = rng.choice(lit) if rng.random() < floor_p else dark
            if col:
                out.append('<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>'
                           % (f(wx), f(wy), f(cw), f(ch), col))
    svg.add("".join(out))


def tower(svg, rng, x, base, w, h, facade, lit, dark, p, top="flat", win=(4, 6, 4, 5), side=None):
    """A tower block with its windows; `top` is flat, spire, step, slant or crown."""
    y = base - h
    if top == "step":
        svg.rect(x + w * 0.18, y - h * 0.08, w * 0.64, h * 0.08 + 1, facade)
    elif top == "spire":
        svg.poly([(x + w * 0.3, y), (x + w * 0.5, y - h * 0.16), (x + w * 0.7, y)], facade)
        svg.line(x + w * 0.5, y - h * 0.16, x + w * 0.5, y - h * 0.26, facade, 2)
    elif top == "slant":
        svg.poly([(x, y), (x + w, y - w * 0.45), (x + w, y)], facade)
    elif top == "crown":
        svg.poly([(x + w * 0.1, y), (x + w * 0.5, y - w * 0.5), (x + w * 0.9, y)], facade)
    svg.rect(x, y, w, h + 1, facade)
    if side:
        svg.rect(x + w * 0.72, y, w * 0.28, h + 1, side)
    cw, ch, gx, gy = win
    windows(svg, rng, x, y, w, h, cw, ch, gx, gy, lit, dark, p)


def skyline(svg, rng, x0, x1, base, hmin, hmax, facades, lit, dark, p, win=(4, 6, 4, 5),
            wmin=26, wmax=60, gap=(-6, 8), tops=("flat", "flat", "step", "spire", "slant"),
            tall=None):
    x = x0
    while x < x1:
        w = rng.uniform(wmin, wmax)
        h = rng.uniform(hmin, hmax)
        if tall:
            h *= tall(x + w / 2)
        tower(svg, rng, x, base, w, h, rng.choice(facades), lit, dark, p, rng.choice(tops), win)
        x += w + rng.uniform(*gap)


def stars(svg, rng, n, y1, colour="#ffffff"):
    out = []
    for _ in range(n):
        out.append('<circle cx="%s" cy="%s" r="%s" fill="%s" opacity="%s"/>'
                   % (f(rng.uniform(0, W)), f(rng.uniform(0, y1) ** 1.0), f(rng.uniform(0.6, 1.6)),
                      colour, f(rng.uniform(0.3, 0.9))))
    svg.add("".join(out))


def shimmer(svg, rng, y0, y1, n, colours, xrange=(0, W), wmax=60, opacity=(0.25, 0.7)):
    """Short, broken highlights on water (horizontal dashes of varying length)."""
    out = []
    for _ in range(n):
        y = rng.uniform(y0, y1)
        t = (y - y0) / max(1, y1 - y0)
        w = rng.uniform(6, wmax) * (0.6 + t)
        x = rng.uniform(*xrange)
        out.append('<rect x="%s" y="%s" width="%s" height="%s" rx="1" fill="%s" opacity="%s"/>'
                   % (f(x), f(y), f(w), f(1 + 2 * t), rng.choice(colours), f(rng.uniform(*opacity))))
    svg.add("".join(out))


def reflect(svg, group_id, waterline, y0, y1, opacity, blur):
    """The mirror image of <g id=group_id> below the waterline, softened."""
    clip = svg.clip('<rect x="0" y="%s" width="%d" height="%s"/>' % (f(y0), W, f(y1 - y0)))
    svg.add('<g clip-path="%s" opacity="%s"><use xlink:href="#%s" transform="matrix(1 0 0 -1 0 %s)" filter="%s"/></g>'
            % (clip, f(opacity), group_id, f(2 * waterline), svg.blur(blur)))


def cloud(svg, cx, cy, s, fill, opacity=0.9):
    svg.group(' opacity="%s"' % f(opacity))
    for dx, dy, r in ((-1.1, 0.2, 0.55), (-0.45, -0.25, 0.75), (0.35, -0.1, 0.65), (1.0, 0.25, 0.5)):
        svg.circle(cx + dx * s, cy + dy * s, r * s, fill)
    svg.rect(cx - 1.5 * s, cy + 0.2 * s, 3.0 * s, 0.55 * s, fill, ' rx="%s"' % f(0.27 * s))
    svg.end()


def tree(svg, x, y, r, fill, shade, trunk="#5b4636"):
    svg.rect(x - r * 0.08, y - r * 0.2, r * 0.16, r * 0.9, trunk)
    svg.circle(x, y - r * 0.6, r, fill)
    svg.circle(x + r * 0.35, y - r * 0.45, r * 0.7, shade)
    svg.circle(x - r * 0.25, y - r * 0.85, r * 0.55, fill)


# ---------------------------------------------------------------- scenes

WARM = ("#ffd27a", "#ffe3a3", "#f8b45c", "#ffc86b", "#fff0c8")
COOL = ("#cfe6ff", "#a9d2ff", "#fff4d6")


def skyline_dusk():
    """The peninsula at the meeting of the two rivers, at dusk."""
    svg, rng = Svg("skyline-dusk"), random.Random(11)
    horizon = 468
    svg.rect(0, 0, W, H, svg.lin([(0, "#1e2452"), (0.34, "#53407a"), (0.6, "#c96f78"),
                                   (0.8, "#f2a57a"), (1, "#ffd7a1")], y2=horizon, units=True))
    svg.circle(1070, 420, 330, svg.rad([(0, "#ffe2ab", 0.75), (0.4, "#ffc48f", 0.25),
                                         (1, "#ffb080", 0)], 1070, 420, 330))
    svg.circle(1075, 384, 38, "#fff3cf")
    cloud(svg, 250, 150, 38, "#f6a38a", 0.35)
    cloud(svg, 1010, 210, 30, "#f7b28b", 0.35)
    cloud(svg, 640, 95, 26, "#c98a9c", 0.3)
    ridge(svg, rng, 380, 40, "#b07a8c", bottom=horizon + 2, extra=' opacity="0.75"')
    ridge(svg, rng, 425, 30, "#7d5a7d", bottom=horizon + 2)
    svg.group(' id="city"')
    # distant towers across the river, then the peninsula's towers
    skyline(svg, rng, -10, 930, horizon, 30, 90, ("#4a3a63", "#523f6b"), WARM, "#5a4872", 0.16,
            win=(3, 4, 3, 4), wmin=18, wmax=40, gap=(-2, 14))
    peak = lambda x: 0.45 + 0.75 * math.exp(-((x - 500) / 280) ** 2)
    skyline(svg, rng, 90, 960, horizon, 120, 330, ("#2a2343", "#31284c", "#2d2547", "#372c52"),
            WARM, "#3d3359", 0.32, win=(4, 6, 4, 6), wmin=30, wmax=64, tall=peak)
    svg.poly([(30, horizon + 14), (110, horizon - 2), (990, horizon - 2), (1060, horizon + 14)],
             "#221c37")
    svg.end()
    svg.rect(0, horizon + 10, W, H - horizon - 10,
             svg.lin([(0, "#e7987a"), (0.25, "#a86a7c"), (1, "#26244d")]))
    reflect(svg, "city", horizon + 10, horizon + 10, H, 0.5, 3)
    # the sun's path on the water
    for i in range(26):
        y = horizon + 16 + i * i * 0.33
        w = 70 - i * 1.6 + rng.uniform(-14, 14)
        svg.rect(1070 - w / 2 + rng.uniform(-8, 8), y, w, 2 + i * 0.12, "#ffe1a8",
                 ' rx="1" opacity="%s"' % f(0.75 - i * 0.02))
    shimmer(svg, rng, horizon + 16, H, 120, ("#ffd9a8", "#f3b18f", "#c99ab6"), wmax=50,
            opacity=(0.15, 0.45))
    # embankment lights and a river boat
    for x in range(120, 990, 14):
        svg.circle(x, horizon + 6, 1.6, "#ffe7ad")
    boat(svg, 300, 600, 1.0, "#2b2340", "#ffd98f")
    boat(svg, 760, 540, 0.55, "#2b2340", "#ffd98f")
    return svg


def boat(svg, x, y, s, hull, light):
    svg.path("M%s,%s L%s,%s L%s,%s L%s,%s Z" % (f(x - 90 * s), f(y), f(x + 100 * s), f(y),
                                                f(x + 80 * s), f(y + 16 * s), f(x - 80 * s), f(y + 16 * s)),
             hull)
    svg.rect(x - 70 * s, y - 20 * s, 140 * s, 20 * s, hull, ' rx="%s"' % f(3 * s))
    svg.rect(x - 45 * s, y - 36 * s, 90 * s, 16 * s, hull, ' rx="%s"' % f(3 * s))
    for i in range(9):
        svg.rect(x - 62 * s + i * 14.5 * s, y - 15 * s, 9 * s, 7 * s, light)
    for i in range(5):
        svg.rect(x - 38 * s + i * 16 * s, y - 32 * s, 10 * s, 7 * s, light)
    svg.ellipse(x + 4 * s, y + 22 * s, 110 * s, 5 * s, light, ' opacity="0.18"')


def cableway():
    """A red cable car crossing the Yangtze in the late afternoon."""
    svg, rng = Svg("cableway"), random.Random(23)
    svg.rect(0, 0, W, H, svg.lin([(0, "#7db6e3"), (0.6, "#cfe1ea"), (1, "#f6dcb8")], y2=380,
                                  units=True))
    cloud(svg, 210, 110, 40, "#ffffff", 0.8)
    cloud(svg, 760, 70, 30, "#ffffff", 0.7)
    cloud(svg, 1050, 150, 24, "#ffffff", 0.6)
    ridge(svg, rng, 250, 40, "#a9bfd3", bottom=400)
    ridge(svg, rng, 290, 30, "#8ea9c2", bottom=400)
    # far bank: the city climbing the hill
    hill = ridge(svg, rng, 330, 25, "#7f93a6", bottom=400)
    day = ("#dfe8f0", "#f4efe4", "#c7d6e4")
    skyline(svg, rng, -10, W + 10, 370, 30, 150, ("#c9c3bb", "#d9d1c4", "#b9bfc7", "#e3dacb", "#a9b4c0"),
            day, "#8797a8", 0.25, win=(3, 4, 4, 5), wmin=22, wmax=46, gap=(-4, 6),
            tall=lambda x: 0.5 + 0.9 * math.exp(-((x - 420) / 260) ** 2))
    svg.rect(0, 365, W, 20, "#6f7f8c")
    # the river
    svg.rect(0, 380, W, H - 380, svg.lin([(0, "#9ab9c3"), (0.4, "#6e98a6"), (1, "#4e7586")]))
    shimmer(svg, rng, 388, H, 140, ("#e3f0f2", "#c5dde2", "#ffffff"), wmax=44, opacity=(0.2, 0.5))
    boat(svg, 840, 470, 0.5, "#f4f1ea", "#5f7c93")
    svg.path("M740,482 Q820,490 930,480", "none", ' stroke="#ffffff" stroke-width="2" opacity="0.5"')
    # near bank at the bottom right, with the lower station
    svg.path(smoothd([(620, H), (760, 640), (900, 600), (1040, 560), (1210, 520), (1210, H)]),
             "#556b58")
    svg.path(smoothd([(760, H), (880, 660), (1010, 630), (1210, 600), (1210, H)]), "#46604c")
    for i, (tx, ty) in enumerate(((790, 668), (850, 640), (930, 625), (990, 606), (1160, 560))):
        tree(svg, tx, ty, 20 + (i % 3) * 4, "#5f8a5a", "#4d7449")
    svg.rect(1060, 470, 140, 80, "#e9e3d8")
    svg.rect(1050, 460, 160, 14, "#a8493c")
    svg.rect(1075, 490, 110, 26, "#5b6f80")
    # upper station on the far bank
    svg.rect(40, 300, 90, 60, "#ece6dc")
    svg.rect(32, 292, 106, 12, "#a8493c")
    svg.rect(52, 316, 66, 18, "#5b6f80")

    def cable(y_off, x_off):
        a, b = (120 + x_off, 318 + y_off), (1070 + x_off, 486 + y_off)
        c = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 70)
        svg.path("M%s,%s Q%s,%s %s,%s" % (f(a[0]), f(a[1]), f(c[0]), f(c[1]), f(b[0]), f(b[1])),
                 "none", ' stroke="#3c4650" stroke-width="1.6"')
        return lambda t: ((1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t * t * b[0],
                          (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t * t * b[1])

    for k in range(2):
        cable(k * 5, 0)
    at1 = cable(24, 10)
    cable(29, 10)

    def cabin(x, y, s):
        svg.line(x, y, x, y + 40 * s, "#3c4650", 2.2 * s)
        svg.rect(x - 6 * s, y - 3 * s, 12 * s, 6 * s, "#3c4650", ' rx="2"')
        svg.rect(x - 46 * s, y + 38 * s, 92 * s, 10 * s, "#8e2a22", ' rx="%s"' % f(4 * s))
        svg.rect(x - 50 * s, y + 46 * s, 100 * s, 58 * s, "#c93a2e", ' rx="%s"' % f(8 * s))
        for i in range(4):
            svg.rect(x - 42 * s + i * 22 * s, y + 54 * s, 17 * s, 22 * s, "#bfe0ee", ' rx="2"')
            svg.rect(x - 42 * s + i * 22 * s, y + 54 * s, 17 * s, 8 * s, "#e6f4fa", ' rx="2" opacity="0.6"')
        svg.rect(x - 50 * s, y + 84 * s, 100 * s, 6 * s, "#ffffff", ' opacity="0.85"')
        svg.rect(x - 50 * s, y + 96 * s, 100 * s, 8 * s, "#9b2c23", ' rx="%s"' % f(4 * s))

    x2, y2 = at1(0.2)
    cabin(x2, y2, 0.65)
    x, y = at1(0.6)
    cabin(x, y, 1.3)
    return svg


def bridge_night():
    """An arch bridge over the river at night."""
    svg, rng = Svg("bridge-night"), random.Random(5)
    water = 470
    svg.rect(0, 0, W, H, svg.lin([(0, "#0a1230"), (0.6, "#1b2c5c"), (1, "#3e4f86")], y2=water,
                                  units=True))
    stars(svg, rng, 140, 300)
    svg.circle(1040, 110, 34, "#f6f0d8")
    svg.circle(1040, 110, 120, svg.rad([(0, "#f6f0d8", 0.35), (1, "#f6f0d8", 0)], 1040, 110, 120))
    svg.group(' id="scene"')
    ridge(svg, rng, 400, 26, "#18234a", bottom=water + 2)
    skyline(svg, rng, -10, W + 10, water, 40, 170, ("#141c3c", "#182246", "#1a1f3f"),
            WARM + COOL, "#222b52", 0.3, win=(3, 5, 4, 5), wmin=22, wmax=52, gap=(-4, 10))
    svg.rect(0, water - 8, W, 10, "#10162e")
    # the arch: a steel truss drawn as two curves with lights
    x0, x1, top, deck = 110, 1090, 215, 428
    def arch(t, lift):
        x = x0 + (x1 - x0) * t
        return x, deck + 30 - (deck + 30 - top - lift) * math.sin(math.pi * t) ** 0.8
    outer = [arch(i / 60, 0) for i in range(61)]
    inner = [arch(i / 60, -34) for i in range(61)]
    svg.path(polyd(outer + inner[::-1]), "#2d4170")
    svg.path(polyd(outer, False), "none", ' stroke="#8fb3e8" stroke-width="3"')
    svg.path(polyd(inner, False), "none", ' stroke="#6f92cc" stroke-width="2"')
    for i in range(1, 60):
        a, b = outer[i], inner[i + (1 if i % 2 else -1)]
        svg.line(a[0], a[1], b[0], b[1], "#5d7fb8", 1.4)
    for i in range(0, 61, 2):
        x, y = outer[i]
        svg.circle(x, y, 2.6, "#ffe3a0")
        svg.circle(x, y, 8, "#ffd27a", ' opacity="0.25"')
    for i in range(4, 57, 3):
        x, y = inner[i]
        if y < deck:
            svg.line(x, y, x, deck, "#7c98c8", 1.2)
    svg.rect(60, deck, 1080, 12, "#34476f")
    svg.rect(60, deck - 4, 1080, 4, "#8fb3e8")
    for x in range(70, 1140, 16):
        svg.circle(x, deck - 6, 1.8, "#fff0c0")
    for x in (250, 950):
        svg.rect(x - 14, deck + 12, 28, water - deck - 12, "#1b2545")
    # traffic light trails on the deck
    svg.rect(60, deck + 3, 1080, 2, "#ff9a6a", ' opacity="0.8"')
    svg.rect(60, deck + 7, 1080, 2, "#fff4d0", ' opacity="0.7"')
    svg.end()
    svg.rect(0, water, W, H - water, svg.lin([(0, "#22305e"), (1, "#080f26")]))
    reflect(svg, "scene", water, water, H, 0.45, 4)
    shimmer(svg, rng, water + 4, H, 160, ("#ffd98a", "#ffe9b8", "#9fc0f0"), wmax=36,
            opacity=(0.2, 0.6))
    return svg


def hotpot():
    """A split (yuanyang) hotpot seen from above, with plates around it."""
    svg, rng = Svg("hotpot"), random.Random(8)
    svg.rect(0, 0, W, H, "#7a4a30")
    out = []
    for i in range(46):
        y = i * 16 + rng.uniform(-5, 5)
        n = noise1d(rng, ((500, 6), (140, 2)))
        out.append('<path d="%s" fill="none" stroke="%s" stroke-width="%s" opacity="0.16"/>'
                   % (smoothd([(x, y + n(x)) for x in range(-20, W + 40, 40)], False),
                      rng.choice(("#4f2c1a", "#a26a45")), f(rng.uniform(1, 3))))
    svg.add("".join(out))
    svg.rect(0, 0, W, H, svg.rad([(0, "#000000", 0), (0.7, "#000000", 0.1), (1, "#000000", 0.4)],
                                  600, 350, 760))

    def plate(cx, cy, r):
        svg.circle(cx + 6, cy + 10, r, "#000000", ' opacity="0.25" filter="%s"' % svg.blur(8))
        svg.circle(cx, cy, r, "#f4f1ea")
        svg.circle(cx, cy, r * 0.8, "#e8e3d9")
        svg.circle(cx, cy, r * 0.78, "#f7f4ee")

    # sliced beef, top left
    plate(170, 150, 150)
    for row, (ry, n) in enumerate(((105, 4), (150, 5), (198, 4))):
        for i in range(n):
            x, y = 170 - (n - 1) * 22 + i * 44, ry + rng.uniform(-4, 4)
            rot = rng.uniform(-25, 25)
            svg.add('<g transform="rotate(%s %s %s)">'
                    '<ellipse cx="%s" cy="%s" rx="30" ry="38" fill="#b83a4b" stroke="#f1cfc9" stroke-width="3"/>'
                    '<path d="M%s,%s q12,8 6,26 M%s,%s q-10,10 -2,22" fill="none" stroke="#f3d9d6" stroke-width="2.5" opacity="0.75"/>'
                    '<ellipse cx="%s" cy="%s" rx="12" ry="16" fill="#d35d6c" opacity="0.6"/></g>'
                    % (f(rot), f(x), f(y), f(x), f(y), f(x - 8), f(y - 24), f(x + 10), f(y - 4),
                       f(x - 6), f(y - 8)))
    # greens, top right
    plate(1060, 130, 140)
    for i in range(11):
        a = rng.uniform(0, 6.28)
        x, y = 1060 + math.cos(a) * rng.uniform(0, 60), 130 + math.sin(a) * rng.uniform(0, 55)
        svg.ellipse(x, y, 50, 24, rng.choice(("#6aa84f", "#82bd5a", "#4f8f3a")),
                    ' transform="rotate(%s %s %s)"' % (f(rng.uniform(0, 180)), f(x), f(y)))
        svg.line(x - 30, y, x + 30, y, "#c5e3a6", 2, ' transform="rotate(%s %s %s)" opacity="0.7"'
                 % (f(rng.uniform(0, 180)), f(x), f(y)))
    # tofu and mushrooms, bottom left
    plate(150, 600, 130)
    for i in range(7):
        x, y = 110 + (i % 3) * 44 + rng.uniform(-4, 4), 560 + (i // 3) * 44
        svg.rect(x, y, 36, 36, "#f6ecd0", ' rx="4" transform="rotate(%s %s %s)"'
                 % (f(rng.uniform(-12, 12)), f(x + 18), f(y + 18)))
        svg.rect(x + 4, y + 4, 28, 10, "#fffaf0", ' rx="3" opacity="0.8"')
    # dipping bowls, bottom right
    for cx, cy, oil in ((1000, 610, "#b5782c"), (1120, 560, "#d8b46a")):
        svg.circle(cx + 4, cy + 8, 56, "#000000", ' opacity="0.25" filter="%s"' % svg.blur(6))
        svg.circle(cx, cy, 56, "#f4f1ea")
        svg.circle(cx, cy, 44, oil)
        for _ in range(14):
            svg.circle(cx + rng.uniform(-28, 28), cy + rng.uniform(-28, 28), rng.uniform(2, 4),
                       rng.choice(("#f5f0dc", "#7fb35a", "#e8dcc0")))
    # chopsticks
    for dx in (0, 16):
        svg.path("M%s,250 L%s,690 L%s,690 L%s,250 Z" % (f(880 + dx), f(930 + dx), f(939 + dx), f(886 + dx)),
                 "#3b2418")
    # the pot
    cx, cy = 600, 350
    svg.circle(cx + 10, cy + 16, 262, "#000000", ' opacity="0.35" filter="%s"' % svg.blur(14))
    svg.circle(cx, cy, 262, svg.lin([(0, "#f2f2f2"), (0.5, "#a9a9a9"), (1, "#6d6d6d")], 0, 0, 1, 1))
    svg.circle(cx, cy, 240, "#5a5a5a")
    svg.circle(cx, cy, 236, svg.rad([(0, "#e2452a"), (0.7, "#b92a16"), (1, "#8c1a0c")], cx, cy, 236))
    # chilli oil sheen
    for _ in range(40):
        a, r = rng.uniform(0, 6.28), rng.uniform(110, 220)
        svg.ellipse(cx + math.cos(a) * r, cy + math.sin(a) * r, rng.uniform(8, 26), rng.uniform(4, 12),
                    "#ff8a47", ' opacity="%s"' % f(rng.uniform(0.15, 0.4)))
    # dried chillies and peppercorns
    for _ in range(22):
        a, r = rng.uniform(0, 6.28), rng.uniform(118, 212)
        x, y = cx + math.cos(a) * r, cy + math.sin(a) * r
        rot = rng.uniform(0, 360)
        svg.add('<g transform="rotate(%s %s %s)"><path d="M%s,%s q22,-12 46,0 q-22,16 -46,0 Z" fill="#7d140c"/>'
                '<path d="M%s,%s q10,-5 30,-3" fill="none" stroke="#c0392b" stroke-width="2" opacity="0.7"/>'
                '<rect x="%s" y="%s" width="8" height="5" rx="2" fill="#6b7a2a"/></g>'
                % (f(rot), f(x), f(y), f(x - 23), f(y), f(x - 16), f(y - 2), f(x - 30), f(y - 2.5)))
    for _ in range(70):
        a, r = rng.uniform(0, 6.28), rng.uniform(112, 222)
        svg.circle(cx + math.cos(a) * r, cy + math.sin(a) * r, rng.uniform(2.5, 4.2), "#4a1d12")
    for _ in range(18):
        a, r = rng.uniform(0, 6.28), rng.uniform(112, 222)
        svg.circle(cx + math.cos(a) * r, cy + math.sin(a) * r, rng.uniform(5, 11), "none",
                   ' stroke="#ffc2a0" stroke-width="1.5" opacity="0.45"')
    # the mild broth in the middle ring
    svg.circle(cx, cy, 104, "#7a7a7a")
    svg.circle(cx, cy, 98, svg.rad([(0, "#fbf3df"), (1, "#e9d9b6")], cx, cy, 98))
    for _ in range(9):
        x, y = cx + rng.uniform(-60, 60), cy + rng.uniform(-60, 60)
        svg.ellipse(x, y, 16, 11, "#a07a52")
        svg.ellipse(x, y + 2, 10, 5, "#e2cfa8")
    for _ in range(16):
        svg.circle(cx + rng.uniform(-70, 70), cy + rng.uniform(-70, 70), 4, "#d2382a")
    for _ in range(22):
        x, y = cx + rng.uniform(-75, 75), cy + rng.uniform(-75, 75)
        if (x - cx) ** 2 + (y - cy) ** 2 < 80 ** 2:
            svg.circle(x, y, 3, "#6fae4a", ' stroke="#4f8a35" stroke-width="1"')
    # steam
    blur = svg.blur(9)
    for i in range(5):
        x = 440 + i * 80 + rng.uniform(-20, 20)
        svg.path("M%s,%s c-40,-60 40,-90 0,-150 c-30,-45 30,-70 10,-120" % (f(x), f(330 + rng.uniform(-40, 40))),
                 "none", ' stroke="#ffffff" stroke-width="%s" stroke-linecap="round" opacity="0.32" filter="%s"'
                 % (f(rng.uniform(14, 24)), blur))
    return svg


def monorail():
    """A monorail train leaving a residential block that the line runs through."""
    svg, rng = Svg("monorail"), random.Random(31)
    svg.rect(0, 0, W, H, svg.lin([(0, "#6fb0e2"), (1, "#d8ecf6")], y2=460, units=True))
    cloud(svg, 180, 120, 34, "#ffffff", 0.85)
    cloud(svg, 1000, 80, 28, "#ffffff", 0.75)
    ridge(svg, rng, 330, 40, "#9fbccf", bottom=H)
    day = ("#e6eef5", "#f2ede2")
    skyline(svg, rng, -10, W + 10, 420, 60, 170, ("#c4ccd6", "#d6d0c6", "#b7c3cf"), day, "#8a9aac",
            0.2, win=(3, 4, 4, 5), wmin=24, wmax=48)
    ridge(svg, rng, 470, 22, "#7aa36a", bottom=H)
    # the residential block
    bx, bw, by = 420, 400, 70
    svg.rect(bx + 14, by + 14, bw, H, "#000000", ' opacity="0.12"')
    svg.rect(bx, by, bw, H - by, svg.lin([(0, "#efe3cf"), (1, "#dcccb3")], 0, 0, 1, 0))
    svg.rect(bx + bw * 0.78, by, bw * 0.22, H - by, "#cdbb9f")
    svg.rect(bx - 8, by - 10, bw + 16, 14, "#b8a488")
    floor = 34
    for r in range(int((H - by) // floor)):
        y = by + 12 + r * floor
        if 372 < y < 480:
            continue
        for c in range(6):
            x = bx + 18 + c * 62
            svg.rect(x, y, 40, 20, "#5f7488")
            svg.rect(x, y, 40, 7, "#8ea6ba", ' opacity="0.6"')
            if c % 2 == 0:
                svg.rect(x - 4, y + 14, 48, 9, "#f6efe3")
                svg.rect(x - 4, y + 14, 48, 2, "#b39f84")
            if rng.random() < 0.25:
                svg.rect(x + 44, y + 6, 12, 10, "#f2f2f0")
    # the opening the line runs through
    svg.rect(bx - 2, 380, bw + 4, 98, "#3d3a38")
    svg.rect(bx - 2, 380, bw + 4, 10, "#2c2a28")
    for x in range(int(bx) + 40, int(bx + bw), 90):
        svg.rect(x, 390, 18, 88, "#8d8271")
    # the track beam and its pillars
    deck = 478
    svg.rect(-10, deck, W + 20, 26, "#c9c6bf")
    svg.rect(-10, deck + 20, W + 20, 6, "#9d9992")
    for x in (120, 300, 920, 1100):
        svg.rect(x - 14, deck + 26, 28, H - deck, "#bdb9b1")
        svg.rect(x - 40, deck + 24, 80, 12, "#aaa69e")
        svg.rect(x + 6, deck + 26, 8, H - deck, "#a19d95")
    # the train: front car coming out to the right, the rest still inside
    def car(x0, x1, nose=False):
        top, bot = 396, deck - 2
        if nose:
            d = "M%s,%s L%s,%s Q%s,%s %s,%s L%s,%s L%s,%s Z" % (
                f(x0), f(top), f(x1 - 60), f(top), f(x1 + 4), f(top + 4), f(x1 + 8), f(bot - 26),
                f(x1 + 4), f(bot), f(x0), f(bot))
        else:
            d = polyd([(x0, top), (x1, top), (x1, bot), (x0, bot)])
        svg.path(d, svg.lin([(0, "#fbfbfa"), (1, "#d9dde0")]))
        svg.rect(x0, bot - 24, x1 - x0 + (6 if nose else 0), 10, "#d23c2f")
        svg.rect(x0, bot - 14, x1 - x0 + (4 if nose else 0), 5, "#2f6db0")
        for wx in range(int(x0) + 16, int(x1) - (70 if nose else 30), 44):
            svg.rect(wx, top + 14, 32, 26, "#33485c", ' rx="4"')
            svg.rect(wx + 3, top + 16, 12, 22, "#6e8ba3", ' rx="2" opacity="0.7"')
        if nose:
            svg.path("M%s,%s Q%s,%s %s,%s L%s,%s Z" % (f(x1 - 54), f(top + 10), f(x1 - 2), f(top + 10),
                                                       f(x1 + 4), f(top + 40), f(x1 - 54), f(top + 40)),
                     "#2b3f52")
            svg.circle(x1 - 4, bot - 32, 4, "#fff6c8")
        svg.line(x0, top, x0, bot, "#9aa1a7", 2)

    car(bx + bw - 60, bx + bw + 130)
    car(bx + bw + 134, bx + bw + 330, nose=True)
    svg.rect(bx + bw - 2, 380, 6, 98, "#d7c7ad")
    # trees and a street below
    svg.rect(0, 640, W, 60, "#6f737a")
    svg.rect(0, 636, W, 6, "#cfc8bb")
    for i in range(16):
        x = i * 80 + rng.uniform(-20, 20)
        if bx - 20 < x < bx + bw + 20:
            continue
        tree(svg, x, 640, rng.uniform(26, 40), rng.choice(("#5e9a52", "#6ea95d", "#4f8a48")), "#4b7c43")
    return svg


def terraces():
    """Terraced fields on a hillside on a misty morning."""
    svg, rng = Svg("terraces"), random.Random(47)
    svg.rect(0, 0, W, H, svg.lin([(0, "#cfe2ec"), (0.7, "#eef0e6"), (1, "#f7efdc")], y2=300, units=True))
    svg.circle(880, 120, 200, svg.rad([(0, "#fff6dc", 0.9), (1, "#fff6dc", 0)], 880, 120, 200))
    svg.circle(880, 120, 34, "#fffaf0")
    ridge(svg, rng, 200, 50, "#b7c9cf", bottom=H)
    ridge(svg, rng, 245, 40, "#9fb6b8", bottom=H)
    svg.rect(0, 200, W, 120, svg.lin([(0, "#ffffff", 0), (0.5, "#ffffff", 0.6), (1, "#ffffff", 0)]))
    # the terraces: bands that follow the hill's contour, each with a bright lip
    greens = ("#88b35a", "#9cc265", "#7aa74f", "#a9c96c", "#6f9c4a", "#b3cf78")
    water = ("#b9d3d6", "#cfe0dc")
    n = 17
    shape = noise1d(rng, ((900, 1.0), (380, 0.5)))
    for k in range(n):
        t = k / (n - 1)
        y0 = 270 + t * 460
        amp = 60 - t * 25
        band = noise1d(rng, ((260, 0.12), (120, 0.05)))
        pts = [(x, y0 - amp * shape(x) - 30 * band(x) - 40 * math.exp(-((x - 420) / 300) ** 2))
               for x in range(-20, W + 40, 20)]
        fill = rng.choice(water) if rng.random() < 0.3 and k < n - 3 else rng.choice(greens)
        fill = mix(fill, "#c7d6d2", 0.45 * (1 - t))
        svg.path(smoothd([(-20, H + 10)] + pts + [(W + 20, H + 10)]), fill)
        svg.path(smoothd(pts, False), "none", ' stroke="%s" stroke-width="%s" opacity="0.8"'
                 % (mix(fill, "#ffffff", 0.45), f(2 + 3 * t)))
        svg.path(smoothd([(x, y + 4 + 5 * t) for x, y in pts], False), "none",
                 ' stroke="%s" stroke-width="%s" opacity="0.35"' % (mix(fill, "#3c5a2a", 0.6), f(1 + 3 * t)))
        if k == 9:
            # a farmhouse and trees on this terrace
            x = 820
            y = [p for p in pts if p[0] >= x][0][1]
            svg.rect(x, y - 44, 90, 44, "#f3efe6")
            svg.path(polyd([(x - 12, y - 42), (x + 45, y - 70), (x + 102, y - 42)]), "#4b4f58")
            svg.rect(x + 16, y - 30, 14, 16, "#6f6a60")
            svg.rect(x + 56, y - 30, 14, 16, "#6f6a60")
            tree(svg, x - 30, y, 26, "#5f9148", "#4e7c3b")
            tree(svg, x + 130, y + 2, 32, "#5a8c44", "#4a7838")
        if k == 5:
            for x in (180, 230, 1040):
                y = [p for p in pts if p[0] >= x][0][1]
                tree(svg, x, y, 22, "#6d9c55", "#5a8746")
    svg.rect(0, 330, W, 160, svg.lin([(0, "#ffffff", 0), (0.5, "#ffffff", 0.35), (1, "#ffffff", 0)]))
    return svg


def hongyadong():
    """Stilted buildings stacked up a cliff, lit at night, above the river."""
    svg, rng = Svg("hongyadong"), random.Random(53)
    water = 560
    svg.rect(0, 0, W, H, svg.lin([(0, "#0b1432"), (1, "#2a2f5c")], y2=water, units=True))
    stars(svg, rng, 70, 160)
    svg.group(' id="cliff"')
    skyline(svg, rng, -10, W + 10, 200, 50, 160, ("#141a38", "#181e40"), WARM + COOL, "#1f2650",
            0.3, win=(3, 5, 4, 5), wmin=24, wmax=56)
    svg.path(smoothd([(-20, 200), (200, 190), (400, 196), (700, 186), (1000, 198), (1220, 190),
                      (1220, water), (-20, water)]), "#1d1a22")
    svg.rect(0, 0, W, H, svg.rad([(0, "#ffb347", 0.4), (0.6, "#ffb347", 0.08), (1, "#ffb347", 0)],
                                  600, 380, 640))
    # tiers, from the top of the cliff down to the water; each tier is two or three halls
    tiers = 8
    for i in range(tiers):
        t = i / (tiers - 1)
        half = 390 + t * 150 + rng.uniform(-30, 30)
        centre = 600 + rng.uniform(-30, 30)
        x0, x1 = centre - half, centre + half
        cuts = sorted(rng.sample(range(int(x0) + 150, int(x1) - 150, 10), rng.choice((1, 2))))
        edges = [x0] + cuts + [x1]
        for j in range(len(edges) - 1):
            a0, a1 = edges[j] + (8 if j else 0), edges[j + 1] - (8 if j < len(edges) - 2 else 0)
            y = 196 + i * 44 + rng.uniform(-5, 5)
            h = 44
            wall = rng.choice((("#f6b04a", "#c97a2c"), ("#f0a23e", "#b86a22"), ("#f8bd5c", "#d0873a")))
            svg.rect(a0, y, a1 - a0, h, svg.lin([(0, wall[0]), (1, wall[1])]))
            out = []
            x = a0 + 10
            while x < a1 - 20:
                w = rng.choice((16, 22, 28))
                out.append('<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>'
                           % (f(x), f(y + 14), f(w), f(h - 20),
                              rng.choice(("#ffe7a8", "#fff2c9", "#ffd27a", "#ffe7a8", "#7a3d1c"))))
                x += w + rng.choice((6, 8, 14))
            svg.add("".join(out))
            for x in range(int(a0) + 4, int(a1), 30):
                svg.rect(x, y + 12, 3, h - 12, "#6b3415", ' opacity="0.55"')
            if rng.random() < 0.5:
                # a balcony rail
                svg.rect(a0, y + h - 12, a1 - a0, 2, "#5a2c12", ' opacity="0.8"')
            # upturned eaves
            svg.path("M%s,%s Q%s,%s %s,%s L%s,%s Q%s,%s %s,%s L%s,%s Z" % (
                f(a0 - 26), f(y - 8), f(a0 - 6), f(y + 4), f(a0 + 20), f(y + 6), f(a1 - 20), f(y + 6),
                f(a1 + 6), f(y + 4), f(a1 + 26), f(y - 8), f(a1 - 10), f(y - 10)), "#2a1a16")
            svg.path("M%s,%s L%s,%s L%s,%s L%s,%s Z" % (f(a0 - 10), f(y - 10), f(a0 + 30), f(y - 18),
                                                         f(a1 - 30), f(y - 18), f(a1 + 10), f(y - 10)),
                     "#3a2620")
            svg.rect(a0 - 4, y + 6, a1 - a0 + 8, 3, "#ffcf7a", ' opacity="0.9"')
            # lanterns
            step = rng.choice((56, 64, 84))
            for x in range(int(a0) + rng.randrange(18, 40), int(a1) - 10, step):
                svg.line(x, y + 6, x, y + 12, "#2a1a16", 1.2)
                svg.circle(x, y + 18, 14, "#ff5a3c", ' opacity="0.25"')
                svg.ellipse(x, y + 18, 6, 8, "#e8372a")
                svg.rect(x - 3, y + 10, 6, 2, "#ffd36b")
    # stilts to the water
    for x in range(60, 1150, 36):
        svg.rect(x, 196 + tiers * 44, 7, water - 196 - tiers * 44, "#3a2316")
    svg.rect(0, water - 12, W, 12, "#2a1a16")
    svg.end()
    svg.rect(0, water, W, H - water, svg.lin([(0, "#3b2a3a"), (1, "#0e1230")]))
    reflect(svg, "cliff", water, water, H, 0.4, 3)
    shimmer(svg, rng, water + 4, H, 130, ("#ffd27a", "#ffb347", "#ffe9b8"), wmax=40, opacity=(0.25, 0.7))
    return svg


def gorges():
    """Steep, misty cliffs of a river gorge with a cruise boat."""
    svg, rng = Svg("gorges"), random.Random(61)
    svg.rect(0, 0, W, H, svg.lin([(0, "#c3dbe6"), (1, "#eef2e6")], y2=420, units=True))
    cloud(svg, 620, 90, 30, "#ffffff", 0.7)

    def cliff(side, x_edge, top, colour, rough, seed):
        r = random.Random(seed)
        n = noise1d(r, ((260, 1.0), (90, 0.4), (35, 0.15)))
        pts = []
        for y in range(int(top), H + 20, 12):
            t = min(1.0, (y - top) / (H - top))
            # a steep face that leans back near the top
            x = x_edge + (side * -1) * 140 * (1 - t) ** 2.5 + rough * n(y)
            pts.append((x, y))
        far = -40 if side < 0 else W + 40
        svg.path(smoothd([(far, top - 10)] + pts + [(far, H + 20)]), colour)
        return pts

    # far peaks and mist
    ridge(svg, rng, 300, 70, "#a9c0c0", octaves=((300, 1.0), (110, 0.5), (40, 0.12)), bottom=H)
    svg.rect(0, 260, W, 140, svg.lin([(0, "#ffffff", 0), (0.6, "#ffffff", 0.55), (1, "#ffffff", 0)]))
    cliff(-1, 430, 150, "#7f9f98", 18, 1)
    cliff(1, 780, 170, "#7a9a93", 18, 2)
    svg.rect(0, 330, W, 110, svg.lin([(0, "#ffffff", 0), (0.5, "#ffffff", 0.45), (1, "#ffffff", 0)]))
    # the river winding out of the gorge
    svg.path(smoothd([(480, 420), (600, 412), (740, 420), (900, 520), (1100, 640), (1220, 700),
                      (-20, 700), (120, 600), (300, 500)]),
             svg.lin([(0, "#a9c9bf"), (1, "#4f8277")], y1=420, y2=H, units=True))
    shimmer(svg, rng, 430, H, 90, ("#e4f1ea", "#ffffff"), xrange=(150, 1050), wmax=40, opacity=(0.2, 0.5))
    lc = cliff(-1, 300, 40, "#4d7168", 26, 3)
    rc = cliff(1, 920, 20, "#47685f", 26, 4)
    svg.rect(0, 0, W, H, svg.lin([(0, "#ffffff", 0), (0.85, "#ffffff", 0), (1, "#ffffff", 0.08)]))
    cliff(-1, 150, -20, "#2f4d45", 30, 5)
    cliff(1, 1090, -20, "#2c4841", 30, 6)
    # the boat and its wake
    bx, by = 640, 520
    svg.path("M%s,%s L%s,%s" % (f(bx - 40), f(by + 12), f(bx - 210), f(by + 90)), "none",
             ' stroke="#ffffff" stroke-width="3" opacity="0.5"')
    svg.path("M%s,%s L%s,%s" % (f(bx + 40), f(by + 12), f(bx + 150), f(by + 100)), "none",
             ' stroke="#ffffff" stroke-width="3" opacity="0.5"')
    svg.path("M%s,%s L%s,%s L%s,%s L%s,%s Z" % (f(bx - 60), f(by), f(bx + 62), f(by), f(bx + 48),
                                                 f(by + 18), f(bx - 48), f(by + 18)), "#f5f3ee")
    svg.rect(bx - 50, by - 22, 96, 22, "#ffffff", ' rx="3"')
    svg.rect(bx - 34, by - 38, 64, 16, "#ffffff", ' rx="3"')
    svg.rect(bx - 50, by - 6, 100, 4, "#2f5f8f")
    for i in range(7):
        svg.rect(bx - 44 + i * 13, by - 17, 8, 6, "#4a6f8f")
    svg.rect(bx - 4, by - 52, 6, 14, "#c8372d")
    # birds
    for x, y, s in ((470, 170, 1.0), (500, 150, 0.8), (530, 182, 0.7), (820, 120, 0.9)):
        svg.path("M%s,%s q%s,%s %s,%s q%s,%s %s,%s" % (f(x), f(y), f(6 * s), f(-6 * s), f(12 * s), f(0),
                                                      f(6 * s), f(-6 * s), f(12 * s), f(0)),
                 "none", ' stroke="#34413f" stroke-width="2"')
    return svg


def train():
    """A high-speed train on a viaduct across spring fields."""
    svg, rng = Svg("train"), random.Random(71)
    svg.rect(0, 0, W, H, svg.lin([(0, "#7fbbe9"), (1, "#e6f3fa")], y2=380, units=True))
    cloud(svg, 230, 100, 36, "#ffffff", 0.9)
    cloud(svg, 700, 140, 26, "#ffffff", 0.8)
    cloud(svg, 1060, 80, 32, "#ffffff", 0.85)
    ridge(svg, rng, 300, 45, "#a6c2cf", bottom=H)
    ridge(svg, rng, 340, 30, "#86aab0", bottom=H)
    ridge(svg, rng, 380, 20, "#8dbb6a", bottom=H)
    # fields: soft patches of rapeseed yellow and young green
    for k in range(5):
        y0 = 400 + k * 62
        n = noise1d(rng, ((500, 1.0), (180, 0.4)))
        x = -40
        while x < W + 40:
            w = rng.uniform(160, 320)
            col = rng.choice(("#f2d43d", "#e9c92e", "#9cc866", "#86bb57", "#b5d67a"))
            pts = [(xx, y0 + 12 * n(xx)) for xx in range(int(x), int(x + w) + 20, 20)]
            bottom = [(xx, y0 + 70 + 12 * n(xx + 77)) for xx in range(int(x + w), int(x) - 20, -20)]
            svg.path(smoothd(pts + bottom), col)
            x += w - 4
        for _ in range(6):
            tree(svg, rng.uniform(0, W), y0 + rng.uniform(10, 50), rng.uniform(10, 18), "#4f8a48", "#40753a")
    # the viaduct
    deck = 400
    for x in range(40, W, 130):
        svg.rect(x - 12, deck + 18, 24, H - deck, svg.lin([(0, "#e2e4e6"), (1, "#b8bcc0")], 0, 0, 1, 0))
        svg.rect(x - 24, deck + 14, 48, 10, "#c6c9cc")
    svg.rect(-10, deck, W + 20, 20, "#d9dcdf")
    svg.rect(-10, deck + 16, W + 20, 6, "#a9adb2")
    svg.rect(-10, deck - 6, W + 20, 6, "#c4c7cb")
    # the train
    top, bot = 332, deck - 6
    x0, x1 = -20, 1020
    svg.path("M%s,%s L%s,%s C%s,%s %s,%s %s,%s L%s,%s Z" % (
        f(x0), f(top), f(x1 - 120), f(top), f(x1 - 30), f(top + 2), f(x1 + 60), f(bot - 24),
        f(x1 + 90), f(bot), f(x0), f(bot)), svg.lin([(0, "#ffffff"), (0.7, "#eef1f4"), (1, "#cfd6dc")]))
    svg.path("M%s,%s L%s,%s C%s,%s %s,%s %s,%s L%s,%s Z" % (
        f(x0), f(bot - 20), f(x1 + 40), f(bot - 20), f(x1 + 60), f(bot - 19), f(x1 + 72), f(bot - 14),
        f(x1 + 80), f(bot - 10), f(x0), f(bot - 10)), "#1f5fae")
    for cx in range(x0 + 200, x1 - 40, 220):
        svg.line(cx, top + 4, cx, bot, "#b7c0c8", 2)
    for wx in range(x0 + 30, x1 - 120, 34):
        if any(abs(wx + 11 - cx) < 22 for cx in range(x0 + 200, x1 - 40, 220)):
            continue
        svg.rect(wx, top + 16, 22, 16, "#2e4660", ' rx="3"')
    svg.path("M%s,%s C%s,%s %s,%s %s,%s L%s,%s Z" % (f(x1 - 100), f(top + 8), f(x1 - 40), f(top + 8),
                                                     f(x1 + 10), f(top + 22), f(x1 + 30), f(top + 36),
                                                     f(x1 - 100), f(top + 36)), "#26384d")
    svg.rect(x0, bot - 2, x1 - x0 + 60, 4, "#8d969e")
    return svg


def jiefangbei():
    """A pedestrian square with a clock-tower monument among tall buildings."""
    svg, rng = Svg("jiefangbei"), random.Random(83)
    svg.rect(0, 0, W, H, svg.lin([(0, "#86bfe8"), (1, "#e2eff7")], y2=500, units=True))
    cloud(svg, 900, 110, 34, "#ffffff", 0.85)
    cloud(svg, 160, 70, 26, "#ffffff", 0.75)
    glass = ("#9db7cc", "#b3c7d6", "#8aa6bf", "#c3cfd8", "#a7b8c4")
    day = ("#d6e6f2", "#eef4f8")
    skyline(svg, rng, -10, W + 10, 520, 180, 380, glass, day, "#7f98ad", 0.3,
            win=(5, 8, 4, 6), wmin=60, wmax=120, gap=(-10, 4), tops=("flat", "step", "slant", "crown"))
    # a nearer pair of towers framing the square
    for x, w, h, c in ((-20, 200, 560, "#7d96ab"), (1010, 210, 600, "#8aa1b4")):
        tower(svg, rng, x, 600, w, h, c, day, "#647e94", 0.35, "step", (8, 12, 6, 8))
        svg.rect(x, 600 - h, w, h, svg.lin([(0, "#ffffff", 0.25), (0.5, "#ffffff", 0), (1, "#ffffff", 0.12)],
                                           0, 0, 1, 1))
    # the plaza
    svg.rect(0, 520, W, H - 520, svg.lin([(0, "#d8d0c2"), (1, "#ece6da")]))
    svg.ellipse(600, 620, 360, 60, "#cfc6b6")
    svg.ellipse(600, 620, 330, 50, "#e6dfd2")
    # the monument: an octagonal column with clock faces and a short spire
    cx = 600
    svg.ellipse(cx, 600, 110, 18, "#b9b0a2")
    svg.rect(cx - 90, 560, 180, 40, "#d6cfc3")
    svg.rect(cx - 90, 560, 180, 8, "#ebe5da")
    svg.rect(cx - 70, 530, 140, 32, "#ddd6ca")
    svg.rect(cx - 44, 220, 88, 312, svg.lin([(0, "#e9e4db"), (0.55, "#f4f0e8"), (1, "#c8c0b2")], 0, 0, 1, 0))
    svg.rect(cx - 44, 220, 22, 312, "#d8d1c4", ' opacity="0.8"')
    for y in range(250, 520, 38):
        svg.rect(cx - 14, y, 28, 22, "#b6ad9f", ' rx="2"')
    svg.rect(cx - 54, 150, 108, 74, svg.lin([(0, "#e3ddd2"), (0.55, "#f3efe7"), (1, "#c7bfb1")], 0, 0, 1, 0))
    svg.circle(cx, 187, 28, "#faf7ef", ' stroke="#8a7f6e" stroke-width="3"')
    svg.line(cx, 187, cx, 167, "#3c3a36", 3)
    svg.line(cx, 187, cx + 13, 193, "#3c3a36", 3)
    svg.rect(cx - 60, 140, 120, 12, "#b4aa99")
    svg.poly([(cx - 40, 140), (cx, 96), (cx + 40, 140)], "#cfc7b9")
    svg.line(cx, 96, cx, 60, "#8c8272", 3)
    # trees in planters and people on the square
    for x in (250, 360, 840, 950):
        svg.rect(x - 34, 590, 68, 18, "#a89e8d")
        tree(svg, x, 594, 34, "#5f9a52", "#4d8544")
    people = ("#c2413a", "#2f5f8f", "#e0a93b", "#3f3f46", "#6a8f3c", "#f2f2f2", "#8a4f8f")
    for _ in range(34):
        x, y = rng.uniform(20, W - 20), rng.uniform(615, 690)
        if abs(x - cx) < 120 and y < 640:
            continue
        s = 0.6 + (y - 600) / 150
        svg.rect(x - 5 * s, y - 26 * s, 10 * s, 20 * s, rng.choice(people), ' rx="%s"' % f(4 * s))
        svg.circle(x, y - 31 * s, 5 * s, rng.choice(("#3a2a20", "#1f1a18", "#5a4030")))
        svg.rect(x - 4 * s, y - 7 * s, 3 * s, 9 * s, "#33363d")
        svg.rect(x + 1 * s, y - 7 * s, 3 * s, 9 * s, "#33363d")
    return svg


def liangjiang():
    """A new business district: glass towers, a campus and a riverside park."""
    svg, rng = Svg("liangjiang"), random.Random(97)
    svg.rect(0, 0, W, H, svg.lin([(0, "#5aa6e0"), (1, "#d9eef8")], y2=460, units=True))
    cloud(svg, 300, 90, 30, "#ffffff", 0.8)
    cloud(svg, 980, 140, 38, "#ffffff", 0.85)
    ridge(svg, rng, 360, 40, "#a7c4d4", bottom=H)
    # cranes on the horizon
    for x, h in ((140, 210), (1080, 240)):
        svg.rect(x, 440 - h, 8, h, "#e2a93b")
        svg.rect(x - 90, 440 - h, 170, 6, "#e2a93b")
        svg.line(x + 4, 440 - h - 26, x - 90, 440 - h, "#c98f2a", 2)
        svg.line(x + 4, 440 - h - 26, x + 80, 440 - h, "#c98f2a", 2)
        svg.line(x - 60, 446 - h, x - 60, 500 - h, "#555", 1.5)
    # glass towers with diagonal reflections
    blues = [("#3f7fb8", "#8ec3ea"), ("#2f6f9f", "#7fb8dd"), ("#4f95c0", "#a8d6f0"), ("#37759f", "#9bcbe8")]
    for x, w, h, k in ((230, 120, 300, 0), (370, 150, 380, 1), (540, 110, 250, 2), (820, 130, 330, 3),
                       (960, 100, 230, 0)):
        a, b = blues[k]
        svg.rect(x, 460 - h, w, h, svg.lin([(0, b), (0.45, a), (0.55, mix(a, "#ffffff", 0.25)), (1, a)], 0, 0, 1, 1))
        for y in range(int(460 - h) + 12, 460, 14):
            svg.rect(x, y, w, 1.5, "#ffffff", ' opacity="0.18"')
        for xx in range(int(x) + 20, int(x + w), 24):
            svg.rect(xx, 460 - h, 1.5, h, "#1f4f7a", ' opacity="0.25"')
    # a curved building
    svg.path("M660,460 L660,250 Q740,200 800,260 L800,460 Z", svg.lin([(0, "#cfe3ef"), (1, "#8fb6cf")], 0, 0, 1, 0))
    for y in range(268, 460, 16):
        svg.rect(664, y, 132, 3, "#6f98b5", ' opacity="0.5"')
    # low campus with a green roof
    svg.rect(120, 430, 960, 50, "#eef1f2")
    svg.rect(110, 420, 980, 12, "#7fb26a")
    for x in range(140, 1070, 40):
        svg.rect(x, 442, 28, 26, "#5f8fb0")
    # park: lawn, a pond and trees
    svg.path(smoothd([(-20, 480), (300, 470), (700, 484), (1220, 470), (1220, H), (-20, H)]), "#8cc067")
    svg.path(smoothd([(-20, 560), (400, 540), (800, 570), (1220, 545), (1220, H), (-20, H)]), "#7ab35a")
    svg.ellipse(820, 620, 240, 46, "#8fc6dc")
    svg.ellipse(800, 612, 160, 20, "#c5e4ef", ' opacity="0.6"')
    svg.path("M-20,690 C200,640 380,600 560,560 S900,520 1220,515", "none",
             ' stroke="#efe6d2" stroke-width="18" stroke-linecap="round"')
    for _ in range(22):
        x = rng.uniform(0, W)
        y = rng.uniform(500, 690)
        if 560 < x < 1080 and 570 < y < 670:
            continue
        tree(svg, x, y, 14 + (y - 480) / 10, rng.choice(("#4f8f45", "#5fa052", "#3f7d3b")), "#3c7034")
    return svg


def ciqikou():
    """A stepped lane in an old town, with tiled eaves and red lanterns."""
    svg, rng = Svg("ciqikou"), random.Random(101)
    svg.rect(0, 0, W, H, svg.lin([(0, "#a9d0ea"), (1, "#eaf3f6")], y2=300, units=True))
    vx, vy = 600, 250  # vanishing point
    # far end of the lane: a gate and a tree
    svg.rect(540, 180, 120, 120, "#efe8da")
    svg.path("M520,186 Q600,160 680,186 L670,176 Q600,148 530,176 Z", "#3d3f44")
    svg.rect(580, 236, 40, 64, "#6b4a34")
    tree(svg, 690, 230, 40, "#6aa35a", "#578c4a")
    # steps rising toward the far end
    for i in range(22):
        t = i / 21
        y = H - (H - 300) * (1 - (1 - t) ** 1.6)
        half = 380 - 300 * t
        svg.rect(vx - half, y - 10, 2 * half, 10 + 20 * (1 - t),
                 mix("#b9b2a6", "#d9d2c4", (i % 2) * 0.5 + 0.25 * t))
        svg.rect(vx - half, y - 10, 2 * half, 2, "#eee8dc", ' opacity="0.7"')

    def facade(side):
        s = -1 if side == "left" else 1
        edge_far, edge_near = vx + s * 80, vx + s * 380
        out_far, out_near = vx + s * 200, vx + s * 700
        pts = [(edge_far, 300), (edge_near, H), (out_near, H), (out_near, -10), (out_far, 120), (edge_far, 170)]
        svg.poly(pts, "#f1ebdf")
        # timber frame: uprights that recede
        for k in range(7):
            t = k / 6
            x_top = edge_far + (edge_near - edge_far) * t
            y_top = 170 - 190 * t
            y_bot = 300 + (H - 300) * t
            svg.line(x_top, y_top, x_top, y_bot, "#5a3a28", 3 + 8 * t)
            if k < 6:
                # windows with lattice between the uprights
                tn = (k + 1) / 6
                xa = x_top + s * (6 + 6 * t)
                xb = edge_far + (edge_near - edge_far) * tn - s * (6 + 6 * tn)
                ya, yb = y_top + 30 + 40 * t, 170 - 190 * tn + 30 + 40 * tn
                hh = 50 + 110 * t
                svg.poly([(xa, ya), (xb, yb), (xb, yb + hh * (1 + 0.3)), (xa, ya + hh)], "#7a4a2e")
                svg.poly([(xa, ya + 4), (xb, yb + 4), (xb, yb + hh * 1.3 - 4), (xa, ya + hh - 4)], "#f4d9a0",
                         ' opacity="0.55"')
                # shop banner below the window
                by = ya + hh + 40 + 60 * t
                col = rng.choice(("#b83a2e", "#2f5f7f", "#c9932e"))
                svg.poly([(xa + s * 10, by), (xa + s * 10 + s * 20 * (1 + t), by),
                          (xa + s * 10 + s * 20 * (1 + t), by + 80 + 120 * t), (xa + s * 10, by + 70 + 110 * t)], col)
        # the eave: dark tiles overhanging the lane
        svg.poly([(edge_far - s * 10, 160), (edge_near - s * 60, -10), (out_near, -10), (out_near, 0),
                  (out_far, 110)], "#3d3f44")
        svg.poly([(edge_far - s * 10, 160), (edge_near - s * 60, -10), (edge_near - s * 40, -10),
                  (edge_far, 166)], "#55585e")

    facade("left")
    facade("right")
    # lanterns strung along the lane
    for i in range(9):
        t = i / 8
        for s in (-1, 1):
            x = vx + s * (110 + 330 * (1 - t) ** 1.3)
            y = 150 - 110 * (1 - t)
            r = 8 + 26 * (1 - t)
            svg.line(x, y - r * 1.6, x, y - r, "#3a2a22", 1 + (1 - t))
            svg.circle(x, y, r * 1.8, "#ff6a4a", ' opacity="0.18"')
            svg.ellipse(x, y, r, r * 1.2, "#d8322a")
            svg.ellipse(x - r * 0.3, y - r * 0.2, r * 0.3, r * 0.6, "#ff7a5a", ' opacity="0.6"')
            svg.rect(x - r * 0.4, y - r * 1.25, r * 0.8, r * 0.2, "#e8b84a")
            svg.rect(x - r * 0.4, y + r * 1.05, r * 0.8, r * 0.2, "#e8b84a")
            svg.line(x, y + r * 1.25, x, y + r * 1.9, "#e8b84a", 1 + (1 - t))
    # potted plants at the foot of the walls
    for x, s in ((250, 1), (950, 1), (160, 1.3), (1050, 1.3)):
        svg.rect(x - 22 * s, 640 - 10 * s, 44 * s, 40 * s, "#9a5a3a", ' rx="4"')
        for k in range(5):
            svg.ellipse(x + (k - 2) * 10 * s, 630 - 18 * s - (k % 2) * 8 * s, 14 * s, 24 * s, "#4f8f45",
                        ' transform="rotate(%s %s %s)"' % ((k - 2) * 18, f(x + (k - 2) * 10 * s), f(630 - 18 * s)))
    return svg


SCENES = (skyline_dusk, cableway, bridge_night, hotpot, monorail, terraces, hongyadong, gorges,
          train, jiefangbei, liangjiang, ciqikou)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    for scene in SCENES:
        svg = scene()
        with open(os.path.join(out, svg.name + ".svg"), "w", encoding="utf-8") as fh:
            fh.write(svg.text())


if __name__ == "__main__":
    main()
