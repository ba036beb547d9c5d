"""Tawthiq: an Arabic-first record of attacks on civilians."""

__version__ = "0.1.0"
