"""The services' sentences are English strings that also carry what a translation needs."""

from __future__ import annotations

import json
import pickle

from iam_console.services import impact
from iam_console.services.errors import PermissionDenied
from iam_console.texts import QT_TRANSLATE_NOOP, Text, say


def test_a_sentence_is_its_english_text_with_template_and_arguments():
    text = say("There is no organization “{0}”.", "Sales")
    assert text == "There is no organization “Sales”."
    assert isinstance(text, str) and isinstance(text, Text)
    assert (text.template, text.args) == ("There is no organization “{0}”.", ("Sales",))
    assert json.loads(json.dumps({"reason": text})) == {
        "reason": "There is no organization “Sales”."}


def test_a_sentence_survives_what_happens_to_an_error():
    error = PermissionDenied(say("You do not hold “{0}” in {1}.", "Manage users", "Sales"))
    again = pickle.loads(pickle.dumps(error))  # as a background task hands it to the window
    assert str(again) == "You do not hold “Manage users” in Sales."
    assert again.args[0].template == "You do not hold “{0}” in {1}."


def test_braces_without_arguments_are_kept_as_written():
    text = say("The link must hold {token} where the code goes.")
    assert text == "The link must hold {token} where the code goes."
    assert text.args == ()


def test_counted_sentences_are_whole_sentences_for_each_number():
    assert impact._users_in(1, 1) == "This affects 1 user in 1 organization."
    assert impact._users_in(1200, 3) == "This affects 1,200 users in 3 organizations."
    words = impact._users_in(2, 1).args
    assert [w.template for w in words] == ["{0:,} users", "{0:,} organization"]


def test_fixed_words_are_marked_the_same_way():
    word = QT_TRANSLATE_NOOP("", "Activation link")
    assert word == "Activation link" and isinstance(word, Text)
