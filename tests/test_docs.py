"""Every command and option is documented: in --help and in the README."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from mobicheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
COMMAND = typer.main.get_command(app)


@pytest.mark.parametrize("name", sorted(COMMAND.commands))
def test_command_is_in_readme_with_help(name):
    command = COMMAND.commands[name]
    assert command.help and "Example:" in command.help
    assert f"mobicheck {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name,option", [(n, o) for n, c in sorted(COMMAND.commands.items())
                                         for p in c.params for o in p.opts if o.startswith("--")])
def test_option_has_help(name, option):
    param = next(p for p in COMMAND.commands[name].params if option in p.opts)
    assert param.help, f"{name} {option} has no help text"


def test_architecture_names_every_module():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    skip = {"__init__.py", "__main__.py", "model.py", "errors.py", "text.py", "cli.py", "pipeline.py"}
    for module in sorted((ROOT / "mobicheck").glob("*.py")):
        if module.name not in skip:
            assert f"`{module.name}`" in doc, f"docs/architecture.md does not mention {module.name}"
