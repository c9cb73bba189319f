"""What start-up needs to know: settings, the secret store, the DB, how lively the sandbox is."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.models.db import data_dir
from desktop.services.settings import AppSettings, MemorySecretStore, SecretStore

Mode = Literal["sandbox", "live"]


@dataclass
class SandboxTuning:
    """How lively the simulated customers are (tests make everything fast)."""

    customer_interval: float = 25.0
    review_delay: float = 6.0
    status_delay: float = 0.8
    read_delay: float = 3.0
    simulate_customers: bool = True
    seed: int | None = 0


@dataclass
class StartOptions:
    settings: AppSettings = field(default_factory=AppSettings)
    secrets: SecretStore = field(default_factory=MemorySecretStore)
    db_url: str | None = None
    force_sandbox: bool = False
    sandbox: SandboxTuning = field(default_factory=SandboxTuning)
    health_interval: float = 30.0
    database_interval: float = 5.0  # how often the database is asked whether it answers


def default_db_url_for(mode: Mode) -> str:
    """Sandbox demo data lives apart from the real inbox."""
    name = "sandbox.sqlite3" if mode == "sandbox" else "wabadesk.sqlite3"
    return f"sqlite:///{Path(data_dir()) / name}"
