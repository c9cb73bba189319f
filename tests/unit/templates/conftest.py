"""Fixtures: fresh copies of the valid sample templates."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from tpl_samples import AUTHENTICATION, NAMED_UTILITY, POSITIONAL_MARKETING


@pytest.fixture
def named_utility() -> dict[str, Any]:
    return copy.deepcopy(NAMED_UTILITY)


@pytest.fixture
def positional_marketing() -> dict[str, Any]:
    return copy.deepcopy(POSITIONAL_MARKETING)


@pytest.fixture
def authentication() -> dict[str, Any]:
    return copy.deepcopy(AUTHENTICATION)
