"""Tests of hadath.geo."""
