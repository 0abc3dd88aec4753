"""Learned models that ship with Flashpoint (weights as data files, read without pickle)."""
