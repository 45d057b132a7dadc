"""Entry point: read arguments and settings, build the object graph and start Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from types import TracebackType

from iam_console import __version__, config, deployment

LINK_SCHEME = "iam-console://"  # registered by the installers (packaging/)
SMOKE_LINE = "IAM Console: first window painted"
SMOKE_LIMIT_MS, SMOKE_FAILED = 60_000, 3  # no window painted within a minute: exit 3


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="iam-console",
                                     description="Administration console for users, "
                                                 "organizations and roles.")
    parser.add_argument("--database", metavar="FILE_OR_URL",
                        help="SQLite file path or database URL "
                             f"(default: ${config.DATABASE_ENV}, the settings file, "
                             "or a file in your data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo database, filling it with demo data when empty")
    parser.add_argument("--version", action="version", version=f"IAM Console {__version__}")
    parser.add_argument("--appearance", choices=("system", "light", "dark"),
                        help="light or dark for this run (default: as chosen in Settings, "
                             "else the system's)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, paint the sign-in window, print one line and exit 0 "
                             "(the installers' check and the start-up benchmark)")
    parser.add_argument("link", nargs="?", default="",
                        help="an iam-console://redeem?token=... link: opens the sign-in "
                             "window's activation or reset dialog with the code filled in")
    return parser.parse_args(argv)


def _show_and_log(kind: type[BaseException], exc: BaseException,
                  trace: TracebackType | None) -> None:
    """An error nobody caught on the window's thread: logged, then the error dialog."""
    logging.getLogger("iam_console").critical("uncaught error", exc_info=(kind, exc, trace))
    from PySide6.QtWidgets import QApplication

    from iam_console.views.error_dialog import show_incident

    show_incident(exc, QApplication.activeWindow())


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["audit"]:  # a command for a terminal, no window
        from iam_console.audit_command import run

        return run(arguments[1:])
    args = parse_arguments(arguments)
    from iam_console import log_files

    log_file = log_files.configure()
    log = logging.getLogger("iam_console")
    log.info("IAM Console %s starting (log file %s)", __version__, log_file)
    where = config.locations()
    deployed = deployment.install(deployment.find())  # its values are locked on this desktop
    if deployed.path is not None:
        log.info("following the deployment settings file %s", deployed.path)
    for problem in deployed.problems:
        log.warning("%s: %s", deployed.path, problem)
    profiles, first = config.startup_profiles(args.database, args.demo, where,
                                              deployed.connections(), deployed.own_connections)
    overridden = bool(args.database or args.demo or first.url_override)

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from iam_console.auth.passwords import PasswordHasher
    from iam_console.views.session import ConsoleSession

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("IAM Console")
    app.setApplicationVersion(__version__)
    from iam_console.views.i18n import install_translations

    for translator in install_translations():
        log.info("translation loaded: %s", translator.filePath())
    from PySide6.QtGui import QIcon

    from iam_console.views import resources_rc  # noqa: F401  (the SVG icons, :/icons/)

    QApplication.setWindowIcon(QIcon(":/icons/iam-console.svg"))
    where.config_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(where.window_state_file), QSettings.Format.IniFormat)
    from iam_console.views.appearance import SETTING as APPEARANCE
    from iam_console.views.appearance import Appearance

    Appearance(app, args.appearance or deployed.appearance()
               or str(settings.value(APPEARANCE, "system")))
    session = ConsoleSession(profiles, first, demo=args.demo, hasher=PasswordHasher(),
                             settings=settings,
                             store=None if overridden else config.ProfileStore(where))
    sys.excepthook = _show_and_log
    session.start()
    from iam_console.views.link_events import LinkEvents

    LinkEvents(app, LINK_SCHEME, session.sign_in_window.open_redeem)
    if args.link.startswith(LINK_SCHEME):
        session.sign_in_window.open_redeem(args.link)
    if args.smoke_test:
        from iam_console.views.first_paint import FirstPaint

        def painted() -> None:
            if sys.stdout is not None:  # a windowed program on Windows has none
                print(SMOKE_LINE, flush=True)
            app.quit()

        FirstPaint(session.sign_in_window, painted)
        QTimer.singleShot(SMOKE_LIMIT_MS, lambda: app.exit(SMOKE_FAILED))
    code = app.exec()
    session.shutdown()
    log.info("IAM Console closed (exit code %s)", code)
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
