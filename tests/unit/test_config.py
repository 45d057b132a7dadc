"""Which database the console opens: argument, environment, settings file, default."""

from iam_console import config


def first_url(argument, demo, where) -> str:
    _profiles, first = config.startup_profiles(argument, demo, where)
    return first.url()


def test_order_argument_environment_settings_default(tmp_path, monkeypatch):
    where = config.Locations(tmp_path / "cfg", tmp_path / "data")
    monkeypatch.delenv(config.DATABASE_ENV, raising=False)
    assert first_url(None, False, where).endswith("/data/console.sqlite3")
    assert first_url(None, True, where).endswith("/data/demo.sqlite3")
    where.config_dir.mkdir()
    where.settings_file.write_text("[database]\nurl = postgresql+psycopg://h/db\n")
    assert first_url(None, True, where) == "postgresql+psycopg://h/db"
    monkeypatch.setenv(config.DATABASE_ENV, str(tmp_path / "env.sqlite3"))
    assert first_url(None, False, where).endswith("/env.sqlite3")
    assert first_url("~/x.db", False, where).startswith("sqlite+pysqlite:////")


def test_home_variable_keeps_everything_in_one_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(config.HOME_ENV, str(tmp_path))
    where = config.locations()
    assert where.config_dir == tmp_path / "config" and where.data_dir == tmp_path / "data"
