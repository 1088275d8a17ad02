"""Titles before or after a speaker's name, and the affiliation they give (docs/arabic.md,
"Quotes and attribution", role and affiliation): title words are title nouns, the nouns
they govern, prepositions and و before them, compass points and a quoted name (مديرة قسم
الشرق الأوسط وشمال أفريقيا في منظمة X)."""
from __future__ import annotations

from functools import cached_property

from ..text import normalise
from .phrases import NounPhrases
from ..entities.organisations import _generic
from ..entities.words import _WHERE as _WHERE_PREPS
from ..entities.words import _with_article, holder_phrase_end
from ..entities.words import written_function_word  # own line
from .words import speech_noun  # own line
from .words import TITLE_ABBREVIATIONS  # own line: other branches edit the block below
from .words import DOCUMENT_NOUNS, RANK_PARTS, STATEMENT_NOUNS  # own line
from ..entities.words import NAME_HEADS  # own line
from ..entities.words import DEFINITE_GIVEN_NAMES  # own line
from .words import adverbial_accusative  # own line
from .words import OBJECT_WORDS, bi_masdar  # own line
from .words import QUANTIFIERS  # own line
from .words import REPRESENTING_PREPS  # own line
from .words import COUNTRY_NAMES  # own line
from .words import BI_OBJECT_FORMS  # own line
from ..entities.words import ADMIN_UNITS as _ADMIN_UNITS  # own line
from .words import (ARTICLE_TITLES, BANK_GOVERNOR_TITLES, BANK_NOUNS, HOLDER_ADJECTIVES,
                    HONORIFICS, masdar_shaped)
from .words import (_OPENERS, _PHRASE_STOP_PUNCT, _TITLE_PLACES, _TITLE_PREPS, AN_WORDS,
                    COUNTRY_ADJECTIVES, MEDIA_CUES, NAME_LINKS, ORG_CUES,
                    TITLE_COMPLEMENT_HEADS, TITLE_COMPLEMENTS, TITLE_INSTITUTION, TITLE_NOUNS,
                    _definite, _is_stop)


