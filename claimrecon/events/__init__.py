"""Claims to events: the main event of a document, background events, the same event elsewhere.

Grouping runs in two passes.

**Within a document**, the headline and lead give the *main event*: the first date close
to publication (refined by any finer date that agrees with it), the first target named
("the interior ministry", "the Iraqi embassy"), the places, and the kind. Each claim then
reads the cues around it: the dates of its clause and sentence, the target nearest to it
in its clause, a sentence opening on a place ("In Mosul, ..."). A claim whose cues agree
with the main event joins it; a claim whose cues point elsewhere (another time, another
target) makes or joins a *background event* of the document; a claim with no cue follows
the last event its paragraph pointed to, which is the main event at the start of every
paragraph. A dateline ("MOGADISHU (Reuters) -") gives the main event's city; demonyms
are no places. At the end, background events that may be the main event (dates agree or
one is undated, no other target or place, not told as separate) are folded into it.
A claim whose clause counts over a period ("in the first six months of 2017",
"this year", "in the last year") with no target of its own is an *aggregate* and joins no
event.

**Across documents**, the per-document events ("mentions") that can be the same event are
merged: windows of their dates overlap at their precision, same target (or, when one
names no target, the same day and a shared place), compatible kind, and places that agree
or that each document also names; a city lies within its country by the lexicon's table
of cities. Identical mentions are merged first; the rest are
blocked by (month, target) and (month, place) keys, and by the name of a place finer
than a country at any date (so that a report with no date at all meets its town's), and
a mention dated to the day or the week by the groups and tolls it gives (so that a report
that names no place meets its day's reports by what they share; mentions told alike give
together what each gives); only those sharing a block whose date windows overlap are
compared, found by a sweep over the block sorted by date.
Merging is greedy over the candidate pairs sorted by precision then content, and a merge
that would leave a cluster without a common date, with two targets or two kinds, or with
two mentions from one document is refused, so dates that cannot both hold stay in
separate events. Cost: O(n log n) for n claims to sort and block, plus the candidate
pairs, bounded by the number of distinct mentions of one target or place whose dates
overlap.

Every id is derived from content (documents, spans, dates), never from input order, so
the result does not depend on the order of documents or claims, and grouping a grouped
report again gives the same events.

May import: the modules of :mod:`claimrecon.events`.
"""

from claimrecon.events.grouping import forget_readings, group_events
from claimrecon.events.linking import Linkable, block_keys, events_from, linkables, may_link
from claimrecon.events.scoring import MERGE_SCORE as MERGE_SCORE

__all__ = [
    "Linkable",
    "block_keys",
    "events_from",
    "forget_readings",
    "group_events",
    "linkables",
    "may_link",
]
