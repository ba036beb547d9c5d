"""Readers that turn files and streams into Documents."""
