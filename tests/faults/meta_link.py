"""The network between the app and "Meta": a loopback TCP relay that a drill can cut.

Cutting it resets every open connection (a request half-way through is lost, or reached
the other side with its answer lost) and refuses new ones, as when a router or an uplink
goes down; restoring it listens again on the same port, so the app reconnects by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket


class MetaLink:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._pumps: set[asyncio.Task[None]] = set()
        self.port = 0
        self.cuts = 0
        # (answer_lost, done): the next request or answer is swallowed and the link cut
        self._trap: tuple[bool, asyncio.Future[None]] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        if self.port == 0:
            probe = socket.socket()
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
            probe.close()
        self._server = await asyncio.start_server(
            self._relay, "127.0.0.1", self.port, reuse_address=True
        )

    async def cut_mid_send(self, *, answer_lost: bool) -> None:
        """Cut while a send is under way: the next request reaches the other side and its
        answer is lost (``answer_lost``), or the request itself is lost on the way."""
        cut = asyncio.get_running_loop().create_future()
        self._trap = (answer_lost, cut)
        await cut

    async def cut(self) -> None:
        """New connections are refused and open ones are reset."""
        self._trap = None
        self.cuts += 1
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            with contextlib.suppress(Exception):
                writer.transport.abort()
        self._writers.clear()
        for task in list(self._pumps):
            task.cancel()
        await asyncio.gather(*self._pumps, return_exceptions=True)

    async def _spring(self, done: asyncio.Future[None]) -> None:
        await self.cut()
        if not done.done():
            done.set_result(None)

    async def restore(self) -> None:
        await self.start()

    async def close(self) -> None:
        await self.cut()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.transport.abort()
            return
        self._writers |= {writer, up_writer}
        for source, sink, answer in ((reader, up_writer, False), (up_reader, writer, True)):
            task = asyncio.get_running_loop().create_task(self._pump(source, sink, answer))
            self._pumps.add(task)
            task.add_done_callback(self._pumps.discard)

    async def _pump(
        self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, answer: bool
    ) -> None:
        try:
            while data := await source.read(65536):
                trap = self._trap
                if trap is not None and trap[0] == answer:  # swallowed: the cut comes now
                    done = trap[1]
                    asyncio.get_running_loop().create_task(self._spring(done))
                    return
                sink.write(data)
                await sink.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            with contextlib.suppress(Exception):
                sink.close()
            self._writers.discard(sink)
