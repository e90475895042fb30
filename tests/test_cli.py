"""The course-bot command line: load-course, migrate, socket without a token."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


@pytest.mark.slow
def test_load_course_twice_changes_nothing(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    first = run("load-course", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    assert "4 created" in first.stdout
    second = run("load-course", cwd=tmp_path, env=env)
    assert second.returncode == 0 and "(nothing changed)" in second.stdout


@pytest.mark.slow
def test_bad_course_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("id = 'x'\n[[deadlines\n")
    result = run("load-course", str(bad), cwd=tmp_path,
                 env={"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "bad.toml" in result.stderr


@pytest.mark.slow
def test_socket_needs_an_app_token(tmp_path: Path) -> None:
    result = run("socket", cwd=tmp_path, env={"SLACK_APP_TOKEN": ""})
    assert result.returncode == 2 and "SLACK_APP_TOKEN" in result.stderr


@pytest.mark.slow
def test_shell_rejects_a_bad_now(tmp_path: Path) -> None:
    result = run("shell", "--now", "next tuesday-ish", "-c", "/deadlines", cwd=tmp_path)
    assert result.returncode == 2 and "--now" in result.stderr and "Traceback" not in result.stderr


def test_every_setting_is_documented() -> None:
    """Each Settings field is in .env.example (with a comment) and in the README table."""
    import re

    from app.config import Settings

    fields = {name.upper() for name in Settings.model_fields}
    example = (ROOT / ".env.example").read_text()
    assert {m.group(1) for m in re.finditer(r"(?m)^([A-Z_]+)=", example)} == fields
    assert fields <= set(re.findall(r"\| `([A-Z_]+)` \|", (ROOT / "README.md").read_text()))


@pytest.mark.slow
def test_load_course_for_several_workspaces(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    both = run("load-course", "--workspace", "T0ONE", "T0TWO", cwd=tmp_path, env=env)
    assert both.returncode == 0, both.stderr
    lines = both.stdout.splitlines()
    assert len(lines) == 2 and "cs598-fall2021~T0ONE" in lines[0] and "4 created" in lines[0]
    assert "cs598-fall2021~T0TWO" in lines[1] and "4 created" in lines[1]
    for empty in ([""], ["T0ONE", " "]):
        refused = run("load-course", "--workspace", *empty, cwd=tmp_path, env=env)
        assert refused.returncode == 2 and "--workspace" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    plain = run("load-course", cwd=tmp_path, env=env)
    assert "4 created" in plain.stdout  # the empty workspace never loaded the plain course


@pytest.mark.slow
@pytest.mark.parametrize("command", ["serve", "worker"])
def test_half_an_oauth_setup_names_the_missing_half(tmp_path: Path, command: str) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "SLACK_BOT_TOKEN": "",
           "SLACK_SIGNING_SECRET": "s", "SLACK_CLIENT_ID": "123.456",
           "SLACK_CLIENT_SECRET": ""}
    result = run(command, cwd=tmp_path, env=env)
    assert result.returncode == 2 and "SLACK_CLIENT_SECRET is not set" in result.stderr
    assert "SLACK_BOT_TOKEN is not set" not in result.stderr and "Traceback" not in result.stderr
    swapped = run(command, cwd=tmp_path, env={**env, "SLACK_CLIENT_ID": "",
                                              "SLACK_CLIENT_SECRET": "x"})
    assert swapped.returncode == 2 and "SLACK_CLIENT_ID is not set" in swapped.stderr


@pytest.mark.slow
def test_shell_db_takes_a_path_and_refuses_a_bad_url_in_one_line(tmp_path: Path) -> None:
    kept = tmp_path / "kept.db"
    result = run("shell", "--db", str(kept), "-c", "/deadlines all", cwd=tmp_path)
    assert result.returncode == 0 and kept.exists(), result.stderr
    for bad, said in (("postgresql://[bad", "cannot connect"),
                      ("postgresql://postgres@127.0.0.1:1/x", "cannot connect"),
                      ("nonsense://", "not a database URL")):
        result = run("shell", "--db", bad, "-c", "/deadlines", cwd=tmp_path)
        assert result.returncode != 0, bad
        assert said in result.stderr and "Traceback" not in result.stderr, result.stderr
