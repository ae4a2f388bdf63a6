"""Ruled tables of a PDF page from pypdfium2 path objects.

The cell grid is built the way pdfplumber's "lines" strategy builds it:
horizontal and vertical strokes (line segments and rectangle sides) are
snapped to common coordinates and joined, their crossings are the grid
points, and a cell is the smallest rectangle of four connected points. Cell
text comes from pdfium's text page (``get_text_bounded``). This avoids
pdfminer's full re-parse of the page, which costs 100-300 ms per page,
against a few milliseconds here (see benchmarks/extract_speed.py).

Coordinates are PDF points with y growing upwards.
"""
from __future__ import annotations

import ctypes
from collections import defaultdict

import pypdfium2.raw as pdfium_c

SNAP = 3.0  # strokes closer than this are one line
JOIN = 3.0  # collinear strokes with a smaller gap are one line
MIN_EDGE = 3.0  # shorter strokes are ticks or dots, not rules
AXIS = 1.0  # a segment within this of horizontal/vertical counts as such
MIN_CELL = 2.0  # narrower or lower "cells" are double rules


def page_edges(page) -> tuple[list, list]:
    """(horizontal, vertical) edges: (y, x0, x1) and (x, y0, y1)."""
    horizontal, vertical = [], []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1):
        m = obj.get_matrix()
        raw = obj.raw
        points: list[tuple[float, float]] = []
        start = None
        for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
            seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
            x, y = _point(seg)
            px, py = m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not points:
                start = (px, py)
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
                _add_edge(points[-1], (px, py), horizontal, vertical)
            points.append((px, py))
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start:
                _add_edge((px, py), start, horizontal, vertical)
    return horizontal, vertical


def _point(seg) -> tuple[float, float]:
    x, y = ctypes.c_float(), ctypes.c_float()
    pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
    return x.value, y.value


def _add_edge(p, q, horizontal, vertical) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) <= AXIS and abs(x0 - x1) > AXIS:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) <= AXIS and abs(y0 - y1) > AXIS:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def merge_edges(edges: list) -> list:
    """Snap edges to shared coordinates, join collinear pieces, drop ticks."""
    if not edges:
        return []
    edges = sorted(edges)
    groups, current = [], [edges[0]]
    for e in edges[1:]:
        if e[0] - current[-1][0] <= SNAP:
            current.append(e)
        else:
            groups.append(current)
            current = [e]
    groups.append(current)
    merged = []
    for group in groups:
        pos = sum(e[0] for e in group) / len(group)
        spans = sorted((e[1], e[2]) for e in group)
        lo, hi = spans[0]
        for a, b in spans[1:]:
            if a <= hi + JOIN:
                hi = max(hi, b)
            else:
                merged.append((pos, lo, hi))
                lo, hi = a, b
        merged.append((pos, lo, hi))
    return [e for e in merged if e[2] - e[1] >= MIN_EDGE]


def _covered(edges_at: dict, pos: float, a: float, b: float) -> bool:
    """An edge at ``pos`` spans from a to b."""
    for lo, hi in edges_at.get(pos, ()):
        if lo - SNAP <= a and b <= hi + SNAP:
            return True
    return False


def find_cells(horizontal: list, vertical: list) -> list[tuple[float, float, float, float]]:
    """Cells as (x0, y_bottom, x1, y_top)."""
    h_at, v_at = defaultdict(list), defaultdict(list)
    for y, x0, x1 in horizontal:
        h_at[y].append((x0, x1))
    for x, y0, y1 in vertical:
        v_at[x].append((y0, y1))
    points = set()
    for x, y0, y1 in vertical:
        for y, x0, x1 in horizontal:
            if x0 - SNAP <= x <= x1 + SNAP and y0 - SNAP <= y <= y1 + SNAP:
                points.add((x, y))
    by_row = defaultdict(list)  # y -> xs
    by_col = defaultdict(list)  # x -> ys
    for x, y in points:
        by_row[y].append(x)
        by_col[x].append(y)
    for xs in by_row.values():
        xs.sort()
    for ys in by_col.values():
        ys.sort(reverse=True)  # downwards from the top
    cells = []
    for x, top in points:
        below = [y for y in by_col[x] if y < top - MIN_CELL]
        right = [xx for xx in by_row[top] if xx > x + MIN_CELL]
        cell = _smallest_cell(x, top, below, right, points, h_at, v_at)
        if cell:
            cells.append(cell)
    return cells


def _smallest_cell(x, top, below, right, points, h_at, v_at):
    for bottom in below:
        if not _covered(v_at, x, bottom, top):
            break  # the left rule ends above this point
        for x1 in right:
            if not _covered(h_at, top, x, x1):
                break
            if (x1, bottom) in points and _covered(v_at, x1, bottom, top) \
                    and _covered(h_at, bottom, x, x1):
                return (x, bottom, x1, top)
    return None


def group_tables(cells: list) -> list[list]:
    """Cells sharing a corner belong to one table."""
    parent = list(range(len(cells)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    corner_owner: dict = {}
    for i, (x0, y0, x1, y1) in enumerate(cells):
        for corner in ((x0, y0), (x0, y1), (x1, y0), (x1, y1)):
            if corner in corner_owner:
                parent[find(i)] = find(corner_owner[corner])
            else:
                corner_owner[corner] = i
    groups = defaultdict(list)
    for i, cell in enumerate(cells):
        groups[find(i)].append(cell)
    return list(groups.values())


def table_rows(cells: list, textpage) -> list[list[str]]:
    """Rows top to bottom, cells left to right, each cell's text."""
    rows = defaultdict(list)
    for cell in cells:
        rows[cell[3]].append(cell)
    out = []
    for top in sorted(rows, reverse=True):
        row = []
        for x0, y0, x1, y1 in sorted(rows[top]):
            text = textpage.get_text_bounded(left=x0, bottom=y0, right=x1, top=y1)
            row.append(text)
        out.append(row)
    return out


def page_tables(page, textpage) -> list[list[list[str]]]:
    """Every ruled table on the page as rows of raw cell strings."""
    horizontal, vertical = page_edges(page)
    horizontal, vertical = merge_edges(horizontal), merge_edges(vertical)
    if not horizontal or not vertical:
        return []
    cells = find_cells(horizontal, vertical)
    tables = group_tables(cells)
    tables.sort(key=lambda cs: (-max(c[3] for c in cs), min(c[0] for c in cs)))
    return [table_rows(cs, textpage) for cs in tables]
