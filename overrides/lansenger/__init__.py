"""Lansenger SDK."""
