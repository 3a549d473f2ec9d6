"""Proofreading settings: spelling modes, house style, and which rules run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

HAMZA_MODES = ("strict", "relaxed")
YAA_MODES = ("strict", "relaxed")
QUOTE_STYLES = ("auto", "guillemets", "curly", "straight")
DIGIT_STYLES = ("consistent", "western", "arabic-indic", "any")
_CHOICES = {
    "hamza_mode": HAMZA_MODES,
    "yaa_mode": YAA_MODES,
    "quote_style": QUOTE_STYLES,
    "digit_style": DIGIT_STYLES,
}


@dataclass(frozen=True)
class ProofSettings:
    """What to check and how. Frozen so an engine can cache per settings."""

    spelling: bool = True
    # relaxed: ا for أ/إ/آ at the start of a word is not an error (Word's "relaxed alef-hamza").
    hamza_mode: str = "strict"
    # relaxed: ي for ى (and ى for ي) at the end of a word is not an error.
    yaa_mode: str = "strict"
    # auto: the article's dominant style («» or “”) is the house style.
    quote_style: str = "auto"
    # consistent: the article's dominant digit style; western/arabic-indic force one.
    digit_style: str = "consistent"
    # Ask hunspell for suggestions as well (10-100 ms a word); the editor can defer them.
    hunspell_suggestions: bool = True
    # None: every rule enabled by default; otherwise only these ids run.
    only_rules: frozenset[str] | None = None
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    enabled_rules: frozenset[str] = field(default_factory=frozenset)  # switch on off-by-default

    def __post_init__(self) -> None:
        for name, allowed in _CHOICES.items():
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-able values, for the settings file."""
        data = asdict(self)
        for name in ("only_rules", "disabled_rules", "enabled_rules"):
            if data[name] is not None:
                data[name] = sorted(data[name])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProofSettings:
        """Settings from a (possibly hand-edited) mapping: unknown keys and bad values are
        dropped, each falling back to its default, so a damaged file never stops the checker."""
        defaults = cls()
        values: dict[str, Any] = {}
        for spec in fields(cls):
            value = data.get(spec.name, getattr(defaults, spec.name))
            if spec.name.endswith("_rules"):
                if value is None and spec.name == "only_rules":
                    values[spec.name] = None
                elif isinstance(value, list | tuple | set | frozenset):
                    values[spec.name] = frozenset(str(item) for item in value)
            elif spec.name in _CHOICES:
                if value in _CHOICES[spec.name]:
                    values[spec.name] = value
            elif isinstance(value, type(getattr(defaults, spec.name))):
                values[spec.name] = value
        return cls(**values)

    def rule_enabled(self, rule_id: str, default: bool = True) -> bool:
        if self.only_rules is not None:
            return rule_id in self.only_rules
        if rule_id in self.disabled_rules:
            return False
        return default or rule_id in self.enabled_rules
