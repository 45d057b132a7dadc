"""Reading a sanctions list file in the shape of the UN Security Council Consolidated List
(``CONSOLIDATED_LIST`` with ``INDIVIDUALS`` and ``ENTITIES``): every field may be missing or
empty, several repeat. A file of another shape is refused with what was expected. The file
is read from disk only; the console never fetches lists."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iam_console.texts import say

from .errors import ValidationError

FILE = "file"
EXPECTED = (say("Expected the UN Security Council Consolidated List in its published XML "
                "format: a <CONSOLIDATED_LIST> root holding <INDIVIDUALS> and <ENTITIES>"))
MAX_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class ListedEntry:
    data_id: str
    kind: str  # individual or entity
    name: str
    reference: str
    names: tuple[str, ...]  # the name, aliases, the name in its original script
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ListedFile:
    generated: str
    entries: tuple[ListedEntry, ...]


def _text(element: ET.Element | None, tag: str) -> str:
    found = element.find(tag) if element is not None else None
    return " ".join((found.text or "").split()) if found is not None else ""


def _values(element: ET.Element, tag: str) -> list[str]:
    return [v for v in (" ".join((e.text or "").split())
                        for e in element.findall(f"{tag}/VALUE")) if v]


def _parts(element: ET.Element, tags: tuple[str, ...]) -> str:
    return ", ".join(p for p in (_text(element, t) for t in tags) if p)


def _birth_dates(element: ET.Element) -> list[str]:
    found = []
    for birth in element.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        kind = _text(birth, "TYPE_OF_DATE").lower()
        date, year = _text(birth, "DATE"), _text(birth, "YEAR")
        low, high = _text(birth, "FROM_YEAR"), _text(birth, "TO_YEAR")
        if date:
            found.append(date if kind != "approximately" else f"about {date}")
        elif year:
            found.append(year if kind != "approximately" else f"about {year}")
        elif low or high:
            found.append(f"between {low or '?'} and {high or '?'}")
    return found


def _entry(element: ET.Element, kind: str) -> ListedEntry | None:
    data_id = _text(element, "DATAID")
    parts = [_text(element, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME",
                                          "FOURTH_NAME")]
    name = " ".join(p for p in parts if p)
    if not data_id or not name:
        return None
    alias_tag = "INDIVIDUAL_ALIAS" if kind == "individual" else "ENTITY_ALIAS"
    aliases = [a for a in (_text(e, "ALIAS_NAME") for e in element.findall(alias_tag)) if a]
    original = _text(element, "NAME_ORIGINAL_SCRIPT")
    address_tag = "INDIVIDUAL_ADDRESS" if kind == "individual" else "ENTITY_ADDRESS"
    details: dict[str, Any] = {
        "list": _text(element, "UN_LIST_TYPE"), "listed_on": _text(element, "LISTED_ON"),
        "comments": _text(element, "COMMENTS1"), "aliases": aliases,
        "original_script": original,
        "addresses": [a for a in (_parts(e, ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY"))
                                  for e in element.findall(address_tag)) if a],
    }
    if kind == "individual":
        details.update({
            "title": _values(element, "TITLE"), "designation": _values(element, "DESIGNATION"),
            "nationality": _values(element, "NATIONALITY"),
            "date_of_birth": _birth_dates(element),
            "place_of_birth": [p for p in (_parts(e, ("CITY", "STATE_PROVINCE", "COUNTRY"))
                                           for e in element.findall(
                                               "INDIVIDUAL_PLACE_OF_BIRTH")) if p],
            "documents": [d for d in (_parts(e, ("TYPE_OF_DOCUMENT", "NUMBER",
                                                 "ISSUING_COUNTRY"))
                                      for e in element.findall("INDIVIDUAL_DOCUMENT")) if d],
        })
    names = tuple(dict.fromkeys([name, *aliases, *([original] if original else [])]))
    return ListedEntry(data_id, kind, name, _text(element, "REFERENCE_NUMBER"), names,
                       {k: v for k, v in details.items() if v})


def read_list(path: Path) -> ListedFile:
    """The list's entries; ValidationError at "file" for a file that is not one."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError({FILE: say("The file is larger than 100 MB; that is not a "
                                             "sanctions list this console reads.")})
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError({FILE: say("The file cannot be read: {0}.", exc.strerror or exc)}
                              ) from exc
    if re.search(rb"<!(DOCTYPE|ENTITY)", data, re.IGNORECASE):
        raise ValidationError({FILE: EXPECTED + "; this file declares a DOCTYPE or entities, "
                                     "which the published list does not."})
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ValidationError({FILE: f"{EXPECTED}; this file is not well-formed XML "
                                     f"({exc})."}) from exc
    if root.tag != "CONSOLIDATED_LIST":
        raise ValidationError({FILE: f"{EXPECTED}; this file's root is <{root.tag}>."})
    individuals, entities = root.find("INDIVIDUALS"), root.find("ENTITIES")
    if individuals is None and entities is None:
        raise ValidationError({FILE: f"{EXPECTED}; this file has neither."})
    entries = [e for e in (
        *(_entry(x, "individual") for x in (individuals if individuals is not None else [])
          if x.tag == "INDIVIDUAL"),
        *(_entry(x, "entity") for x in (entities if entities is not None else [])
          if x.tag == "ENTITY")) if e is not None]
    return ListedFile(root.get("dateGenerated", ""), tuple(entries))
