"""The README's commands and the CLI stay in step."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SUBCOMMANDS = ["extract", "build", "export", "serve", "enqueue", "merge", "reparse", "crawl",
               "status"]


def shell_blocks(text: str) -> list[str]:
    return re.findall(r"```(?:bash|sh|console)?\n(.*?)```", text, re.S)


def commands(text: str) -> list[str]:
    lines = []
    for block in shell_blocks(text):
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("$ "):
                line = line[2:]
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


def test_readme_opens_with_the_two_commands():
    first = shell_blocks(README)[0].split("\n")
    assert first[0].strip() == "make demo"
    assert first[1].strip() == "make test"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci.splitlines()[-1]


def test_make_targets_exist():
    makefile = (ROOT / "Makefile").read_text()
    for target in ("demo", "test"):
        assert re.search(rf"^{target}:", makefile, re.M)


def test_ris_help_lists_every_subcommand():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in SUBCOMMANDS:
        assert re.search(rf"^\s+{name}\s", result.output, re.M), name


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output or "example" in result.output


def documented_ris_calls():
    for line in commands(README):
        for part in line.split("|"):
            part = part.strip()
            if part.startswith("ris "):
                yield shlex.split(part, comments=True)


def test_every_documented_ris_option_exists():
    calls = list(documented_ris_calls())
    assert calls, "the README shows no ris command"
    for words in calls:
        sub = words[1]
        if sub.startswith("-"):
            continue
        result = CliRunner().invoke(cli, [sub, "--help"])
        assert result.exit_code == 0, f"README uses unknown command: {' '.join(words)}"
        for word in words[2:]:
            if word.startswith("--"):
                option = word.split("=")[0]
                assert option in result.output, f"README uses unknown option {option} of ris {sub}"


def test_scrapy_list_prints_ris():
    out = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["ris"]


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "ris, version" in result.output
