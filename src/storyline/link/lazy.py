"""A table of the story index that is read from the store on first use and written back when changed.

The story index (link/stories.py) needs, for each new article, the document frequencies of its
terms, a few posting lists and a handful of candidate stories: a bounded slice of a state that grows
with the store. Reading that slice on demand, and writing back only what a link call changed, keeps
the cost of a call proportional to its batch instead of to the store. Without a loader the table is
a plain in-memory dict (tests, benchmarks, ``StoryIndex.to_state``).

Values may be changed in place (a story absorbing an article): the owner then calls ``mark`` so the
change is written back. Reads never mark: a candidate story that was only scored is not rewritten.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, MutableMapping
from typing import Generic, TypeVar

V = TypeVar("V")
Loader = Callable[[list[str]], dict[str, V]]


class LazyTable(MutableMapping[str, V], Generic[V]):
    def __init__(self, load: Loader[V] | None = None) -> None:
        self._data: dict[str, V] = {}
        self._absent: set[str] = set()  # asked for and not stored: not asked again
        self._load = load
        self.changed: set[str] = set()
        self.deleted: set[str] = set()

    def prefetch(self, names: Iterable[str]) -> None:
        """Read every name not yet known in one round trip (no-op without a loader)."""
        if self._load is None:
            return
        missing = sorted({n for n in names if n not in self._data and n not in self._absent})
        if missing:
            found = self._load(missing)
            self._data.update(found)
            self._absent.update(n for n in missing if n not in found)

    def mark(self, name: str) -> None:
        """Record that the value under ``name`` was changed in place."""
        self.changed.add(name)

    def take_changes(self) -> tuple[dict[str, V], set[str]]:
        """(changed name -> value, deleted names) since the last call; the table then counts as saved."""
        changed = {n: self._data[n] for n in sorted(self.changed) if n in self._data}
        deleted = set(self.deleted)
        self.changed.clear()
        self.deleted.clear()
        return changed, deleted

    def __getitem__(self, name: str) -> V:
        if name not in self._data:
            self.prefetch([name])
        return self._data[name]

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str) and name not in self._data:
            self.prefetch([name])
        return name in self._data

    def __setitem__(self, name: str, value: V) -> None:
        self._data[name] = value
        self._absent.discard(name)
        self.changed.add(name)
        self.deleted.discard(name)

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        del self._data[name]
        self._absent.add(name)
        self.changed.discard(name)
        self.deleted.add(name)

    def __iter__(self) -> Iterator[str]:
        """The names in memory: every name of an in-memory table, only those read so far of a stored one."""
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)
