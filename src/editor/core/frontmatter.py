"""YAML front matter: splitting it from the body, reading it forgivingly, writing it readably.

The reader uses YAML 1.1 minus its surprises: ``no``/``on`` stay text and ``12:30`` stays a time,
not the number 750, so unknown keys survive a round trip unchanged. The writer keeps Arabic
unescaped, lists in block style and dates in ISO form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from .notices import Notice

FENCE = "---"
_CLOSING_FENCES = ("---", "...")


# How many values aliases may add to a front matter block once expanded: a real one adds a few;
# a "billion laughs" block (anchors of lists of aliases of lists …) adds billions, which every
# later walk over the values (JSON, the details pane) would expand. A long list of its own
# (thousands of tags) adds nothing.
MAX_EXPANDED_NODES = 10_000
# How deep lists and mappings may nest (a real block nests two or three levels).
MAX_DEPTH = 100


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader whose implicit types are closer to YAML 1.2's core schema, refusing aliases
    that expand beyond MAX_EXPANDED_NODES."""

    def get_single_node(self) -> yaml.Node | None:
        node = super().get_single_node()
        if node is None:
            return None
        size, depth, distinct = _expanded_size(node)
        if depth > MAX_DEPTH:
            raise FrontMatterError(Notice("its lists or mappings are nested too deeply"), 2)
        if size - distinct > MAX_EXPANDED_NODES:
            raise FrontMatterError(
                Notice(
                    "its aliases (“*name”) repeat more than {limit} values",
                    limit=f"{MAX_EXPANDED_NODES:,}",
                ),
                2,
            )
        return node


def _expanded_size(root: yaml.Node) -> tuple[int, int, int]:
    """How many nodes ``root`` stands for with every alias expanded (shared nodes counted each
    time they are used; counting stops far past the limit), how deep it nests, and how many
    distinct nodes it has; computed without expanding anything."""
    sizes: dict[int, tuple[int, int]] = {}
    # Depth-first without recursion: a node's size is known once its children's are.
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if children_done or not children:
            known = [sizes.get(id(child), (0, 0)) for child in children]
            sizes[id(node)] = (
                min(1 + sum(size for size, _ in known), _COUNT_CAP),
                1 + max((depth for _, depth in known), default=0),
            )
            continue
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
    return (*sizes[id(root)], len(sizes))


_COUNT_CAP = 10**12


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FrontMatterLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_FrontMatterLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
)
_FrontMatterLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    # Plain base-10 only: "0755" is 755, not octal, and "1_000" stays text (resolver excludes it).
    return int(loader.construct_scalar(node))


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    # "2026-13-45" looks like a date but is not one: keep it as the text the writer typed.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


class _FrontMatterDumper(yaml.SafeDumper):
    """Indents block sequences under their key (``tags:\\n  - a``), as people write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


class FrontMatterError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.problem = message  # YAML's own words, or a Notice of ours
        self.line = line  # 1-based line in the file


@dataclass(frozen=True)
class SplitText:
    yaml_text: str | None  # None: the file has no front matter block
    body: str
    closed: bool = True  # False: an opening fence without a closing one


def split_front_matter(text: str) -> SplitText:
    """Split ``text`` (newlines already "\\n") into its YAML block and body.

    The body starts after the closing fence; the one blank line conventionally written after
    the fence belongs to the file format, not the body.
    """
    if not (text.startswith(FENCE + "\n") or text == FENCE):
        return SplitText(None, text)
    lines = text.split("\n")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSING_FENCES:
            yaml_text = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            if body.startswith("\n"):
                body = body[1:]
            return SplitText(yaml_text, body)
    return SplitText(None, text, closed=False)


def parse_yaml_mapping(yaml_text: str) -> dict[Any, Any]:
    """Parse a front matter block; raise FrontMatterError with the file line (block starts at 2)."""
    try:
        data = yaml.load(yaml_text, Loader=_FrontMatterLoader)
    except FrontMatterError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark is not None else 2
        raise FrontMatterError(_one_line(exc.problem or str(exc)), line) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        raise FrontMatterError(_one_line(str(exc)), 2) from None
    except RecursionError:  # thousands of nested lists or mappings
        raise FrontMatterError(Notice("its lists or mappings are nested too deeply"), 2) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError(Notice("the front matter is not a list of “key: value” lines"), 2)
    return data


def _one_line(text: str) -> str:
    """YAML's message on one line (it may name a position on a second one)."""
    return " ".join(text.split())


