"""Line-level Markdown facts that several parts need to agree on."""

from __future__ import annotations

import re

# A fenced code block opens or closes here (up to three spaces of indent; four, or a tab, is
# indented code). The group is the fence itself: a closing one is at least as long, same kind.
FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")

OUTSIDE, DELIMITER, CODE = 0, 1, 2  # where a line stands, for fence_states


def fence_states(lines: list[str]) -> list[int]:
    """For each line: OUTSIDE fenced code, a fence DELIMITER (opening or closing), or CODE.

    A backtick fence has no backtick after it (```` ``` x ``` ```` is a code span). A fence
    closes at a line of the same character, at least as long, with nothing after it;
    one left open runs to the end. (Counting, preview cuts, paste clean-up and proofreading
    all follow this one rule.)
    """
    states = []
    fence = ""
    for line in lines:
        match = FENCE.match(line)
        if not fence:
            if match and match.group(1)[0] == "`" and "`" in line[match.end() :]:
                match = None  # a backtick fence's info string has no backtick: a code span
            if match:
                fence = match.group(1)
            states.append(DELIMITER if match else OUTSIDE)
            continue
        marker = match.group(1) if match else ""
        closes = (
            match is not None
            and marker[:1] == fence[0]
            and len(marker) >= len(fence)
            and not line[match.end() :].strip()
        )
        if closes:
            fence = ""
        states.append(DELIMITER if closes else CODE)
    return states
