"""Every word of the database's fixed vocabulary is marked for translation."""

from __future__ import annotations

import sqlite3

from jimo_desktop import vocabulary
from jimo_desktop.schema import CONFIDENCE, LEVELS, ORGANIZATION_KINDS, PLACE_KINDS, PROJECT_ROLES
from jimo_desktop.translatable import Marked
from tests.conftest import COMMITTED_DB


def test_every_choice_of_the_schema_is_a_marked_word() -> None:
    for value in (*LEVELS, *PLACE_KINDS, *ORGANIZATION_KINDS, *PROJECT_ROLES, *CONFIDENCE):
        marked = vocabulary.word(value)
        assert isinstance(marked, Marked) and marked.context == "Vocabulary", value


def test_every_kind_in_the_database_is_a_marked_word() -> None:
    conn = sqlite3.connect(COMMITTED_DB)
    try:
        kinds = {
            row[0]
            for table in ("parks", "organizations", "projects", "places")
            for row in conn.execute(f"select distinct kind from {table}")
        }
    finally:
        conn.close()
    unmarked = sorted(k for k in kinds if not isinstance(vocabulary.word(k), Marked))
    assert not unmarked, f"add these kinds to jimo_desktop.vocabulary: {unmarked}"


def test_other_text_is_kept_as_it_is() -> None:
    assert vocabulary.word("Qingdao Blue Valley") == "Qingdao Blue Valley"
    assert not isinstance(vocabulary.word("Qingdao Blue Valley"), Marked)
