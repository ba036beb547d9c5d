"""The record: documents, incident reports and merged incidents in SQLite (default) or PostgreSQL."""

from .database import Database, database_url, open_database

__all__ = ["Database", "database_url", "open_database"]