class TitlePhrases(NounPhrases):
    """Title rules over :class:`.phrases.NounPhrases`."""

    def title_at(self, i: int) -> str:
        """The title noun at token ``i`` (normalised, without clitics or a possessive
        pronoun: رئيسها → رئيس), or "". An honorific that ends a name is its family name,
        no title (:meth:`family_honorific`); a word written as a function word (وإلى
        normalises as the title والي) is none (:func:`written_function_word`)."""
        title = self._title_noun_at(i)
        return "" if title and written_function_word(self.texts[i]) else title

    def _title_noun_at(self, i: int) -> str:
        if self.family_honorific(i):
            return ""
        pre, stem = self.strip_title(self.norms[i])
        if stem in ARTICLE_TITLES and not _definite(self.norms[i], pre):
            return stem if self._governs_next(i) and not self._titled_after(i + 2) else ""
        if stem in TITLE_NOUNS:
            return stem
        if stem in BANK_GOVERNOR_TITLES and i + 1 < self.n \
                and self.strip_org(self.norms[i + 1])[1] in BANK_NOUNS:
            return stem     # حاكم مصرف لبنان، والي بنك المغرب (not الائتلاف الحاكم)
        for suf in ("ها", "ه", "هم"):
            if stem.endswith(suf) and stem[:-len(suf)] in TITLE_NOUNS:
                return stem[:-len(suf)]
            # مديرته: ة is written ت before a pronoun
            if stem.endswith("ت" + suf) and stem[:-len(suf) - 1] + "ه" in TITLE_NOUNS:
                return stem[:-len(suf) - 1] + "ه"
        return ""

    def family_honorific(self, i: int) -> bool:
        """Whether token ``i`` is an honorific with the article that ends a name: after a
        name word, before punctuation, أن/إن, a preposition or a cue (محمد عبد الستار
        السيد، إن …; وقال حسن الشيخ إن …). Before a name an honorific is a title (السيد
        محمد); after one it is the family name many Arab names end in (docs/arabic.md,
        "Quotes and attribution")."""
        norm = self.norms[i]
        if i == 0 or not norm.startswith("ال") or norm not in HONORIFICS:
            return False
        prev, ptext = self.norms[i - 1], self.texts[i - 1]
        if (self.kinds[i - 1] != "arabic" or self.cues[i - 1] or prev in HONORIFICS
                or _is_stop(prev, ptext) or prev in AN_WORDS or prev in TITLE_COMPLEMENTS
                or prev in _TITLE_PREPS or self.strip_title(prev)[1] in TITLE_NOUNS
                or prev.startswith(("ال", "لل", "وال")) and not (
                    i > 1 and self.norms[i - 2] in NAME_HEADS)):
            return False    # الرئيس السيد …، وزير الأوقاف الشيخ …: a title before a name
        if i + 1 >= self.n:
            return True
        nxt, ntext = self.norms[i + 1], self.texts[i + 1]
        return (self.kinds[i + 1] == "punct" or nxt in AN_WORDS or _is_stop(nxt, ntext)
                or bool(self.cues[i + 1]))

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Token positions by normalised form, found once per article."""
        index: dict[str, list[int]] = {}
        for t, norm in enumerate(self.norms):
            index.setdefault(norm, []).append(t)
        return index

    def after_title(self, norm: str) -> list[int]:
        """The positions of the tokens of normalised form ``norm`` right after a title or
        an honorific (:meth:`title_at`): a line that opens with a name looks its first
        word up here. Only the tokens of that form are tested, through :attr:`positions`,
        once per form (a thousand lines that open with one name test its positions
        once), so the search stays linear in the article (scanning every earlier token
        for each such line was quadratic: issue 11; testing every token of the article
        for a title, as this did before, was 7 % of the extraction on 150 distinct
        articles, measured 2026-12-04)."""
        found = self._after_title.get(norm)
        if found is None:
            found = self._after_title[norm] = [
                t for t in self.positions.get(norm, ()) if t > 0 and self.title_at(t - 1)]
        return found

    @cached_property
    def _after_title(self) -> dict[str, list[int]]:
        return {}

    def _titled_after(self, k: int) -> bool:
        """Whether a definite title opens at token ``k`` (after a comma there, too): then
        the two words before it are a name and its apposition follows (قال أمين الناصر
        الرئيس التنفيذي …: the given name أمين, not the title "secretary of" الناصر)."""
        if k < self.n and self.texts[k] in ("،", ","):
            k += 1
        return k < self.n and self.norms[k].startswith("ال") and bool(self.title_at(k))

    def _governs_next(self, i: int) -> bool:
        """Whether the word after token ``i`` is one a title governs (a definite noun, a
        cue noun, a title complement: أمين عام، أمين الصندوق), not a name."""
        return i + 1 < self.n and (self._governed(self.norms[i + 1], self.kinds[i + 1])
                                   or self.norms[i + 1] in TITLE_COMPLEMENTS)

    def _in_title(self, k: int) -> bool:
        """Whether token ``k`` continues a title (a governed word, a title noun or
        complement, a preposition or و before one, a compass point). في before a
        document or statement noun (قال مدير الشركة في البيان:، في تصريح لـ …) is where
        the words were said, never the place of the office (docs/arabic.md, "Quotes and
        attribution")."""
        norm, kind = self.norms[k], self.kinds[k]
        if self._statement_medium(k):
            return False
        if norm in DEFINITE_GIVEN_NAMES and k > 0 and self.norms[k - 1].startswith("ال") \
                and k + 1 < self.n and self.kinds[k + 1] == "arabic" \
                and not _is_stop(self.norms[k + 1], self.texts[k + 1]):
            return False    # وزير الصحة الحبيب فلان: a given name with the article opens the name
        if norm in RANK_PARTS and k > 0 and (self.norms[k - 1] in HONORIFICS
                                             or self.norms[k - 1] in RANK_PARTS):
            return True     # الفريق أول ركن X: the rank's words, before the name
        if k > 1 and self.norms[k - 1] in RANK_PARTS and (
                self.norms[k - 2] in HONORIFICS or self.norms[k - 2] in RANK_PARTS):
            return False    # … ركن سامي نور: the name follows the rank (no nisba: سامي)
        if norm.startswith("ل") and not norm.startswith("لل") \
                and self.strip_org(norm)[1] in MEDIA_CUES:
            return False    # قال مسؤول لوكالة محلية: the outlet told, not the title's body
        if k > 0 and self.title_at(k - 1) and not self.norms[k - 1].startswith("ال") \
                and kind == "arabic" and len(norm) >= 5 and self.texts[k].endswith("نا"):
            return True     # مدرب منتخبنا، لاعب فريقنا: an indefinite title governs "our X"
        if k > 0 and self.title_at(k - 1) and not self.norms[k - 1].startswith("ال") \
                and self.norms[k - 1] not in HONORIFICS and (
                    self._possessive(k) or self.kinds[k] == "arabic"
                    and len(self.norms[k]) >= 7 and self.texts[k].endswith("يه")):
            # كبير مستشاريها، مدير مكتبه: an indefinite title governs "its X" (a plural
            # in ـي with ـه, مستشاريه, too; a long word, unlike a name in يه: خوسيه)
            return True
        if self._governed(norm, kind) or norm.startswith(("وال", "بال", "لل", "فال")) \
                or norm == "باسم" or (k > 0 and self.norms[k - 1] == "باسم") \
                or (k > 0 and (self.norms[k - 1] in _TITLE_PLACES
                               or self.norms[k - 1][1:] in _TITLE_PLACES)):
            return True
        if self.overlapping(self.starts[k], self.ends[k], "ORG"):
            return True     # في منظمة أطباء بلا حدود: an organisation's name
        if self._coordinated_field(k):
            return True     # وزير التهذيب الوطني وإصلاح النظام التعليمي: a second field
        if norm == "عن" and k + 1 < self.n and self.title_at(k - 1) and (
                self.overlapping(self.starts[k + 1], self.ends[k + 1], "ORG")):
            return True     # النائب عن تحالف الفتح X: the bloc the member sits for
        if self._place_word(k) or (kind == "arabic" and not norm.startswith("ال")
                                   and k + 1 < self.n and self._place_word(k + 1)):
            return True     # سفير فرنسا، رئيس غرفة قطر: where the office is
        if any(m[0] < self.starts[k] for m in self.overlapping(self.starts[k], self.ends[k],
                                                               "PLACE")):
            return True     # في قطاع غزة: the rest of a place's name
        if (norm in TITLE_COMPLEMENT_HEADS or norm == "علي" and self.texts[k].endswith("ى")) \
                and k + 1 < self.n and self.norms[k + 1].startswith("ال"):
            return True     # مساعد المحافظ لشؤون الرقابة على البنوك: what the office is for
        if len(norm) > 5 and self.texts[k].endswith(("تها", "ته", "تهم")) and k > 0 and (
                self.strip_org(self.norms[k - 1])[1] in ORG_CUES):
            return True     # رئيس مجلس إدارتها: the noun in idafa with "its"
        if k > 0 and self.norms[k - 1] in HOLDER_ADJECTIVES and (
                holder_phrase_end(self.norms, self.texts, k - 1, self.n) > k):
            return True     # رئيس الحكومة المنتهية ولايته، المكلف بتشكيل …: the holder's
        if self._nisba_after_indefinite_title(k):
            return True     # وزير يمني، مسؤول أمني عراقي: an adjective, not a name
        if self._complement_genitive(k):
            return True     # مديرة قسم تمكين المرأة: the noun the complement governs
        stem = self.strip_title(norm)[1]
        if stem in ARTICLE_TITLES and not self.title_at(k):
            return False    # وزير الاقتصاد أمين سلام: a given name, not a second title
        if stem in ARTICLE_TITLES and norm == stem and k + 2 < self.n \
                and not (self.title_at(k - 1) and not _definite(self.norms[k - 1], 2)) \
                and self._ends_phrase(k + 2, name=True):
            # رئيس الشركة وكبير إدارييها أمين الناصر إن: after a title's words, أمين and
            # one definite word before the phrase ends are the name (the title would have
            # none); right after an indefinite title it is governed (نائب أمين العاصمة)
            return False
        if stem in TITLE_NOUNS or norm in TITLE_COMPLEMENTS or stem in TITLE_COMPLEMENTS \
                or norm in _TITLE_PLACES or norm[1:] in _TITLE_PLACES and norm[0] == "و":
            return True
        if norm in ("-", "_", "–", "ـ") and k > 0 and self._governed(self.norms[k - 1],
                                                                      self.kinds[k - 1]) and (
                k + 1 >= self.n or not _is_stop(self.norms[k + 1], self.texts[k + 1])):
            # جهة الدار البيضاء - سطات: a compound place name; but a dash before a stop
            # word opens an aside (وزير الداخلية -خلال لقائه …-)
            return True
        if k > 0 and self.texts[k - 1] in ("-", "_", "–", "ـ") and kind == "arabic" and (
                not _is_stop(norm, self.texts[k])):
            return True
        # في منطقة الشرق الأوسط، في قسم …: a preposition before a title complement too
        nxt = k + 1 < self.n and (self._governed(self.norms[k + 1], self.kinds[k + 1])
                                  or self.norms[k + 1] in _TITLE_PLACES
                                  or self.norms[k + 1] in TITLE_COMPLEMENTS
                                  or self.texts[k + 1] in _OPENERS)
        return (norm in _TITLE_PREPS or norm == "و") and nxt

    def _complement_genitive(self, k: int) -> bool:
        """Whether token ``k``, a verbal noun without the article (of a derived form's
        shape: :func:`masdar_shaped`) right after a title complement without it (قسم،
        إدارة، وحدة: titles.tsv complement) and before a definite noun, is the noun that
        complement governs, in idafa with the definite noun (مديرة قسم
        تمكين المرأة، مدير إدارة تنمية الموارد): part of the title, not a given name and
        a family name with the article (أمين سر سامي الحلبي keeps its name). A PERSON
        mention over the two words is a name.
        docs/arabic.md, "Quotes and attribution"."""
        norm = self.norms[k]
        if k < 1 or k + 1 >= self.n or self.kinds[k] != "arabic" or (
                self.kinds[k + 1] != "arabic") or norm.startswith(("ال", "لل", "و")):
            return False
        before = self.norms[k - 1]
        return (not before.startswith("ال") and self.strip_title(before)[1] in TITLE_COMPLEMENTS
                and self.norms[k + 1].startswith("ال") and not self.title_at(k)
                and norm not in HONORIFICS and masdar_shaped(norm)
                and not self.mentions_in(self.starts[k], self.ends[k + 1], "PERSON"))

    def _statement_medium(self, k: int) -> bool:
        """Whether token ``k`` is في and a document or statement noun, with or without the
        article (في البيان، في تصريح): the medium of the words, no part of a title."""
        if self.norms[k] not in ("في", "وفي") or k + 1 >= self.n:
            return False
        nxt = self.norms[k + 1]
        bare = nxt[2:] if nxt.startswith("ال") else nxt
        return bare in DOCUMENT_NOUNS or bare in STATEMENT_NOUNS

    def _coordinated_field(self, k: int) -> bool:
        """Whether token ``k`` is و and a noun without the article after a definite word
        of a title, before a definite noun it governs (وزير التهذيب الوطني وإصلاح النظام
        التعليمي): a second field of the office, joined by و, not a name; a PERSON mention
        over it (وزير الخارجية وليد المعلم) is a name."""
        norm = self.norms[k]
        return (k > 0 and k + 1 < self.n and self.kinds[k] == "arabic" and norm[:1] == "و"
                and len(norm) >= 5 and not norm[1:].startswith("ال")
                and self.norms[k - 1].startswith("ال")
                and self.norms[k + 1].startswith("ال") and self.kinds[k + 1] == "arabic"
                and not self.mentions_in(self.starts[k], self.ends[k + 1], "PERSON"))

    def _place_word(self, k: int) -> bool:
        """Whether token ``k`` is (the start of) a PLACE mention, written without a
        proclitic (قطر، فرنسا; not وقطر)."""
        return any(m[0] == self.starts[k] for m in
                   self.overlapping(self.starts[k], self.ends[k], "PLACE"))

    def _nisba_after_indefinite_title(self, k: int) -> bool:
        """Whether token ``k`` is a relative adjective (a nisba: an indefinite word in ي)
        right after an indefinite title or another such adjective (قال وزير يمني، مسؤول
        أمني عراقي). A name never follows an indefinite title directly (a named minister
        is الوزير X or وزير المالية X), so the word describes the unnamed official."""
        # at most three adjectives (مسؤول أمني عراقي رفيع), searched back without recursion
        for t in range(k, max(0, k - 3), -1):
            if not self._indefinite_nisba(t):
                return False
            prev = self.norms[t - 1]
            if self.strip_title(prev)[1] in TITLE_NOUNS and prev == self.strip_title(prev)[1]:
                return True
        return False

    def _indefinite_nisba(self, k: int) -> bool:
        """Whether token ``k`` is an indefinite Arabic word in ي (a relative adjective),
        after a word without the article, and no PERSON mention."""
        if k < 1 or self.kinds[k] != "arabic" or self.texts[k][:1] in "وفبل" \
                and self.norms[k][1:].startswith("ال"):
            return False
        norm, prev = self.norms[k], self.norms[k - 1]
        return not (norm.startswith("ال") or not norm.endswith("ي") or len(norm) < 4
                    or prev.startswith("ال")
                    or self.mentions_in(self.starts[k], self.ends[k], "PERSON"))

    def past_honorific(self, k: int, limit: int) -> int:
        """Where the name starts when the words from ``k`` (after the title words) are a
        few more words of the body, then an honorific and a name (رئيس ديوان المجلس الأعلى
        لمشايخ وأعيان القبائل الدكتور فلان): the token after the honorific; else ``k``."""
        # (not after بن / آل / ولد: محمد ولد الشيخ الغزواني, the honorific is a name word)
        h = next((t for t in range(k + 1, min(limit - 1, k + 5))
                  if self.norms[t] in HONORIFICS and self.norms[t - 1] not in NAME_LINKS), None)
        if h is not None and all(self.kinds[t] == "arabic" and not self.cues[t]
                                 and self.norms[t] not in AN_WORDS
                                 and not self._ends_phrase(t) for t in range(k, h)) \
                and self._plain_word(h + 1):
            return h + 1
        return k

    def _title_words_end(self, i: int, j: int) -> int:
        """The first token after the title words that open at ``i`` (within ``[i, j)``)."""
        k = i + 1
        while k < j:
            q = self._quoted_name_end(k, j)
            if q > k:
                k = q
            elif self._in_title(k):
                k += 1
            elif self._where_before_name(k, j) > k:
                k = self._where_before_name(k, j)   # … في مستشفى الأمل | عمر الحسن
            else:
                break
        return k

    def _named_after_title(self, i: int, j: int) -> bool:
        """Whether a name follows the title at ``i`` within ``[i, j)`` (المتحدثة باسم
        جمعية "X" هدى سالم), rather than the title standing alone (متحدث باسم ميتا)."""
        return self._title_words_end(i, j) < j

    def _title_end(self, i: int, limit: int) -> int:
        """End (exclusive) of a speaker phrase that opens with a title at ``i``: the title
        may hold prepositions and و (مديرة البرامج في منظمة X، وزير الاقتصاد والتخطيط);
        then the name, up to a comma, a preposition, أن/إن, a cue or a quote mark."""
        k = i + 1
        where = False
        while k < limit and k - i < 16:
            q = self._quoted_name_end(k, limit)
            if q > k:
                k = q
                continue
            if where and self.norms[k].startswith("ال") and self.title_at(k) and (
                    self.norms[k] not in HONORIFICS):
                # استقبال رئيس الوزراء في مطار عدن الأمين العام لمجلس الوزراء فلان: after
                # where the office is, a definite title opens another person's title
                return k
            where = where or (k > i + 1 and self.norms[k] in ("في", "لدي"))
            if not self._in_title(k) or self._ends_phrase(k):
                # (النائبة عن القائمة X فلانة: what a member sits for may follow the title
                # word itself)
                where = self._where_before_name(k, limit) if k > i + 1 or (
                    self.norms[k] in REPRESENTING_PREPS) else k
                if where == k:
                    break
                k = where       # … في مستشفى الأمل عمر الحسن: where the office is
                continue
            k += 1
        if k == i + 1:
            return i + 1
        k = self.past_honorific(k, limit)
        j = k
        if self._abbreviated_title(j, limit):
            j += 2          # مدير الهيئة د. سامي نور: the abbreviated title, then the name
        words = 5           # a name of five words, and two more for each بن / آل in it
        while j < limit and j - k < words and not self._ends_phrase(j, name=True) \
                and not _is_stop(self.norms[j], self.texts[j]) \
                and not (j > k and adverbial_accusative(self.norms[j], self.texts[j])):
            # (… الدكتور سامي نور مجددا على أن: an adverb after the name ends it)
            if self.norms[j] in NAME_LINKS and words < 11:
                words += 2  # خليفة بن جاسم بن محمد آل ثاني
            elif j > k and self.norms[j - 1] not in NAME_LINKS and self.title_at(j) and (
                    self.norms[j] == self.strip_title(self.norms[j])[1]):
                break       # … آل ثاني رئيس غرفة قطر: a second office after the name
            elif self._masdar_after_name(k, j) or self._object_after_name(k, j):
                break       # أكد الوزير سالم يوسف انخفاض الإيرادات: the verb's object
            elif self._cue_after_name(k, j):
                break       # قدم الوزير سمير بن قدور مشروع الميزانية: the verb's object
            j += 1
        return j

    def _where_before_name(self, k: int, limit: int) -> int:
        """After title words, where the office is and then the name: في or لدى, a noun
        without the article and the definite words it governs, then a word without the
        article that starts a name (رئيس قسم الطوارئ في مستشفى الأمل عمر الحسن، مسؤول
        الإغاثة في مخيم الزعتري فلان; the genitive may be a PLACE mention with no article:
        النائب عن محافظة نينوى فلان; docs/arabic.md, "Quotes and attribution"). Returns
        the token where the name starts, or ``k`` if tokens ``[k, limit)`` are not so
        (في بيان الوزارة إن …، في مؤتمر صحفي: no name follows; a stop or time word, a
        cue or أن/إن ends it)."""
        if self._admin_unit_with_bi(k, limit):
            t = self._past_admin_place(k, limit)
            if t == k:      # مدير الصحة بمحافظة كربلاء إن: no name, the place is the title's
                e = self._admin_place_end(k, limit)
                if e == k + 1 and e < limit and self._plain_word(e):
                    e += 1  # a one-word place the gazetteer lacks, then what ends the phrase
                if e == limit or e < limit and (self._ends_phrase(e)
                                                or not self._plain_word(e)):
                    return e
            return t
        if self.norms[k] not in _WHERE_PREPS and self.norms[k] not in REPRESENTING_PREPS or (
                k + 3 >= limit):
            return k
        t = k + 1
        if self._plain_word(t) and self.norms[t].startswith("ال"):
            return self._name_after_definite_place(k, limit)
        if not self._plain_word(t) or self.norms[t].startswith(("ال", "لل")):
            return k
        t += 1
        place = self._place_word(t) and not self.norms[t].startswith("ال")
        if place:
            # النائب عن محافظة نينوى فلان: a place's name with no article in the genitive
            end = max(m[1] for m in self.overlapping(self.starts[t], self.ends[t], "PLACE")
                      if m[0] == self.starts[t])
            while t < limit and self.starts[t] < end:
                t += 1
        while t < limit and t - k <= 4 and self.norms[t].startswith("ال") and (
                self._plain_word(t)):
            t += 1
        if t == k + 2 and not place or t >= limit or self.norms[t].startswith(("ال", "لل")) \
                or not self._plain_word(t) or self.title_at(t) or self._place_word(t):
            return k
        return t

    def _name_after_definite_place(self, k: int, limit: int) -> int:
        """After في / لدى / عن at ``k``, a definite place or body of one to three words
        and then a name (رئيس اللجنة الأمنية في البصرة جبار الساعدي، النائبة عن القائمة
        العراقية فلانة): the token where the name starts, or ``k``. The name must be two
        plain words or more, the first without the article and no title, or a PERSON
        mention; a time word, a stop word or أن/إن after the place ends the phrase (في
        المؤتمر الصحفي أمس، في الاجتماع الذي …: no name)."""
        t = k + 1
        while t < limit and t - k <= 3 and self.norms[t].startswith("ال") and (
                self._plain_word(t)) and not self.title_at(t):
            t += 1
        if t == k + 1 or t + 1 >= limit or not self._plain_word(t) or self.norms[t].startswith(
                ("ال", "لل")) or self.title_at(t) or self.norms[t] in HONORIFICS:
            return k
        person = self.mentions_in(self.starts[t], self.ends[t], "PERSON")
        return t if person or self._plain_word(t + 1) and not self.title_at(t + 1) else k

    def _admin_unit_with_bi(self, k: int, limit: int) -> bool:
        """Whether token ``k`` is an administrative unit with ب (بولاية، بمحافظة، بجهة:
        lexicon name_boundaries.tsv admin_unit) and a place follows: where the office is,
        as after في (وزير الزراعة بولاية كسلا فلان)."""
        n = self.norms[k]
        return k + 1 < limit and n[:1] == "ب" and n[1:] in _ADMIN_UNITS \
            and self.kinds[k + 1] == "arabic"

    def _past_admin_place(self, k: int, limit: int) -> int:
        """The token where the name starts after ``بولاية`` and its place: past a PLACE
        mention, or the definite words, or a further unit and its place (بولاية جهة X Y),
        then an honorific (السيد) if any; ``k`` if no name word follows."""
        t = k + 1
        while t < limit and self.norms[t] in _ADMIN_UNITS:
            t += 1                      # بولاية جهة درعة: a unit inside a unit
        if self.overlapping(self.starts[t], self.ends[t], "PLACE") if t < limit else False:
            t = self._admin_place_end(k, limit)
        else:
            u = t
            while t < limit and t - k <= 4 and self.norms[t].startswith("ال") \
                    and self._plain_word(t):
                t += 1
            if t == u:      # a place the gazetteer lacks (بجهة درعة تافيلالت السيد …):
                h = next((h for h in range(u + 1, min(limit, u + 4))
                          if self.norms[h] in HONORIFICS), None)
                if h is None or not all(self._plain_word(x) for x in range(u, h)):
                    return k
                t = h       # only an honorific tells where its words end
        if t == k + 1 or t >= limit:
            return k
        if self.norms[t] in HONORIFICS and t + 1 < limit:
            t += 1                      # … تافيلالت السيد فلان
        if self.norms[t].startswith(("ال", "لل")) or not self._plain_word(t) \
                or self.title_at(t):
            return k
        return t

    def _admin_place_end(self, k: int, limit: int) -> int:
        """The token after the place of ``بولاية …`` at ``k``: past further units, then a
        PLACE mention or the definite words that name it."""
        t = k + 1
        while t < limit and self.norms[t] in _ADMIN_UNITS:
            t += 1
        places = self.overlapping(self.starts[t], self.ends[t], "PLACE") if t < limit else []
        if places:
            end = max(p[1] for p in places)
            while t < limit and self.starts[t] < end:
                t += 1
            return t
        while t < limit and t - k <= 4 and self.norms[t].startswith("ال") and self._plain_word(t):
            t += 1
        return t

    def _plain_word(self, t: int) -> bool:
        """Whether token ``t`` is an Arabic word that may be part of a noun phrase: no
        stop or time word, no cue, no أن/إن, no speech noun."""
        return (self.kinds[t] == "arabic" and not _is_stop(self.norms[t], self.texts[t])
                and not self._ends_phrase(t))

    def _masdar_after_name(self, k: int, j: int) -> bool:
        """Whether token ``j`` is a verbal noun of a derived form (انخفاض، ارتفاع،
        استمرار، تعزيز: :func:`.words.masdar_shaped`) after two name words or more from
        ``k`` (an honorific not counted), with no PERSON mention over it: the object of
        the clause's verb (أكد الوزير سالم يوسف انخفاض …), not a third name. A name of
        that shape (انتصار) is a given name, so it never comes third. After one family
        name with the article (وأكد الحداد التزام وزارته …) it is the object too: no given
        name follows a family name."""
        names = sum(1 for t in range(k, j) if self.norms[t] not in HONORIFICS
                    and self.kinds[t] == "arabic")
        family = names == 1 and j == k + 1 and self.norms[k].startswith("ال") \
            and not self.title_at(k)
        return ((names >= 2 or family) and self.kinds[j] == "arabic"
                and masdar_shaped(self.norms[j])
                and not self.mentions_in(self.starts[j], self.ends[j], "PERSON"))

    def _object_after_name(self, k: int, j: int) -> bool:
        """Whether token ``j``, after the name words from ``k``, starts what the verb
        governs rather than a further name word (docs/arabic.md, "Quotes and
        attribution", objects after a name), with no PERSON mention over it: ب and the
        article on a derived verbal noun (طالب فلان بالاستمرار، أكد فلان بالتعاون مع …:
        a prepositional phrase, no name has the article after ب); after one name word or
        more, an object word (attribution.tsv object_word: أكد فلان عدم …، ضرورة …); after
        two or more (or one family name with the article), not after بن / آل, a derived
        verbal noun (:meth:`_masdar_after_name`),
        a noun with a possessive pronoun (وختم فلان فلان كلمته …), a noun without the
        article before one, before a body's definite cue noun or before a quantifier (أكد
        فلان فلان حرص بلاده، انتقد فلان فلان قرار الحكومة، نفى فلان فلان وجود أي تفاهم:
        attribution.tsv quantifier; the head of the object) or
        the head of an idafa before ب (:meth:`_idafa_before_bi`). A
        name never takes a possessive pronoun; الله and the names in يه (وجيه، نبيه) end
        in ه without one."""
        if self.kinds[j] != "arabic" or j <= k or self.mentions_in(
                self.starts[j], self.ends[j], "PERSON"):
            return False
        norm = self.norms[j]
        if bi_masdar(norm) or norm in OBJECT_WORDS:
            return True
        names = sum(1 for t in range(k, j) if self.norms[t] not in HONORIFICS
                    and self.kinds[t] == "arabic")
        if names == 1 and self._masdar_after_name(k, j):
            return True     # وأكد الحداد التزام وزارته: after a family name with the article
        if names < 2 or self.norms[j - 1] in NAME_LINKS or norm in NAME_HEADS:
            return False
        return self._masdar_after_name(k, j) or self._possessive(j) or (
            not norm.startswith("ال") and j + 1 < self.n and (
                self._possessive(j + 1) or self._body_in_idafa(j + 1)
                or self.norms[j + 1] in QUANTIFIERS)
        ) or self._idafa_before_bi(j)

    def _body_in_idafa(self, t: int) -> bool:
        """Whether token ``t`` is a definite organisation cue noun that no name word can be
        (الحكومة، الوزارة، الشركة), with no PERSON mention over it."""
        n, stem = self.strip_org(self.norms[t])
        return (self.kinds[t] == "arabic" and stem in ORG_CUES and _definite(self.norms[t], n)
                and not self.mentions_in(self.starts[t], self.ends[t], "PERSON"))

    def _idafa_before_bi(self, h: int) -> bool:
        """Whether token ``h`` heads an idafa written with ة, then a definite word or a
        mention, then ب with the article or بـ / بأن (وصف فلان فلان نتيجة المباراة
        بالقاسية، علاقة مصر بالأردن بـ«…»): the object of a verb that takes ب after it,
        no name word."""
        if h + 2 >= self.n or not self.texts[h].endswith("ة") or self.norms[h].startswith("ال"):
            return False
        nxt, bi = self.norms[h + 1], self.norms[h + 2]
        return ((nxt.startswith("ال") or nxt in COUNTRY_NAMES
                 or bool(self.mentions_in(self.starts[h + 1], self.ends[h + 1])))
                and (bi.startswith("بال") or self.texts[h + 2] == "بـ"
                     or bi in ("بان", "بانه", "بانها", "بانهم")))

    def after_bi_object_verb(self, i: int) -> bool:
        """Whether token ``i - 1`` is a verb whose object follows its subject with ب
        (attribution.tsv bi_object_verb: أشاد، نوّه، طالب), with و / ف or not."""
        if i < 1:
            return False
        norm, c = self.norms[i - 1], self.cues[i - 1]
        stem = norm[c[2]:] if c else norm
        return stem in BI_OBJECT_FORMS or (norm[:1] in ("و", "ف") and norm[1:] in BI_OBJECT_FORMS)

    def bi_object(self, t: int) -> bool:
        """Whether token ``t``, after the subject of such a verb, is ب and the object (أشاد
        المدرب بنجم الفريق، نوّه الوزير بجهود الفرق، طالب فلان بالإفراج): ب with the article, or
        ب on a word before a definite word or one with a possessive pronoun (after a name
        word, also before an idafa: بجهود فرق الإغاثة); not باسم (the
        spokesperson's), not ب on a cue noun or an administrative unit (المسؤول بوزارة …،
        مدير الصحة بمحافظة …: where the office is), and no mention starting there."""
        norm = self.norms[t]
        if self.kinds[t] != "arabic" or not norm.startswith("ب") or len(norm) < 4 or (
                norm.startswith("باسم")) or self.norms[t - 1] in NAME_LINKS | NAME_HEADS:
            return False
        rest = norm[1:]
        if self.strip_org(rest)[1] in ORG_CUES or rest.removeprefix("ال") in _ADMIN_UNITS \
                or self.mentions_in(self.starts[t], self.ends[t]):
            return False
        if norm.startswith("بال") or self._possessive(t):
            return True
        nxt = t + 1 < self.n and self.kinds[t + 1] == "arabic"
        # (بجهود فرق الإغاثة after a name: an idafa chain; right after a title, ب on a word
        # before an indefinite one may open the name, بسام فرج)
        return nxt and (self.norms[t + 1].startswith("ال") or self._possessive(t + 1) or (
            not self.title_at(t - 1) and t + 2 < self.n and self.norms[t + 2].startswith("ال")
            and not self.norms[t + 1].startswith("ال")))

    def _possessive(self, t: int) -> bool:
        """Whether token ``t`` is an Arabic noun of five letters or more written with a
        possessive pronoun (ـه، ـها، ـهم، ـهما، ـهن: بلاده، تصريحاته، حكومتها), not الله nor
        a word in يه; ة is written apart from the pronoun's ه, so the text as written is
        read, not the normalised word."""
        if self.kinds[t] != "arabic" or len(self.norms[t]) < 5:
            return False
        text = normalise(self.texts[t]) if "ة" not in self.texts[t] else self.texts[t]
        return (self.texts[t][-1:] != "ة" and text.endswith(("ه", "ها", "هم", "هما", "هن"))
                and not text.endswith("الله") and not self.texts[t].endswith("يه"))

    def _cue_after_name(self, k: int, j: int) -> bool:
        """Whether token ``j``, two name words or more after ``k`` and not after بن / آل,
        is an organisation cue noun without the article or a clitic (مشروع، شركة) and
        no PERSON mention: the object of the clause's verb (قدم الوزير سمير بن قدور
        مشروع الميزانية), not a name word."""
        norm = self.norms[j]
        return (j - k >= 2 and self.norms[j - 1] not in NAME_LINKS and norm in ORG_CUES
                and self.strip_org(norm)[0] == 0
                and not self.mentions_in(self.starts[j], self.ends[j], "PERSON"))

    def _accusative_after_name(self, i: int, k: int, j: int) -> bool:
        """Whether token ``j``, two name words or more after ``k`` (the title at ``i``
        after a verb that is no cue of speech), is an indefinite noun in the accusative,
        written with the alef of its tanween and no article (استقبل رئيس الوزراء سالم
        يوسف وفدا من …، افتتح المحافظ فلان فرعا جديدا), with no mention over it: the
        object of the clause's verb, not a third name. After a verb of speech the words
        after the name are its subject's, so the rule is not read there. docs/arabic.md,
        "Quotes and attribution"."""
        norm, text = self.norms[j], self.texts[j]
        names = sum(1 for t in range(k, j) if self.norms[t] not in HONORIFICS
                    and self.kinds[t] == "arabic")
        return (names >= 2 and self.kinds[j] == "arabic" and i > 0 and not self.cues[i - 1]
                and self.kinds[i - 1] == "arabic" and text.rstrip("\u064b").endswith("ا")
                and len(norm) >= 3 and not norm.startswith("ال")
                and self.norms[j - 1] not in NAME_LINKS
                and not self.mentions_in(self.starts[j], self.ends[j]))

    def _abbreviated_title(self, k: int, limit: int) -> bool:
        """Whether tokens ``k``, ``k + 1`` are an abbreviated title and its dot (د.)
        with a word after them before ``limit`` (docs/arabic.md, abbreviations)."""
        return (k + 2 < limit and self.texts[k + 1] == "." and self.kinds[k] == "arabic"
                and self.norms[k] in TITLE_ABBREVIATIONS)

    def _ends_phrase(self, j: int, name: bool = False) -> bool:
        """Whether token ``j`` ends a title (or, with ``name``, the name after it: there
        a recipient ends it too, محمد المرتضى لـ X)."""
        text, norm = self.texts[j], self.norms[j]
        return (text in _PHRASE_STOP_PUNCT or text == "،" or norm in AN_WORDS
                or speech_noun(norm, text) or bool(self.cues[j])
                # أطلق رئيس النادي تصريحات …: an indefinite statement noun after a definite
                # word goes on no idafa, it is the verb's object (بيان is also a given name)
                or (j > 0 and self.norms[j - 1].startswith("ال") and norm != "بيان"
                    and (norm in STATEMENT_NOUNS or norm in DOCUMENT_NOUNS))
                or (name and (self.is_recipient(norm) or self._told_org(j)
                              or self._told_outlet(j)
                              # أدلى الوزير فلان بتصريح: ب and a statement, no name word
                              or norm[:1] == "ب" and norm[1:] in STATEMENT_NOUNS)))


    def before_holder(self, i: int, k: int) -> int:
        """``k``, or where the office holder's adjectives that end the title words
        ``[i, k)`` begin (وزيرة المالية المكلفة، رئيس الحكومة المنتهية ولايته، رئيس الوزراء
        المكلف بتشكيل الحكومة: lexicon holder_adjective): the acting or outgoing holder,
        neither the body nor its field."""
        return next((t for t in range(i + 2, k) if self.norms[t] in HOLDER_ADJECTIVES
                     and holder_phrase_end(self.norms, self.texts, t, k) == k), k)

    def _title_affiliation(self, i: int, k: int, title: str):
        """Affiliation from the title words ``[i, k)``: an organisation they name (an ORG
        mention, else an indefinite cue noun phrase); a definite cue noun (المنظمة) or a
        possessive (رئيسها) → the organisation named last before; else the office's
        institution with the field (وزير المالية الأردني → وزارة المالية الأردنية)."""
        k = self.before_holder(i, k)
        aff = None
        if i + 1 < k:
            aff = self._org_phrase(i + 1, k, governed=True)
        if aff and _generic(normalise(_with_article(aff[0]))):
            # رئيس مجلس الإدارة: any company's board; the body is the one named last
            aff = self._last_org_before(self.starts[i]) or None
        if aff:
            return aff
        for t in range(i + 1, k):     # في “هيومن رايتس ووتش”: a quoted name is the body
            q = self._quoted_name_end(t, k)
            if q > t + 2 and self.norms[t - 1] in _TITLE_PREPS:
                cover = self.overlapping(self.starts[t + 1], self.ends[q - 2], "ORG")
                if cover:
                    return cover[0][3], cover[0][0], cover[0][1]
                return (self.text[self.starts[t + 1]:self.ends[q - 2]], self.starts[t + 1],
                        self.ends[q - 2])
        heads = [self.strip_org(self.norms[t])[1] for t in range(i + 1, k)
                 if self.strip_org(self.norms[t])[1] in ORG_CUES
                 and _definite(self.norms[t], self.strip_org(self.norms[t])[0])]
        back = bool(heads) or self.strip_title(self.norms[i])[1] != title or any(   # رئيسها
            len(self.norms[t]) > 5 and self.texts[t].endswith(("تها", "ته", "تهم"))
            # كبير مستشاريها: "its" (a feminine body's) on a governed noun, too
            or self.texts[t].endswith("ها") and self._possessive(t)
            for t in range(i + 1, k))                       # رئيس مجلس إدارتها
        if back:
            # مدير العمليات في المنظمة: the last body named with that cue noun, over an
            # outlet named in between (نقلت وكالة … عن مدير العمليات في المنظمة)
            prev = self._last_org_before(self.starts[i], heads[0] if heads else "")
            if prev:
                return prev
        named = self._named_org_in(i + 1, k)
        if named:
            return named
        # Only an indefinite title heads its field (وزير المالية); in الوزير الأردني the
        # words after a definite title are adjectives or a name.
        inst = TITLE_INSTITUTION.get(title) if not self.norms[i].startswith(("ال", "وال")) \
            else None
        # وزير يمني: an adjective, no field; the institution is not named
        if inst and i + 1 < k and not self._nisba_after_indefinite_title(i + 1):
            # وزير المالية وزير الدولة لشؤون الاستثمار: a second office, without the
            # article, ends the first one's field
            # (and an honorific before the name: وزير المالية الاتحادي الدكتور X)
            end = next((t for t in range(i + 2, k) if self.norms[t] in HONORIFICS or (
                self.title_at(t) and self.norms[t] == self.strip_title(self.norms[t])[1])), k)
            words = [self.texts[t] for t in range(i + 1, end)]
            # the nisba adjective of the office agrees with the feminine institution
            # (الأردني → الأردنية): a country's, or one after a feminine word, which it
            # cannot qualify (وزير الصحة الاتحادي); after a masculine noun a nisba is
            # that noun's (وزير التعاون الدولي → وزارة التعاون الدولي)
            words = [w + "ة" if w.startswith("ال") and w.endswith("ي") and n > 0 and (
                normalise(w) in COUNTRY_ADJECTIVES or words[n - 1].endswith("ة")) else w
                for n, w in enumerate(words)]
            return inst + " " + " ".join(words), 0, 0
        return None
