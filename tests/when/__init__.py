"""Tests of hadath.when."""
