"""``python -m iam_console``."""

from iam_console.app import main

raise SystemExit(main())
