"""How each outbox message kind is said in Slack.

A renderer takes the message's ``data`` and the running bot's :class:`~app.deps.Deps`
and returns the ``chat.postMessage`` arguments except ``channel``: ``text`` (the
notification and fallback) and, usually, ``blocks``.

Example::

    @renders("team.invited")
    def invited(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
        return {"text": f"<@{data['by']}> invited you to a team", "blocks": [...]}

    load_all()
    render("team.invited", {"by": "U1"}, deps)
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.deps import Deps

Renderer = Callable[[Mapping[str, Any], "Deps"], dict[str, Any]]
_RENDERERS: dict[str, Renderer] = {}


class UnknownKind(LookupError):
    """No renderer is registered for an outbox message kind."""


def renders(kind: str) -> Callable[[Renderer], Renderer]:
    """Register the decorated function as the renderer of ``kind`` (once per kind)."""
    def decorate(fn: Renderer) -> Renderer:
        if _RENDERERS.get(kind, fn) is not fn:
            raise ValueError(f"two renderers for {kind!r}")
        _RENDERERS[kind] = fn
        return fn
    return decorate


def render(kind: str, data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    """The ``chat.postMessage`` arguments (without ``channel``) for one message."""
    try:
        renderer = _RENDERERS[kind]
    except KeyError:
        raise UnknownKind(kind) from None
    return renderer(data, deps)


def kinds() -> frozenset[str]:
    return frozenset(_RENDERERS)


def load_all() -> None:
    """Import every module of ``handlers.render`` so each registers its renderers."""
    import handlers.render as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name != "registry":
            importlib.import_module(f"{package.__name__}.{info.name}")
