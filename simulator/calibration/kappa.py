"""Chance-corrected agreement between raters who put items into categories.

- Cohen's kappa (Cohen 1960) for two raters rating the same items:
  ``kappa = (p_o - p_e) / (1 - p_e)``, ``p_o`` the share of items they agree on,
  ``p_e = sum_k p_a(k) * p_b(k)`` the agreement expected by chance from each rater's own
  category shares.
- Fleiss' kappa (Fleiss 1971) for ``n`` raters per item (any raters, the same number
  per item): with ``n_ik`` raters putting item ``i`` in category ``k``,
  ``P_i = (sum_k n_ik^2 - n) / (n (n - 1))``, ``P = mean P_i``,
  ``p_k = sum_i n_ik / (N n)``, ``P_e = sum_k p_k^2``, ``kappa = (P - P_e) / (1 - P_e)``.

Both are undefined when chance agreement is certain (every rating in one category):
then these functions return None and the caller shows the plain agreement instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def percent_agreement(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """The share of items two raters put in the same category (None for no items)."""
    _same_length(a, b)
    if not a:
        return None
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters' categories for the same items, in order."""
    _same_length(a, b)
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def fleiss_kappa(table: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' kappa of a table with one row per item and one column per category,
    each cell the number of raters who put that item in that category. Every row must
    have the same number of raters, at least two."""
    if not table:
        return None
    raters = sum(table[0])
    if raters < 2:
        raise ValueError("Fleiss' kappa needs at least two raters per item")
    if any(sum(row) != raters for row in table):
        raise ValueError("every item needs the same number of raters")
    if any(len(row) != len(table[0]) for row in table):
        raise ValueError("every item needs the same categories")
    items = len(table)
    per_item = [(sum(c * c for c in row) - raters) / (raters * (raters - 1)) for row in table]
    observed = sum(per_item) / items
    shares = [sum(row[k] for row in table) / (items * raters) for k in range(len(table[0]))]
    expected = sum(p * p for p in shares)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def category_table(
    ratings: Sequence[Sequence[Hashable]], categories: Sequence[Hashable] | None = None
) -> list[list[int]]:
    """Fleiss' table from ``ratings``: one sequence per item of each rater's category."""
    cats = (
        list(categories)
        if categories is not None
        else sorted({c for item in ratings for c in item}, key=repr)
    )
    return [[sum(1 for c in item if c == k) for k in cats] for item in ratings]


def agreement_kappa(ratings: Sequence[Sequence[Hashable]]) -> tuple[str, float | None]:
    """The right kappa for ``ratings`` (one sequence per item, one category per rater):
    ("cohen", kappa) for two raters, ("fleiss", kappa) for more."""
    if not ratings:
        return "none", None
    raters = len(ratings[0])
    if raters < 2:
        return "none", None
    if raters == 2:
        return "cohen", cohen_kappa([r[0] for r in ratings], [r[1] for r in ratings])
    return "fleiss", fleiss_kappa(category_table(ratings))


def _same_length(a: Sequence[Hashable], b: Sequence[Hashable]) -> None:
    if len(a) != len(b):
        raise ValueError("both raters must rate the same items")