# A top-level "key: value" line whose value is a plain scalar (not quoted, not a list, block
# or anchor); its value is read again as text when it breaks the YAML.
_PLAIN_ENTRY = re.compile(
    r"^(?P<key>[^\s#:\"'\[\]{},&*!|>%@`-][^:#]*?):[ \t]+(?P<value>\S.*?)[ \t]*$"
)
_INDICATORS = tuple("\"'[]{}|>&*!%@`#")


@dataclass(frozen=True)
class Repair:
    line: int  # 1-based line in the file
    key: str  # the entry's key ("" for a tab)
    kind: str  # "colon", "mark" (a value starting with @, ` , - or a quote) or "tab"
    mark: str = ""  # for "mark": the character the value starts with


def repair_yaml_mapping(yaml_text: str) -> tuple[dict[Any, Any], list[Repair]]:
    """Parse a front matter block, repairing what writers commonly get wrong.

    A plain value holding a colon (``title: المؤتمر: نتائج``, an Arabic title with a subtitle)
    or starting with a character YAML reserves (``author: @salma``, ``title: "أ" ب``) is valid
    only when quoted; a line indented with a tab is not valid at all. Such lines are repaired
    (quoted; tabs made spaces) one at a time, where the parser stops, and the block read again.
    Returns the mapping and the repairs; raises FrontMatterError (the first problem that is not
    one of these) when the block cannot be read even so.
    """
    lines = yaml_text.split("\n")
    repairs: list[Repair] = []
    while True:
        try:
            return parse_yaml_mapping("\n".join(lines)), repairs
        except FrontMatterError as exc:
            index = exc.line - 2  # the parser names the line where it stopped
            repair = (
                _repaired_line(lines[index], exc.line)
                # a line is repaired once: stopping there again is another problem (a control
                # character in quotes would otherwise be quoted again and again, forever)
                if 0 <= index < len(lines) and all(r.line != exc.line for r in repairs)
                else None
            )
            if repair is None:
                raise  # what is left cannot be repaired: the first problem not repaired
            lines[index], done = repair
            repairs.append(done)


_LEADING_TABS = re.compile(r"^[ \t]*\t[ \t]*")
_RESERVED_STARTS = ("@", "`", "- ", '"')


def _repaired_line(line: str, number: int) -> tuple[str, Repair] | None:
    """The line repaired, and what was done; None when it is not a line we can repair."""
    tabs = _LEADING_TABS.match(line)
    if tabs is not None:
        return tabs.group(0).replace("\t", "  ") + line[tabs.end() :], Repair(number, "", "tab")
    match = _PLAIN_ENTRY.match(line)
    if match is None:
        return None
    key, value = match.group("key"), match.group("value")
    if value.startswith(_RESERVED_STARTS):
        if value.startswith('"') and _is_quoted(value):
            return None  # a complete quoted value: the problem is elsewhere
        repair = Repair(number, key, "mark", value[0])
    elif not value.startswith(_INDICATORS) and (": " in value or value.endswith(":")):
        repair = Repair(number, key, "colon")
    else:
        return None
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{key}: {quoted}", repair


def _is_quoted(value: str) -> bool:
    try:
        return isinstance(yaml.safe_load(value), str) and value.rstrip().endswith('"')
    except yaml.YAMLError:
        return False


def dump_value(key: Any, value: Any) -> str:
    """One top-level ``key: value`` entry as YAML text ending in a newline."""
    return yaml.dump(
        {key: value},
        Dumper=_FrontMatterDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=float("inf"),
    )
