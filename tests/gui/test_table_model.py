"""The windowed table model over a fast in-memory list that answers pages like the services do.

The panes' tests drive the same model over the real database; these check what is hard to
set up there: a hundred thousand rows, jumps, reads in both directions, memory that stays flat.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import pytest

from iam_console.services.paging import Page, PageRequest
from iam_console.views.table_model import KEPT_BLOCKS, PAGE_SIZE, Column, PagedTableModel
from iam_console.views.tasks import ImmediateTaskRunner


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class ListSource:
    """Rows sorted by (name, id), paged by key and skip exactly as ``services.paging`` does."""

    def __init__(self, count: int):
        self.rows = [Row(n + 1, f"name{n // 3:07d}") for n in range(count)]
        self.requests: list[PageRequest] = []

    def keys(self) -> list[tuple[str, int]]:
        return [(r.name, r.id) for r in self.rows]

    def __call__(self, request: PageRequest) -> Page[Row]:
        self.requests.append(request)
        keys = self.keys()
        if request.descending:
            end = len(keys) if request.after is None else bisect.bisect_left(keys, request.after)
            picked = list(reversed(self.rows[:end]))
        else:
            start = 0 if request.after is None else bisect.bisect_right(keys, request.after)
            picked = self.rows[start:]
        rows = picked[request.skip:request.skip + request.limit + 1]
        kept = rows[:request.limit]
        if not kept:
            return Page([], None)
        first, last = (kept[0].name, kept[0].id), (kept[-1].name, kept[-1].id)
        return Page(kept, last if len(rows) > request.limit else None, first, last)


@pytest.fixture
def runner(qapp):
    return ImmediateTaskRunner()


def make_model(source: ListSource, runner) -> PagedTableModel:
    model = PagedTableModel([Column("Name", lambda r: r.name, "name")], source, runner)
    model.reload()
    return model


def counted_model(source: ListSource, runner, qtbot) -> PagedTableModel:
    """A model past its first page, told how many rows there are (as the pane does)."""
    model = make_model(source, runner)
    qtbot.waitUntil(lambda: not model.is_loading)
    model.set_total(len(source.rows))
    return model


def look_at(model: PagedTableModel, qtbot, row: int) -> Row:
    """What a view does when it paints ``row``: ask for it, then wait until it has arrived."""
    model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: model.row_at(row) is not None and not model.is_loading)
    found = model.row_at(row)
    assert found is not None
    return found


def test_before_the_count_the_rows_grow_a_page_at_a_time(qtbot, runner):
    source = ListSource(450)
    model = make_model(source, runner)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.canFetchMore()
    assert [model.row_at(i).id for i in range(450)] == [r.id for r in source.rows]


def test_a_jump_into_the_middle_reads_one_block_not_everything_before_it(qtbot, runner):
    source = ListSource(100_000)
    model = make_model(source, runner)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not model.is_loading)
    model.set_total(100_000)
    assert model.rowCount() == 100_000
    assert model.data(model.index(73_456, 0)) == "\u2026"  # a placeholder, no waiting
    source.requests.clear()
    assert look_at(model, qtbot, 73_456) == source.rows[73_456]
    jump = source.requests[0]
    # from the end backwards is shorter than from the first block forwards
    assert jump.descending and jump.after is None
    assert jump.skip == 100_000 - 73_600
    assert [model.row_at(i) for i in range(73_400, 73_600)] == source.rows[73_400:73_600]


def test_dragging_to_the_end_reads_the_last_rows_backwards(qtbot, runner):
    source = ListSource(10_050)
    model = counted_model(source, runner, qtbot)
    source.requests.clear()
    assert look_at(model, qtbot, 10_049) == source.rows[-1]
    last = source.requests[0]
    assert (last.descending, last.after, last.skip, last.limit) == (True, None, 0, 50)
    assert [model.row_at(i) for i in range(10_000, 10_050)] == source.rows[10_000:]


def test_neighbouring_blocks_continue_from_a_held_key_in_either_direction(qtbot, runner):
    source = ListSource(100_000)
    model = counted_model(source, runner, qtbot)
    look_at(model, qtbot, 50_100)
    qtbot.waitUntil(lambda: not model.is_loading and not runner.pending)
    source.requests.clear()
    below = look_at(model, qtbot, 50_300 + 3 * PAGE_SIZE)  # two blocks on: a short skip
    assert below == source.rows[50_300 + 3 * PAGE_SIZE]
    assert source.requests[0].skip < 3 * PAGE_SIZE and not source.requests[0].descending
    source.requests.clear()
    above = look_at(model, qtbot, 49_700)
    assert above == source.rows[49_700]
    assert all(r.skip == 0 for r in source.requests)  # read back from the held block's key


def test_scrolling_through_everything_keeps_memory_flat(qtbot, runner):
    source = ListSource(60_000)
    model = counted_model(source, runner, qtbot)
    for row in range(0, 60_000, PAGE_SIZE):
        assert look_at(model, qtbot, row) == source.rows[row]
    qtbot.waitUntil(lambda: not model.is_loading and not runner.pending)
    assert model.held_rows <= KEPT_BLOCKS * PAGE_SIZE
    assert model.row_at(59_999) is not None and model.row_at(0) is None
    assert all(r.skip == 0 for r in source.requests)  # every block continued from the last


def test_a_refresh_shows_the_old_rows_until_the_new_ones_arrive(qtbot, runner):
    source = ListSource(1_000)
    model = counted_model(source, runner, qtbot)
    look_at(model, qtbot, 0)
    source.rows[0] = Row(1, "name0000000 renamed")
    runner.submit = lambda *args, **kwargs: 0  # the database is slow to answer
    model.refresh()
    assert model.row_at(0).name == "name0000000"  # nothing blanks while it reloads
    del runner.submit
    model.refresh()
    qtbot.waitUntil(lambda: model.row_at(0).name == "name0000000 renamed")


def test_a_smaller_count_removes_rows_from_the_end(qtbot, runner):
    source = ListSource(500)
    model = counted_model(source, runner, qtbot)
    look_at(model, qtbot, 450)
    del source.rows[100:]
    with qtbot.waitSignal(model.rowsRemoved):
        model.set_total(100)
    assert model.rowCount() == 100 and model.row_at(450) is None
    assert look_at(model, qtbot, 99) == source.rows[99]


def test_a_view_paints_what_the_rows_hold_and_placeholders_for_rows_on_their_way(qtbot, runner):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    source = ListSource(1_000)
    model = PagedTableModel([Column("Name", lambda r: r.name, "name"),
                             Column("Number", lambda r: f"{r.id:,}", None, numeric=True)],
                            source, runner)
    model.reload()
    qtbot.waitUntil(lambda: not model.is_loading)
    model.set_total(1_000)
    delegate = QStyledItemDelegate()

    def painted(row: int, column: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, column))  # what a view does per cell
        return option

    assert painted(5, 0).text == "name0000001"
    number = painted(5, 1)
    assert number.text == "6" and number.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert painted(900, 0).text == "\u2026"  # not loaded yet: a placeholder, and asked for
    qtbot.waitUntil(lambda: painted(900, 0).text == source.rows[900].name)
