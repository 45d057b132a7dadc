"""The benchmark scripts still run (on tiny data; their timings are not judged here)."""

import pytest

from benchmarks.generate import generate
from benchmarks.run import measure
from iam_console.services import audit_chain
from iam_console.services.setup import open_and_prepare


@pytest.mark.parametrize("db_backend", ["sqlite", "postgresql"])
def test_generate_and_measure_a_small_database(database_url, db_backend, qapp):
    made = generate(database_url, 300, 1000)
    assert (made["users"], made["events"]) == (300, 1000)
    result = measure(database_url, repeat=2, scroll_step=50)
    assert result["users"] == 301
    assert result["scroll"]["rows_scrolled"] == 301 and result["scroll"]["reached_the_end"]
    assert result["scroll_to_end_ms"]["n"] == 2 and result["jump_anywhere_ms"]["n"] == 2
    assert isinstance(result["log_filter_first_page_ms"]["rows_on_page"], int)
    assert set(result["search_first_page_ms"]) == {"one_user", "about_10_users",
                                                   "a_last_name_4pct", "two_letters"}
    # the generated log has the final event shape: chained, and it verifies
    database, _status = open_and_prepare(database_url)
    checked = audit_chain.verify_chain(database, None)
    database.dispose()
    assert checked.intact, checked.message
    assert checked.checked >= 1000


def test_measuring_leaves_dev_null_a_device():
    import os
    import stat

    assert stat.S_ISCHR(os.stat(os.devnull).st_mode), "something replaced /dev/null with a file"
