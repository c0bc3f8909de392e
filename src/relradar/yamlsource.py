"""Safe YAML loading that remembers where every key came from.

The lexicon validator needs `file:line` for each problem and must see duplicate keys, which
PyYAML silently drops; so we compose the node tree ourselves and build plain Python data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import re

import yaml

Key = tuple[str, ...]


@dataclass
class YamlDoc:
    path: str
    data: Any
    lines: dict[Key, int] = field(default_factory=dict)
    duplicates: list[tuple[Key, int]] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)

    def where(self, *key: str) -> str:
        """`file:line` of the deepest known prefix of key."""
        for end in range(len(key), -1, -1):
            line = self.lines.get(tuple(key[:end]))
            if line is not None:
                return f"{self.path}:{line}"
        return self.path


class LexiconLoader(yaml.SafeLoader):
    """Safe loader with YAML 1.2 booleans: `no`, `yes`, `on`, `off` stay words (negators!)."""


LexiconLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
LexiconLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

_constructor = LexiconLoader("")


SAFE_TAGS = {f"tag:yaml.org,2002:{name}" for name in
             ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")}


def _build(node: yaml.Node, key: Key, doc: YamlDoc) -> Any:
    doc.lines.setdefault(key, node.start_mark.line + 1)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        if id(node) in doc.seen:     # an alias: could recurse forever or expand exponentially
            raise yaml.constructor.ConstructorError(
                None, None, "YAML aliases (*name) are not allowed in lexicons", node.start_mark)
        doc.seen.add(id(node))
    if node.tag not in SAFE_TAGS:
        raise yaml.constructor.ConstructorError(
            None, None, f"unsafe or unknown tag {node.tag!r}", node.start_mark)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for knode, vnode in node.value:
            k = _constructor.construct_object(knode, deep=True)
            k = "null" if k is None else str(k)
            sub = key + (k,)
            if k in out:
                doc.duplicates.append((sub, knode.start_mark.line + 1))
            doc.lines[sub] = knode.start_mark.line + 1
            out[k] = _build(vnode, sub, doc)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, key + (str(i),), doc) for i, item in enumerate(node.value)]
    return _constructor.construct_object(node, deep=True)


def load_yaml(text: str, path: str) -> YamlDoc:
    """Parse one YAML document with the safe loader; raise yaml.YAMLError on bad syntax."""
    doc = YamlDoc(path=path, data=None)
    node = yaml.compose(text, Loader=LexiconLoader)
    doc.data = {} if node is None else _build(node, (), doc)
    return doc


def read_yaml_file(path: Path) -> YamlDoc:
    return load_yaml(path.read_text(encoding="utf-8"), str(path))
