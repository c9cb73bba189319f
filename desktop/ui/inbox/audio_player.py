"""A player strip under the thread for voice notes and audio files.

Bubbles are painted by one delegate, not widgets, so the controls of the voice note being
played live in one strip below the thread: play/pause, a position slider, "0:03 / 0:12"
and the name. QtMultimedia plays it (``QMediaPlayer`` with ``QAudioOutput``); on a machine
without an audio device the position still advances (a null output), and without
QtMultimedia at all the strip says what is missing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from desktop.ui.chat.customer_text import plain_label

log = logging.getLogger(__name__)


def clock(ms: int) -> str:
    """Milliseconds as m:ss (h:mm:ss from an hour)."""
    seconds = max(ms, 0) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class AudioPlayer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audioPlayer")
        self._player: Any = None
        self._output: Any = None
        self._dragging = False
        self.play_button = QPushButton(self)
        self.play_button.setObjectName("playPause")
        self.play_button.setEnabled(False)
        self.play_button.setFixedWidth(44)
        self.title = plain_label(QLabel(self))
        self.title.setObjectName("audioTitle")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("audioPosition")
        self.slider.setRange(0, 0)
        self.time_label = QLabel(clock(0) + " / " + clock(0), self)
        self.time_label.setObjectName("audioTime")
        self.problem = QLabel(self)
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.close_button = QPushButton(self.tr("Close player"), self)
        self.close_button.setFlat(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 8, 4)
        row.addWidget(self.play_button)
        row.addWidget(self.title)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        row.addWidget(self.problem, 1)
        row.addWidget(self.close_button)
        self.play_button.clicked.connect(self.toggle)
        self.close_button.clicked.connect(self.stop_and_hide)
        self.slider.sliderPressed.connect(lambda: setattr(self, "_dragging", True))
        self.slider.sliderReleased.connect(self._seek_to_slider)
        self._show_state(playing=False)
        self.hide()

    # -- state ---------------------------------------------------------------------------
    @property
    def position(self) -> int:
        return int(self._player.position()) if self._player is not None else 0

    @property
    def duration(self) -> int:
        return int(self._player.duration()) if self._player is not None else 0

    @property
    def playing(self) -> bool:
        if self._player is None:
            return False
        from PySide6.QtMultimedia import QMediaPlayer

        return bool(self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)

    def _ensure_player(self) -> bool:
        if self._player is not None:
            return True
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:  # e.g. Linux without the PulseAudio library
            log.info("QtMultimedia is not available: %s", exc)
            self._say(
                self.tr(
                    "Audio cannot be played on this computer: Qt's multimedia part is missing "
                    "({error}). On Linux install the PulseAudio library (libpulse0). You can "
                    "still save the file and play it in another program."
                ).format(error=str(exc)[:120])
            )
            return False
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.positionChanged.connect(self._position_changed)
        self._player.durationChanged.connect(self._duration_changed)
        self._player.playbackStateChanged.connect(
            lambda _state: self._show_state(playing=self.playing)
        )
        self._player.errorOccurred.connect(self._failed)
        return True

    # -- commands ------------------------------------------------------------------------
    def play_file(self, path: Path, title: str) -> None:
        self.show()
        self.problem.hide()
        self.title.setText(title)
        self.title.setToolTip(path.name)
        if not self._ensure_player():
            return
        self.play_button.setEnabled(True)
        self.slider.show()
        self.time_label.show()
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def toggle(self) -> None:
        if self._player is None:
            return
        if self.playing:
            self._player.pause()
        else:
            self._player.play()

    def stop_and_hide(self) -> None:
        if self._player is not None:
            self._player.stop()
        self.hide()

    # -- slots ---------------------------------------------------------------------------
    def _position_changed(self, position: int) -> None:
        if not self._dragging:
            self.slider.setValue(int(position))
        self.time_label.setText(clock(int(position)) + " / " + clock(self.duration))

    def _duration_changed(self, duration: int) -> None:
        self.slider.setRange(0, max(int(duration), 0))
        self.time_label.setText(clock(self.position) + " / " + clock(int(duration)))

    def _seek_to_slider(self) -> None:
        self._dragging = False
        if self._player is not None:
            self._player.setPosition(self.slider.value())

    def _show_state(self, *, playing: bool) -> None:
        self.play_button.setText("⏸" if playing else "▶")
        self.play_button.setToolTip(self.tr("Pause") if playing else self.tr("Play"))

    def _failed(self, _error: Any, message: str) -> None:
        self._say(
            self.tr(
                "This recording cannot be played here ({error}). Save it and play it in "
                "another program."
            ).format(error=message[:160] or self.tr("unknown error"))
        )

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.play_button.setEnabled(False)
        self.slider.hide()
        self.time_label.hide()
