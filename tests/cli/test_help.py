"""Every command documents itself (a command without help text is a bug)."""

import click
import pytest
from click.testing import CliRunner

from hadath.cli import main


def _commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


@pytest.mark.parametrize("path,cmd", list(_commands(main)), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_has_help(path, cmd):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert (cmd.help or "").strip(), f"hadath {' '.join(path)} has no help text"
    assert "Usage:" in result.output


def test_usage_error_exits_2():
    result = CliRunner().invoke(main, ["code"])
    assert result.exit_code == 2
    result = CliRunner().invoke(main, ["code", "x.txt", "--date", "yesterday"])
    assert result.exit_code == 2
    assert "not a date" in result.output
