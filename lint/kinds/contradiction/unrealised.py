"""Acts left undone: planned, tried or weighed, then not brought about.

「合併が持ち上がったが、実現しなかった」 tells no merger; 「提携を模索したが、
合意には至らなかった」 no partnership.  The noun (or the verb of the will to
act, 襲おうと計画した) is read as a denied predicate, marked ``unrealised``,
so that the polarity comparison takes it for the act it names.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import NOUN_RUN, Predicate
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED

_WEIGHED = "検討|計画|議論|構想|提案|模索|試み|目指|めざ|狙|図|望|持ち上が|取り沙汰|浮上"
_FAILING = "至らな|しな|されな|していな|されていな|かなわな|叶わな|果たせな|届かな|うまくいかな|見送|頓挫|断念|失敗"
_NOT_BROUGHT_ABOUT = f"(?:実現|決定|実行|実施|合意|成立|完成|実用化)?(?:には|に|は|も)?(?:{_FAILING})"
# (…or planned: 戴冠する予定だったが、…阻まれたため断念し; a word that gives
# up outright may come after a longer reason than a bare しなかった.)
_GIVEN_UP = "断念|見送|頓挫|失敗|中止"
_UNREALISED = compile_re(f"(?:の|が|を|は|も|する|される)(?:{_WEIGHED}|予定)[^。]{{0,16}}?(?:が|ものの|ながら(?:も)?)、?"
                         f"(?:[^。、]{{0,10}}?{_NOT_BROUGHT_ABOUT}|[^。、]{{0,24}}?(?:{_GIVEN_UP}))[{HIRAGANA}]*")


# A verb's will to act (襲おうと計画した, 集めようとした), then not brought about.
_TRIED_VERB = compile_re(f"([{KANJI_UNIFIED}]+)((?:[おこそとのほもろごぼ]う|[えけせてねめれげべ]?よう)と(?:{_WEIGHED}|し|企て)"
                         f"[^。]{{0,16}}?(?:が|ものの|ながら(?:も)?)、?[^。、]{{0,10}}?{_NOT_BROUGHT_ABOUT}[{HIRAGANA}]*)")
_UNDONE_HINT = compile_re(_FAILING)
_NOT_REALISED = compile_re(f"(?:は|が|も)[^。、]{{0,6}}?実現(?:していな|しな|せず|しておらず|には至)[{HIRAGANA}]*")


def unrealised(text: str, start: int, end: int) -> list[Predicate]:
    """The act a noun or a verb names, denied when it was only planned,
    tried or weighed and then not brought about."""
    # Most sentences tell no act left undone: one search instead of a match per noun.
    if _UNDONE_HINT.search(text, start, end) is None:
        return []
    out = []
    for noun in NOUN_RUN.finditer(text, start, end):
        m = _UNREALISED.match(text, noun.end(), end)
        if m is not None:
            out.append(Predicate(noun.group(), noun.start(), m.end(), text[noun.end():m.end()], False, unrealised=True))
        else:
            # 返還はいまも実現していない: the act named, never brought about.
            m = _NOT_REALISED.match(text, noun.end(), end)
            if m is not None and not noun.group().startswith("実現"):
                out.append(Predicate(noun.group(), noun.start(), m.end(), text[noun.end():m.end()], False,
                                     unrealised=True))
    for m in _TRIED_VERB.finditer(text, start, end):
        out.append(Predicate(m.group(1), m.start(), m.end(), m.group(2), False, unrealised=True))
    return out
