"""`coach frameworks`: list, show and validate framework definitions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach.cli import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("frameworks", help="list, show and check frameworks")
    sub = parser.add_subparsers(dest="frameworks_command", metavar="ACTION")
    listing = sub.add_parser("list", help="every framework: id, title and purpose")
    listing.set_defaults(func=run_list)
    show = sub.add_parser("show", help="one framework's stages and questions")
    show.add_argument("id")
    show.set_defaults(func=run_show)
    validate = sub.add_parser("validate", help="check framework files; exit 1 if any is broken")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.set_defaults(func=run_validate)


def _load():  # noqa: ANN202 - LoadResult
    from coach.engine.frameworks import load_frameworks

    result = load_frameworks()
    for error in result.errors:
        print(f"coach: skipped a broken framework: {error}", file=sys.stderr)
    return result


def run_list(args: argparse.Namespace) -> int:
    from coach.engine.frameworks import ordered

    frameworks = ordered(_load().frameworks)
    width = max((len(f.id) for f in frameworks), default=0)
    for framework in frameworks:
        print(f"{framework.id:<{width}}  {framework.title}: {framework.purpose}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from coach.engine.frameworks import UnknownFramework, find_framework

    try:
        framework = find_framework(_load().frameworks, args.id)
    except UnknownFramework as exc:
        raise UserError(str(exc)) from None
    print(f"{framework.title} ({framework.id})")
    print(framework.purpose)
    print(f"Source: {framework.source}")
    print(f"Suits: {', '.join(framework.suits)}")
    for number, stage in enumerate(framework.stages, 1):
        print(f"\n{number}. {stage.title}: {stage.purpose}")
        for question in stage.questions:
            print(f"   - {question}")
        for question in stage.follow_ups:
            print(f"   + {question}")
        notes = []
        if stage.playback:
            notes.append("ends with a play-back")
        if stage.max_words:
            notes.append(f"at most {stage.max_words} words")
        for branch in stage.branches:
            notes.append(f"goes to {branch.goto} on: {', '.join(branch.when)}")
        if stage.next:
            notes.append(f"then {stage.next}")
        if notes:
            print(f"   ({'; '.join(notes)})")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from coach.engine.frameworks import FrameworkError, load_file

    failed = 0
    for path in args.files:
        try:
            framework = load_file(path)
        except FrameworkError as exc:
            for problem in (exc, *exc.more):
                print(f"{problem}", file=sys.stderr)
            failed += 1
        else:
            stages = len(framework.stages)
            print(f"{path}: ok ({framework.id}, {stages} stage{'s' if stages != 1 else ''})")
    return 1 if failed else 0
