"""Figures the tests measure (sizes, counts) and report at the end of the run.

Targets are asserted where an issue asks for that; the numbers themselves are
printed in pytest's terminal summary so that they can be quoted.
"""

FIGURES: list[str] = []


def report(line: str) -> None:
    FIGURES.append(line)
