"""A local Cloud API simulator, like Meta's test environment, served on loopback.

The app (sandbox mode) and the tests start it in-process and point the Cloud API client
at it; it posts signed webhooks to the app's receiver::

    sandbox = SandboxServer(webhook_url=receiver_url, app_secret=secret)
    base_url = await sandbox.start()          # http://127.0.0.1:PORT, Graph paths under /vNN.N/
    client = CloudApiClient("sandbox-token", base_url=base_url)
    ...
    sandbox.pause_customers()                  # simulated customers stop writing/answering
    await sandbox.customer_says(sandbox.phone_number_ids[0], "819012345601", "こんにちは")
    await sandbox.stop()

``wabadesk sandbox --port N --webhook-url URL --app-secret S`` runs it alone.
"""

from desktop.sandbox.errors import SandboxError, SandboxStartError
from desktop.sandbox.server import SandboxServer

__all__ = ["SandboxError", "SandboxServer", "SandboxStartError"]
