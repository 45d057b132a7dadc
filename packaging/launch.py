"""The bundle's entry point (PyInstaller runs this file as ``__main__``)."""

from iam_console.app import main

raise SystemExit(main())
