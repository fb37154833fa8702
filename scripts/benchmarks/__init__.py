"""Benchmarks: timings and figures that are reported, not asserted."""
