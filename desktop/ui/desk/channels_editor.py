"""Settings: which channels each person at the desk sees (an admin's choice).

Choose a profile, then tick its channels: the first line, "Every channel", also covers
channels added later; untick it to choose. What a profile does not see is gone from its
inbox, unread counts, notifications and search. Each change is stored at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.services.agent_channels import AgentChannels, ChannelOption
from desktop.services.work import AgentRow, WorkDesk
from desktop.ui.inbox.inbox_page import colour_icon
from desktop.ui.task_scope import UiTaskScope

log = logging.getLogger(__name__)

_NUMBER = Qt.ItemDataRole.UserRole  # a channel's item: the number it is stored by
ALL = "*"  # the "every channel" item's data


class AgentChannelsEditor(QWidget):
    # a change could not be stored (payload: the words to show, with what to do)
    failed = Signal(str)
    # the editor shows what is stored for the chosen profile (after a load or a change)
    shown = Signal()
    # a change was stored and is shown (payload: the profile's id)
    stored = Signal(int)

    def __init__(self, work: WorkDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentChannels")
        self._work = work
        self._tasks = UiTaskScope(self)
        self._options: list[ChannelOption] = []
        self.agent = QComboBox(self)
        self.agent.setObjectName("channelsAgent")
        self.agent.setToolTip(self.tr("Whose channels to change"))
        self.channels = QListWidget(self)
        self.channels.setObjectName("agentChannelList")
        self.channels.setMaximumHeight(132)  # six lines; more scroll
        self.hint = QLabel(
            self.tr(
                "Only the ticked channels' conversations, unread counts, notifications and "
                "search results reach this person. Changes apply at once."
            ),
            self,
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.agent)
        layout.addWidget(self.channels)
        layout.addWidget(self.hint)
        self.agent.currentIndexChanged.connect(lambda _i: self.reload_choice())
        self.channels.itemChanged.connect(self._ticked)
        work.listeners.append(self.reload)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._tasks.spawn(self.load(), name="settings:agent-channels")

    def reload_choice(self) -> None:
        self._tasks.spawn(self._show_choice(), name="settings:agent-channels")

    async def load(self) -> None:
        agents: list[AgentRow] = await self._work.agents()
        self._options = await self._work.channel_options()
        current = self.agent.currentData()
        if current is None:
            current = self._work.me
        self.agent.blockSignals(True)
        self.agent.clear()
        for agent in agents:
            self.agent.addItem(colour_icon(agent.colour), agent.name, agent.id)
        self.agent.setCurrentIndex(max(0, self.agent.findData(current)))
        self.agent.blockSignals(False)
        self.agent.setEnabled(bool(agents))
        await self._show_choice()

    def chosen_agent(self) -> int | None:
        agent_id = self.agent.currentData()
        return agent_id if isinstance(agent_id, int) else None

    async def _show_choice(self) -> None:
        agent_id = self.chosen_agent()
        choice = (
            await self._work.agent_channels(agent_id)
            if agent_id is not None
            else AgentChannels(True)
        )
        if agent_id != self.chosen_agent():
            return  # another profile was chosen meanwhile: its own reading shows it
        self._show(choice, enabled=agent_id is not None)
        self.shown.emit()

    def _show(self, choice: AgentChannels, *, enabled: bool) -> None:
        self.channels.blockSignals(True)
        self.channels.clear()
        every = QListWidgetItem(self.tr("Every channel, also channels added later"))
        every.setData(_NUMBER, ALL)
        every.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        every.setCheckState(
            Qt.CheckState.Checked if choice.all_channels else Qt.CheckState.Unchecked
        )
        self.channels.addItem(every)
        for option in self._options:
            text = self.tr("{channel} ({number})").format(
                channel=option.name, number=option.display_phone_number
            )
            item = QListWidgetItem(colour_icon(option.colour), text)
            item.setToolTip(text)
            item.setData(_NUMBER, option.number_id)
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if not choice.all_channels:
                flags |= Qt.ItemFlag.ItemIsEnabled  # with every channel seen, nothing to tick
            item.setFlags(flags)
            seen = choice.all_channels or bool(choice.number_ids.intersection(option.numbers))
            item.setCheckState(Qt.CheckState.Checked if seen else Qt.CheckState.Unchecked)
            self.channels.addItem(item)
        self.channels.setEnabled(enabled)
        self.channels.blockSignals(False)

    # -- changing --------------------------------------------------------------------------------
    def ticked(self) -> AgentChannels:
        """What the ticks say now."""
        numbers: set[str] = set()
        every = False
        for row in range(self.channels.count()):
            item = self.channels.item(row)
            on = item.checkState() == Qt.CheckState.Checked
            data = item.data(_NUMBER)
            if data == ALL:
                every = on
            elif on and isinstance(data, str):
                numbers.add(data)
        return AgentChannels(every, frozenset() if every else frozenset(numbers))

    def _ticked(self, _item: QListWidgetItem) -> None:
        agent_id = self.chosen_agent()
        if agent_id is not None:
            self._tasks.spawn(self.store(agent_id, self.ticked()), name="settings:agent-channels")

    async def store(self, agent_id: int, choice: AgentChannels) -> None:
        try:
            await self._work.set_agent_channels(agent_id, choice.all_channels, choice.number_ids)
        except Exception:
            log.warning("could not store the channels of agent %s", agent_id, exc_info=True)
            self.failed.emit(
                self.tr(
                    "The channels were not changed: the database did not answer. "
                    "Try again in a moment."
                )
            )
            await self._show_choice()  # the ticks go back to what is stored
            return
        if agent_id == self.chosen_agent():
            await self._show_choice()  # "every channel" enables or greys the others
        self.stored.emit(agent_id)
