"""Every rule of every language reads the sentences it exists for, and nothing from its counter-examples.

A rule is data that carries its own examples (geo/extract/rules.py); this file runs
them all, so a rule cannot silently stop working and no rule goes untested.
"""

import pytest

from geo.extract.candidates import NAME_RULES, Vocabulary, names_by_rule
from geo.extract.figures import figures_in
from geo.extract.lang import LANGUAGES

FIGURE_CASES = [
    pytest.param(lang, rule, sentence, expected, id=f"{code}:{rule.name}:{i}")
    for code, lang in LANGUAGES.items()
    for rule in lang.FIGURE_RULES
    for i, (sentence, expected) in enumerate(rule.examples)
]
FIGURE_COUNTERS = [
    pytest.param(rule, sentence, id=f"{code}:{rule.name}:{i}")
    for code, lang in LANGUAGES.items()
    for rule in lang.FIGURE_RULES
    for i, sentence in enumerate(rule.counter_examples)
]


@pytest.mark.parametrize("lang, rule, sentence, expected", FIGURE_CASES)
def test_figure_rule_reads_its_examples(lang, rule, sentence, expected):
    read = {}
    for figure in figures_in(sentence, (rule,)):
        read.setdefault(figure.attribute, figure.value)  # the first figure of each attribute
    for attribute, value in expected.items():
        assert attribute in read, f"{rule.name!r} read nothing for {attribute} in {sentence!r}"
        if isinstance(value, float) or isinstance(value, int):
            assert read[attribute] == pytest.approx(value)
        else:
            assert read[attribute] == value


@pytest.mark.parametrize("rule, sentence", FIGURE_COUNTERS)
def test_figure_rule_reads_nothing_from_its_counter_examples(rule, sentence):
    assert figures_in(sentence, (rule,)) == []


@pytest.mark.parametrize("code, lang", LANGUAGES.items())
def test_every_rule_has_examples_and_counter_examples(code, lang):
    for rule in lang.FIGURE_RULES:
        assert rule.examples and rule.counter_examples, rule.name
    for rule in NAME_RULES:
        assert rule.examples and rule.counter_examples, rule.name


def _vocabulary(sentence, lang):
    return Vocabulary.of(sentence, lang)


NAME_CASES = [
    pytest.param(lang, rule, sentence, names, id=f"{code}:{rule.name}:{i}")
    for code, lang in LANGUAGES.items()
    for rule in NAME_RULES
    for i, (sentence, names) in enumerate(rule.examples)
]
NAME_COUNTERS = [
    pytest.param(lang, rule, sentence, id=f"{code}:{rule.name}:{i}")
    for code, lang in LANGUAGES.items()
    for rule in NAME_RULES
    for i, sentence in enumerate(rule.counter_examples)
]


@pytest.mark.parametrize("lang, rule, sentence, names", NAME_CASES)
def test_name_rule_finds_its_examples(lang, rule, sentence, names):
    assert names_by_rule(rule, sentence, _vocabulary(sentence, lang)) == list(names)


@pytest.mark.parametrize("lang, rule, sentence", NAME_COUNTERS)
def test_name_rule_finds_nothing_in_its_counter_examples(lang, rule, sentence):
    assert names_by_rule(rule, sentence, _vocabulary(sentence, lang)) == []
