"""Where Tawthiq keeps the user's files: one data dir (TAWTHIQ_DATA_DIR, else the platform's user data dir)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def data_dir() -> Path:
    return Path(os.environ.get("TAWTHIQ_DATA_DIR") or user_data_dir("tawthiq"))
