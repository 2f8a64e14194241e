"""Draw the blind split of the real-news corpus (run once, before any article was read).

The attacks were chosen from the real-corpus issue's list before any article was collected.
A third of them, drawn with the recorded seed, form ``test/``; the rest form ``dev/``.
Running this again prints the same split.
"""

from __future__ import annotations

import random

SEED = 20261129

ATTACKS = sorted(
    """westgate-2013 garissa-2015 dusitd2-2019 mogadishu-2017 paris-2015 brussels-2016
    manchester-2017 mumbai-2008 ouagadougou-2016 sousse-2015 bardo-2015 rawda-2017
    peshawar-2014 kabul-airport-2021 crocus-2024 kerman-2024 kunduz-2015
    istanbul-airport-2016""".split()
)


def split() -> tuple[list[str], list[str]]:
    test = sorted(random.Random(SEED).sample(ATTACKS, len(ATTACKS) // 3))
    dev = [attack for attack in ATTACKS if attack not in test]
    return dev, test


if __name__ == "__main__":
    dev, test = split()
    print("dev: ", " ".join(dev))
    print("test:", " ".join(test))
