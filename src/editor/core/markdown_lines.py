"""Line-level Markdown facts that several parts need to agree on."""

from __future__ import annotations

import re

# A fenced code block opens or closes here (up to three spaces of indent; four is indented code).
FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
