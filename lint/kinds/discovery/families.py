"""Finding spelling variants that no rule names: ティモフェエフ / ティモフェーエフ.

The work is split by job: :mod:`~lint.kinds.discovery.keys` (katakana words
and their keys), :mod:`~lint.kinds.discovery.grouping` (families, with the
lexicon), :mod:`~lint.kinds.discovery.context` (occurrences a text gives on
purpose), :mod:`~lint.kinds.discovery.sudachi` (okurigana) and
:mod:`~lint.kinds.discovery.mining` (``yure discover``).  This module names
them in one place.
"""

from lint.kinds.discovery.grouping import (EDIT_LONG, EDIT_MAX, Group, allowed, katakana_groups,  # noqa: F401
                                           merge_groups, same_word)
from lint.kinds.discovery.keys import (JOINERS, LONG, MIN_KEY, NAME_RE, Occurrence,  # noqa: F401
                                       katakana_occurrences, keys, weak_keys)
from lint.kinds.discovery.mining import mine, render_text, render_yaml  # noqa: F401
from lint.kinds.discovery.sudachi import sudachi_groups  # noqa: F401
