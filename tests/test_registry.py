from __future__ import annotations

import pytest

from claimrecon import (
    DuplicateNameError,
    DuplicatePolicyError,
    DuplicateRuleError,
    Registry,
    RegistryError,
    UnknownNameError,
    UnknownPolicyError,
    UnknownRuleError,
    default_policies,
    default_registry,
    exports,
)
from claimrecon.cli import FORMATS


def test_a_registry_keeps_names_in_order_and_refuses_a_second_registration() -> None:
    sizes = Registry[int]("size", entries=[("medium", 2), ("large", 3)])
    sizes.add("small", 1)
    assert sizes.names() == ("large", "medium", "small")
    assert sizes.values() == (3, 2, 1)
    assert list(sizes) == ["large", "medium", "small"]
    assert "small" in sizes and len(sizes) == 3
    with pytest.raises(DuplicateNameError, match="'small' is registered already"):
        sizes.add("small", 9)
    assert sizes.get("small") == 1


def test_an_unknown_name_lists_the_known_ones_and_is_a_key_error() -> None:
    sizes = Registry[int]("size", entries=[("large", 3)])
    with pytest.raises(UnknownNameError, match="unknown size 'huge'; known: large") as caught:
        sizes.get("huge")
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, RegistryError)


def test_register_decorates_unchanged_and_remove_returns_the_entry() -> None:
    shouts = Registry[object]("shout")

    @shouts.register("loud")
    def loud() -> str:
        return "HEY"

    assert loud() == "HEY"
    assert shouts.remove("loud") is loud
    assert "loud" not in shouts
    with pytest.raises(UnknownNameError):
        shouts.remove("loud")


def test_a_copy_is_independent() -> None:
    sizes = Registry[int]("size", entries=[("large", 3)])
    other = sizes.copy()
    other.add("small", 1)
    assert sizes.names() == ("large",)


@pytest.mark.parametrize(
    ("lookup", "error"),
    [
        (lambda: default_registry.get("no-such-rule"), UnknownRuleError),
        (lambda: default_policies.get("no-such-policy"), UnknownPolicyError),
        (lambda: exports.table_makers.get("no-such-table"), UnknownNameError),
        (lambda: exports.renderers.get("no-such-format"), UnknownNameError),
    ],
)
def test_every_registry_of_the_library_refuses_an_unknown_name_alike(lookup, error) -> None:
    with pytest.raises(error) as caught:
        lookup()
    assert isinstance(caught.value, UnknownNameError)
    assert "known: " in str(caught.value)


@pytest.mark.parametrize(
    ("add", "error"),
    [
        (
            lambda: default_registry.add(default_registry.get("figure-disagreement")),
            DuplicateRuleError,
        ),
        (lambda: default_policies.add("ucdp", default_policies.get("ucdp")), DuplicatePolicyError),
    ],
)
def test_the_rules_and_policies_refuse_a_second_registration_alike(add, error) -> None:
    with pytest.raises(error) as caught:
        add()
    assert isinstance(caught.value, DuplicateNameError)


def test_every_text_format_of_the_cli_has_a_renderer() -> None:
    text_formats = set(FORMATS) - {"gold", "parquet"}
    assert text_formats == set(exports.renderers.names())
    assert set(exports.table_makers.names()) == set(exports.TABLES)
