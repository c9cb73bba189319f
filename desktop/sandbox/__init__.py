"""A local Cloud API simulator, like Meta's test environment, served on loopback."""

from desktop.sandbox.errors import SandboxError, SandboxStartError
from desktop.sandbox.server import SandboxServer

__all__ = ["SandboxError", "SandboxServer", "SandboxStartError"]
