"""Draw the blind split of the real-news corpus (run once a wave, before the library read it).

The corpus grew in waves. The first eighteen attacks were chosen from the real-corpus issue's
list before any article was collected. Six more (wave 2), then three (wave 3), then four
(wave 4), then six (wave 5), then six (wave 6: Kenyan, Nigerian, Indian, Pakistani and Congolese
reporting, with state blame, rival claimants, denials and an Islamic State affiliate), then six
(wave 7: German, Afghan, Kenyan, Pakistani and Iranian reporting, with a claim by a lone
attacker's group, a faction's claim disowned by its parent, a government's blame against a rival
claimant, and a claim while the attack went on), then ten (wave 8: Afghan, Indian, Philippine,
Ugandan, Algerian, Indonesian, Pakistani, New Zealand and British reporting, with a hostage
siege, rival claimants and a claim disputed by the victims' state, a lone attacker charged in
court, and tolls counted with and without the attackers), then nine (wave 9: Indian, Ugandan,
Turkish, Pakistani, Mozambican, Iranian, Philippine, Spanish and Afghan reporting, with a claim
under two names, a headline that unlinks the blamed group, a minister's rival suspects, an
affiliate's local name, two linked attacks in two towns, and tolls that fall as well as rise),
then six (wave 10: Somali, American, Russian, Turkish, Lebanese and Yemeni reporting), then
six (wave 11: Pakistani, Russian, Afghan, Nigerian and Burkinabe reporting, with a claiming
leader named as the actor, two bombings on two days told together, a claim by a faction
of a named commander's group, and blame of a rival network against an Islamic State claim),
then six (wave 12: Afghan, Pakistani, Libyan, Turkish and Somali reporting), then six (wave 13:
Indonesian and Australian, American, Egyptian, Ugandan, Pakistani and Somali reporting, with
two churches bombed the same day, a group's praise short of a claim, and police blame of an
affiliate against its parent's claim), then six (wave 14: Yemeni, Egyptian, Nigerian,
Pakistani, Austrian and British reporting, with a claim and a rival blame of a group's
neighbours, a joint claim by two groups, a leader's video claim, a police denial of any link
against a claim, and tolls that count the attacker or leave him out), then six (wave 15:
Turkish, Afghan, Kenyan, French and Pakistani reporting, with a state's blame denied by the
group, a claim the minister calls opportunistic, blame against "the hallmarks of" another
group, and a state's agencies blamed beside the group that acted), then six (wave 16: Syrian,
Pakistani, Malian, Omani, German and Turkish reporting, with a government's blame against a
rival claim that the claimant answers, a separatist claim, and a claimant's own losses), then six
(wave 17: Burkinabe, Congolese, Turkish, Iraqi, Indonesian and Iranian reporting, with a massacre
whose toll only grows, an affiliate named beside its parent, a claim by a separatist party,
states blamed as a group's backers, and a toll revised down) were chosen
for groups, countries and wordings the earlier waves lack, and drawn after their annotation,
before the library ever read them. In each wave a
third of the attacks, drawn with the recorded seed, form ``test/``; the rest form ``dev/``.
Running this again prints the same split.
"""

from __future__ import annotations

import random

SEED = 20261129

WAVES = (
    sorted(
        """westgate-2013 garissa-2015 dusitd2-2019 mogadishu-2017 paris-2015 brussels-2016
    manchester-2017 mumbai-2008 ouagadougou-2016 sousse-2015 bardo-2015 rawda-2017
    peshawar-2014 kabul-airport-2021 crocus-2024 kerman-2024 kunduz-2015
    istanbul-airport-2016""".split()
    ),
    sorted(
        """sri-lanka-easter-2019 baga-2015 quetta-hospital-2016 bamako-radisson-2015
        dhaka-cafe-2016 karrada-2016""".split()
    ),
    sorted("lahore-park-2016 kabul-intercontinental-2018 grand-bassam-2016".split()),
    sorted("ankara-2016 kabul-maternity-2020 peshawar-mosque-2023 jakarta-2016".split()),
    sorted(
        """ahvaz-parade-2018 kabul-ambulance-2018 nice-truck-2016 ogossagou-2019
        sehwan-shrine-2017 solhan-2021""".split()
    ),
    sorted(
        """kasindi-church-2023 mpeketoni-2014 owo-church-2022 peshawar-church-2013
        pulwama-2019 wagah-2014""".split()
    ),
    sorted(
        """berlin-market-2016 charsadda-university-2016 kabul-university-2020 mandera-bus-2014
        quetta-police-college-2016 tehran-parliament-2017""".split()
    ),
    sorted(
        """christchurch-2019 in-amenas-2013 jolo-cathedral-2019 kabul-embassy-2017 kampala-2010
        london-bridge-2017 mastung-2018 pathankot-2016 surabaya-churches-2018 uri-2016""".split()
    ),
    sorted(
        """bajaur-rally-2023 barcelona-2017 kandahar-mosque-2021 marawi-2023 mpondwe-school-2023
        pahalgam-2025 palma-2021 reina-nightclub-2017 shah-cheragh-2022""".split()
    ),
    sorted(
        """beirut-burj-2015 hayat-hotel-2022 orlando-2016 sanaa-mosques-2015
        st-petersburg-metro-2017 suruc-2015""".split()
    ),
    sorted(
        """bannu-cantonment-2024 domodedovo-2011 kabul-gurdwara-2020 kano-mosque-2014
        ouagadougou-2017 volgograd-2013""".split()
    ),
    sorted(
        """ankara-station-2015 jalalabad-prison-2020 kabul-wedding-2019 mogadishu-education-2022
        quetta-hazarganji-2019 zliten-2016""".split()
    ),
    sorted(
        """bali-2002 egypt-palm-sunday-2017 kampala-2021 lahore-data-darbar-2019
        mogadishu-sahafi-2018 san-bernardino-2015""".split()
    ),
    sorted(
        """aden-recruits-2016 minya-bus-2017 nyanya-2014 parachinar-2017 vienna-2020
        westminster-2017""".split()
    ),
    sorted(
        """dasu-bus-2021 istanbul-istiklal-2022 kabul-school-2021 karachi-consulate-2018
        manda-bay-2020 strasbourg-2018""".split()
    ),
    sorted(
        """bamako-2024 damascus-church-2025 istanbul-church-2024 muscat-mosque-2024
        quetta-station-2024 solingen-2024""".split()
    ),
    sorted(
        """ankara-tusas-2024 baghdad-tayaran-2021 barsalogho-2024 komanda-church-2025
        makassar-cathedral-2021 zahedan-irgc-2019""".split()
    ),
)


def split() -> tuple[list[str], list[str]]:
    dev: list[str] = []
    test: list[str] = []
    for attacks in WAVES:
        drawn = random.Random(SEED).sample(attacks, len(attacks) // 3)
        test += drawn
        dev += [attack for attack in attacks if attack not in drawn]
    return sorted(dev), sorted(test)


if __name__ == "__main__":
    dev, test = split()
    print("dev: ", " ".join(dev))
    print("test:", " ".join(test))
