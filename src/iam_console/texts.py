"""The texts a person reads that come from below the views (services, auth, db, config), kept
translatable without bringing Qt there.

- ``say(template, *args)`` makes a sentence: a :class:`Text`, which *is* the English string (so
  services, logs, tests and the database use it as any ``str``) and also carries its template and
  arguments, so that a view shows it in the desktop's language with ``tr(text)``.
- ``QT_TRANSLATE_NOOP(context, word)`` marks a fixed word (a title, a state) the same way.

``scripts/build_resources.py`` collects both into the console's translation file (``say`` is
given to ``pyside6-lupdate`` as another name of ``tr``)."""

from __future__ import annotations


class Text(str):
    """An English sentence from below the views, with the template and arguments a translation
    needs. Whatever is done to it as a ``str`` (joining, slicing) gives a plain ``str``: join
    with another ``say()`` template instead where the result is shown."""

    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, *args: object) -> Text:
        text = super().__new__(cls, template.format(*args) if args else template)
        text.template = template
        text.args = args
        return text


def say(template: str, *args: object) -> Text:
    """The sentence ``template.format(*args)``, translatable: ``template`` is what a
    translator sees (``{0}``, ``{1}`` … for the arguments, which may be Texts themselves)."""
    return Text(template, *args)


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    return Text(text)
