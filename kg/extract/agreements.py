"""Agreements: kind, signing date, parties, the event where signed, and ratification steps."""

from __future__ import annotations

from bisect import bisect_left

import re

from dataclasses import dataclass, field
from datetime import date, timedelta

from kg.extract.actors import Occurrence
from kg.extract.dates import DateMention
from kg.extract.events import (LOCAL_GOVERNMENT_KEY, Draft, _day_of_frame, _state_of_new, event_label, infinitive,
                               participial_clauses, said_on, told_as_history)
from kg.extract.gazetteer import Gazetteer
from kg.extract.nlp import Parsed, perfective_future
from kg.extract.phrases import PhraseSet, load_patterns
from kg.records import AgreementRecord, Evidence, Ratification


@dataclass
class _Agreement:
    id: str
    kind: str
    date: str | None = None
    parties: list[str] = field(default_factory=list)
    signed_at: str | None = None
    ratifications: list[Ratification] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    signed: bool = False
    label: str | None = None
    named_parties: bool = False  # the parties are only those its own name holds ("Соглашение … ОТГ")
    earlier: bool = False  # named as the one before ("Предыдущий двусторонний план")
    period: str | None = None  # the years it is for ("План … на 2023–2025 годы": "2023-2025")
    told_at: str | None = None  # the event whose sides speak of it, long after it was signed ("Стороны обсудили ход
    # выполнения плана, утвержденного в августе прошлого года"): its parties when no other are told


_NEW_LEGISLATURE = re.compile(r"new:(parlament|natsionalnoe-sobranie|senat|mazhilis|zhogorku|oliy|milliy|verkhovn|"
                              r"gosudarstvennaya-duma|medzhlis|mejlis|assambleya|sobranie|parliament|national-assembly)")


# "Главным итогом стало подписание Меморандума", "Там же участники утвердили план": signed at the event just read
_OUTCOME = re.compile(r"\bитог(?:ом|ам|ами|и)?\b|\bрезультат(?:ом|е|ам)\b|\bas a result of\b|\boutcome\b|"
                      r"\bтам же\b|"
                      # ("Following the ceremony, JICA and the CoES signed …": right after the event just read)
                      r"^(?:following|after) the (?:ceremony|talks|meeting|negotiations|handover)\b|"
                      r"^после (?:церемонии|переговоров|встречи)\b", re.IGNORECASE)
# "главы делегаций всех шести стран": the states of a gathering, named by their number in any case
_ALL_COUNTRIES = re.compile(r"\b(?:все|всех|all)?\s*(?:трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|"
                            r"three|four|five|six|seven|eight|nine|ten) (?:стран|государств|countries|states|nations)\b",
                            re.IGNORECASE)
# "участники также утвердили план действий": those who took part in the gathering just read adopted it
_PARTICIPANTS = re.compile(r"\bучастник(?:и|ами)\b|\bparticipants\b", re.IGNORECASE)
# "the two ministries", "двух ведомств": the two bodies the text is about
_TWO_BODIES = re.compile(r"\bthe two (?:ministries|agencies|services|bodies|committees)\b|"
                         r"\bдвух (?:ведомств|министерств|служб|комитетов)\b", re.IGNORECASE)
_SIDES = re.compile(r"\bсторон[ыа]?\b|\bthe (?:two )?(?:sides|parties)\b|\bдвух стран\b|\btwo countries\b|"
                    r"\bтараптар\b|" + _PARTICIPANTS.pattern + "|" + _TWO_BODIES.pattern, re.IGNORECASE)
# "the six countries signed", "пять государств подписали", "страны-участницы приняли", "алты ел": the states that took
# part sign, not the bodies that represented them
_COUNTRIES = re.compile(r"\b(?:the |all )*(?:two|both|three|four|five|six|seven|eight|nine|ten|participating|member) "
                        r"(?:countries|states|nations|governments)\b|"
                        r"\b(?:все )?(?:обе|две|три|четыре|пять|шесть|семь|восемь|девять|десять|все) (?:стран|государств)|"
                        r"\b(?:сотрудничеств|взаимодейств|отношени)\w* (?:двух|обеих) (?:стран|государств)|"
                        r"\bстраны-участницы\b|\bгосударства-(?:участники|члены)\b|"
                        r"\b(?:үш|төрт|бес|алты|жеті|сегіз) (?:ел|мемлекет)\b", re.IGNORECASE)
# "между МЧС двух стран", "the emergency ministries of the two countries": a body of each of the two sides
_BODIES_OF_TWO = re.compile(r"\b(?:МЧС|ведомств\w*|министерств\w*|ministries|agencies) (?:двух|обеих|of the two|of both) "
                            r"(?:стран|государств|countries|states)\b", re.IGNORECASE)
_TWO_COUNTRIES = re.compile(r"\b(?:two|both|обе|две|двух|обеих) (?:countries|states|nations|governments|стран|государств)",
                            re.IGNORECASE)
# "the six countries": a count of three or more (agencies.yaml count_words; two is `_TWO_COUNTRIES`'s)
_NUMBERS = {word: n for word, n in load_patterns("agencies")["count_words"].items() if n >= 3}
_COUNTED_STATES = re.compile(r"\b(" + "|".join(_NUMBERS) + r") (?:countries|states|стран|государств)", re.IGNORECASE)
_HEADS_OF_DELEGATIONS = re.compile(r"\b(?:глав[аыы]?|руководител[ьи]|heads?|leaders?) (?:обеих |двух |the |both |of the )*"
                                   r"(?:делегаци|of (?:the )?(?:two |both )?delegations)", re.IGNORECASE)
_CLOSING = re.compile(r"\b(?:at the (?:close|end|conclusion)|on the (?:final|last) day|в завершение|по завершении|"
                      r"в заключение|по окончании|в заключительный день|в последний день|соңында|қорытындысы)",
                      re.IGNORECASE)
_TOPIC = {"о", "об", "по", "on", "about", "regarding", "concerning"}
_BACKING = re.compile(r"-(?:supported|funded|backed|sponsored|financed|led|hosted|organi[sz]ed)\b", re.IGNORECASE)
_AMONG = re.compile(r"\s*(?:среди них|в их числе|в том числе|among them|these included|they included)\b", re.IGNORECASE)
_AGAIN = frozenset(load_patterns("agreements")["named_again"])
# "The signing ceremony took place in the presence of …": a sentence of the ceremony, between a signing and its signers
CEREMONY = re.compile(r"\b(?:" + "|".join(load_patterns("agreements")["ceremony_stems"]) + r")\w*", re.IGNORECASE)
_AGAIN_STEMS = ("құжат",)  # Kazakh "document" with its endings ("Бүгін құжатқа … қол қойды")


_PERIOD = re.compile(r"\b(?:на|for|for the period|covering)\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b",
                     re.IGNORECASE)


def _period(text: str, at: int) -> str | None:
    """The years a document named at `at` is for ("План совместных мероприятий на 2023–2024 годы", "plan for
    2025-2026"), given within its name."""
    found = _PERIOD.search(text, at, min(len(text), at + 120))
    return f"{found.group(1)}-{found.group(2)}" if found else None


def _names_the_document(token) -> bool:
    """"документ", "it", "құжатқа": a word that names the document just read again."""
    return token.norm in _AGAIN or token.lemma in _AGAIN or token.norm.startswith(_AGAIN_STEMS)


# "Помимо меморандума, участники утвердили план": the document after these words is one already told
_BESIDES = {("помимо",), ("кроме",), ("besides",), ("наряду", "с"), ("addition", "to"), ("along", "with")}
_COOPERATION = frozenset(load_patterns("agreements")["cooperation_words"])
_BREAK = {"с", "со", "между", "with", "between", "and", ",", "и"}


# Words of a gathering an organisation's name stands before ("the 11th OTS summit", "саммита ОТГ" is after it)
_GATHERING_WORDS = frozenset({"summit", "meeting", "session", "forum", "conference", "саммит", "заседание", "совещание",
                              "форум", "конференция"})
_SIDE_WORDS = {"с", "со", "между", "with", "between", "and", "и", "by"}


def _in_title(tokens, named, occurrence: Occurrence) -> bool:
    """The occurrence sits in the document's name: after a topic word, with no "с/между/with" or comma before it."""
    if occurrence.first <= named.last or occurrence.first - named.last > 12:
        return False
    between = [t.norm for t in tokens[named.last + 1:occurrence.first]]
    if not between or between[0] not in _TOPIC:
        return False
    if len(between) > 1 and tokens[named.last + 2].lemma in _COOPERATION:
        return False  # "Меморандум о сотрудничестве МЧС и ЮНИСЕФ": cooperation of the bodies that sign
    return not any(w in _BREAK for w in between)


class AgreementFinder:
    def __init__(self, gazetteer: Gazetteer):
        spec = load_patterns("agreements")
        self.gazetteer = gazetteer
        self.kinds = PhraseSet((kind, p) for kind, phrases in spec["kinds"].items() for p in phrases)
        self.signing = PhraseSet.of(spec["signing"])
        self.ratification = PhraseSet.of(spec["ratification"])
        self.approval = PhraseSet.of(spec["domestic_approval"])
        self.governments = frozenset(spec["governments"])
        self.planned = PhraseSet.of(spec["planned"])
        self.attribution = PhraseSet.of(spec["attribution_openers"])
        self.many = frozenset(spec["many_words"])
        self.previous = frozenset(load_patterns("events")["previous_edition"])
        self.background = PhraseSet.of(load_patterns("events")["background"])
        self.sources = PhraseSet.of(load_patterns("events")["source_before"])
        self.saying = PhraseSet.of(load_patterns("events")["source_after"])
        self.signature = PhraseSet.of(load_patterns("events")["signature_words"])
        self.territory = set(load_patterns("agencies")["territory_words"])
        self.during = PhraseSet.of(load_patterns("events")["during"] + ["after", "following", "после", "по итог",
                                                                        "по результат"])

    def find(self, parsed: Parsed, actors: list[Occurrence], dates: list[DateMention], events: list[Draft],
             event_sentences: dict[int, Draft], country: str | None = None,
             delegation_heads: tuple[str, ...] = (), section_days: dict[int, DateMention] | None = None,
             speaker: str | None = None) -> list[AgreementRecord]:
        """`delegation_heads`: the bodies of the officials said to lead the delegations, who sign for them.
        `section_days`: the date heading the section of a chronicle each sentence stands in ("November 20, 2015.").
        `speaker`: the body that says "we" in the text (an interview's, a release's)."""
        tokens = parsed.tokens
        found: list[_Agreement] = []
        event_dates = {e.id: e.start for e in events}  # (the day of the event a document was signed at)
        for sentence in parsed.sentences:
            lo, hi = parsed.bounds[sentence.index]
            if lo >= hi:
                continue
            kinds = self.kinds.find(tokens, lo, hi)
            if len(kinds) > 1 and _besides(tokens, kinds[0].first):
                kinds = kinds[1:]  # (the memorandum "besides" which a plan was approved is told already)
            if not kinds:
                continue
            if found and found[-1].sentences and found[-1].sentences[-1] >= sentence.index - 2 and len(kinds) == 1 \
                    and _signatures_under(tokens, kinds[0], lo) and self.signature.any_in(tokens, lo, hi):
                # "Подписи под соглашением также поставили …": the document just read, its other signers
                found[-1].sentences.append(sentence.index)
                continue
            signed = self.signing.any_in(tokens, lo, hi)
            ratified = self.ratification.any_in(tokens, lo, hi) or self._approved_at_home(tokens, lo, kinds[0])
            next_dates = []
            pronoun_states: set[str] = set()  # ("Документ с узбекской стороной был подписан …": the one of that state)
            among = not signed and not ratified and sentence.index > 0 and bool(_AMONG.match(sentence.text)) \
                and self.signing.any_in(tokens, *parsed.bounds[sentence.index - 1])
            if among:
                # "Стороны подписали 13 документов. Среди них – Соглашение …": one of the documents signed (at the
                # event that sentence told)
                signed = True
            if not signed and not ratified and sentence.index + 1 < len(parsed.sentences):
                # "Главное — соглашение с Туркменистаном. Мы подписали его в ноябре": signed in the next sentence,
                # which names the document again by a pronoun.
                n_lo, n_hi = parsed.bounds[sentence.index + 1]
                if self.signing.any_in(tokens, n_lo, n_hi) and not self.kinds.any_in(tokens, n_lo, n_hi) \
                        and any(t.norm in _AGAIN for t in tokens[n_lo:n_hi]):
                    # ("Жогорку Кенеш принял закон о его ратификации, а президент подписал этот закон": ratified)
                    ratified = self.ratification.any_in(tokens, n_lo, n_hi)
                    signed = not ratified
                    next_dates = _month_dates_of(parsed.sentences[sentence.index + 1], dates)
                    word = next((k for k in range(n_lo, n_hi) if _names_the_document(tokens[k])), None)
                    pronoun_states = {o.key for o in actors if o.kind == "State" and word is not None
                                      and word < o.first <= word + 3}
            heading = False
            if not signed and not ratified and sentence.index + 1 < len(parsed.sentences) \
                    and kinds[0].first - lo <= 2 and self._opens_signed(parsed, sentence.index + 1):
                # "2. Соглашение между Правительством … и Правительством … . Подписано в г. Астане 20 ноября 2015 года":
                # a document named on its own, as an item of a list, then told signed
                signed = heading = True
                next_dates = _month_dates_of(parsed.sentences[sentence.index + 1], dates)
            told_again = sentence.index + 1 if heading else None
            if signed and sentence.index + 1 < len(parsed.sentences) \
                    and not any(sentence.start <= d.start < sentence.end for d in dates):
                # "Казахстан и Пакистан подписали меморандум … Документ был подписан в пятницу на полях шестого
                # заседания …": the next sentence, opening on the document, tells its day and where it was signed
                n_lo, n_hi = parsed.bounds[sentence.index + 1]
                if self.signing.any_in(tokens, n_lo, n_hi) and not self.kinds.any_in(tokens, n_lo, n_hi) \
                        and any(t.norm in _AGAIN for t in tokens[n_lo:min(n_hi, n_lo + 3)]):
                    next_dates = next_dates or _month_dates_of(parsed.sentences[sentence.index + 1], dates)
                    told_again = sentence.index + 1
            # "планируется подписать соглашение", "проект соглашения": a plan word shortly before the document's name
            # (not one about another matter later in the sentence: "… и одобрили проект типовых правил")
            signings = self.signing.find(tokens, lo, hi) if parsed.lang == "ru" and signed else []
            planned = self.planned.any_in(tokens, max(lo, kinds[0].first - 6), kinds[0].last + 1) or (
                # (Kazakh puts the verb after the document: "келісімге қол қойылатын болды", "қол қояды")
                parsed.lang == "kk" and self.planned.any_in(tokens, kinds[0].last + 1, min(hi, kinds[0].last + 4))) or (
                # "Подписать соглашение прикаспийские государства рассчитывают на очередном саммите": signing told
                # only in the infinitive, in a sentence of a plan or hope
                parsed.lang == "ru" and signed and self.planned.any_in(tokens, lo, hi) and all(
                    infinitive(tokens[m.first], self.gazetteer.morph) for m in signings)) or (
                # ("The minister has been authorised to sign, on behalf of the Government, an agreement with …": the
                # English infinitive alone)
                parsed.lang == "en" and signed and self.planned.any_in(tokens, lo, hi) and (
                    en_signings := self.signing.find(tokens, lo, hi)) and all(
                    m.first > lo and tokens[m.first - 1].norm == "to" for m in en_signings)) or (
                # "участники, как ожидается, утвердят план": signing told only in the perfective future
                bool(signings) and not ratified
                and all(perfective_future(tokens[m.first].norm, self.gazetteer.morph.parse) for m in signings))
            # ("A government decree approves the draft agreement", "одобрило проект соглашения", "келісімнің жобасы
            # мақұлданды": a draft approved is an agreement approved in the text, of no date; not one only to be
            # signed, nor a draft only discussed)
            approved_draft = any(
                (tokens[k].lemma in _DRAFTS or tokens[k].norm in _DRAFTS)
                and any(tokens[j].lemma in _APPROVING or tokens[j].norm in _APPROVING
                        or tokens[j].norm.startswith("мақұлда") for j in range(max(lo, k - 4), min(hi, k + 12)))
                for k in range(max(lo, kinds[0].first - 4), min(hi, kinds[0].last + 4)))
            if approved_draft:
                planned = False
            if not planned and parsed.lang == "ru":
                # ("стороны условились определить контактных лиц и согласовать рабочий план": a verb of agreeing, and
                # the document after an infinitive it governs, still to be agreed)
                agreeing = next((k for k in range(max(lo, kinds[0].first - 10), kinds[0].first)
                                 if tokens[k].lemma in _AGREEING), None)
                planned = agreeing is not None and any(infinitive(tokens[k], self.gazetteer.morph)
                                                       for k in range(agreeing + 1, kinds[0].first))
            if not (signed or ratified) or (planned and not ratified):
                continue
            if any(a.kind == kinds[0].label for a in found) \
                    and _spoken(parsed.text, tokens[kinds[0].first].start, sentence.end):
                continue  # ('"… we care as much about the protocol signed today," said the analyst': the one read)
            if told_as_history(self.background, tokens, lo, hi, self.gazetteer.morph) and not kinds[0].first < 3:
                continue  # "Таджикистан ранее заключил подобные соглашения ...": history, not this report
            # A body named in the document's title ("Соглашение о создании механизма гражданской защиты ОТГ") is
            # its subject, not a party.
            linked = event_sentences.get(sentence.index) or (event_sentences.get(sentence.index - 1) if among else None)
            if linked is None and signed and not ratified:
                # ("… подписали в среду в Астане план. Об этом сообщили в пресс-службе. «Документ подписан по итогам
                # заседания совместной рабочей группы …»": the gathering a sentence opening on the document names)
                for j in range(sentence.index + 1, min(len(parsed.sentences), sentence.index + 3)):
                    j_lo, j_hi = parsed.bounds[j]
                    opening = [t for t in tokens[j_lo:j_hi] if t.is_word][:2]
                    if j in event_sentences and any(_names_the_document(t) for t in opening) \
                            and self.signing.any_in(tokens, j_lo, j_hi) and not self.kinds.any_in(tokens, j_lo, j_hi):
                        linked = event_sentences[j]
                        break
                    if not self.sources.any_in(tokens, j_lo, j_hi):
                        break  # (over a sentence that only says who told the news)
            if linked is None and told_again is not None:
                # ("… have signed an agreement … The document was signed during the 11th OTS summit in Bishkek": the
                # gathering of the sentence that tells the document again)
                linked = event_sentences.get(told_again)
            if linked is None and (_OUTCOME.search(sentence.text) or _PARTICIPANTS.search(sentence.text)
                                   or _SIDES.match(sentence.text.lstrip()) or _day_of_frame(tokens, lo, hi) is not None):
                # "Главным итогом стало подписание Меморандума", "Participants also approved an action plan", "On the
                # second day, the ministers adopted a plan": at the event the sentences before told
                linked = next((event_sentences[i] for i in range(sentence.index - 1, -1, -1) if i in event_sentences),
                              None)
            days = [d.start_date for d in dates if sentence.start <= d.start < sentence.end and not d.yearless]
            if linked is not None and days and _far_apart(days[0], event_dates.get(linked.id)):
                # ("В минувший четверг по итогам заседания … подписали протокол" in April, after a council of last
                # September told in passing: the gathering of that kind the day is of)
                linked = next((e for e in reversed(events) if e.kind == linked.kind and e.start
                               and e.sentence < sentence.index and not _far_apart(days[0], e.start)), None)
            s_actors = [o for o in actors if o.sentence == sentence.index and not o.nested]
            outside = [o for o in s_actors if not _in_title(tokens, kinds[0], o)]
            named_parties = not outside and linked is None and bool(s_actors)
            if outside or linked is not None:
                s_actors = outside  # else "Меморандум о сотрудничестве МЧС и ЮНИСЕФ": the title names the parties
            # "Как следует из сообщения китайского министерства, участники утвердили план": a source, not a signer
            sources = [o for o in s_actors if self.sources.any_in(tokens, max(lo, o.first - 3), o.first)]
            s_actors = [o for o in s_actors if not any(src.first <= o.first and o.last <= src.last for src in sources)]
            # "«Подписанный сегодня меморандум дает нам площадку», — подчеркнул министр": who is quoted, not a signer
            s_actors = [o for o in s_actors if not _after_a_quote(tokens, lo, o.first)]
            # "a ceremony … was held in the presence of the Prime Minister of the Kyrgyz Republic": a witness
            s_actors = [o for o in s_actors if not _witness(tokens, lo, o.first, self.gazetteer.morph)]
            # "sign early warning roadmap at EU-supported conference": who backs the gathering, not a signer
            s_actors = [o for o in s_actors if not _BACKING.search(tokens[o.last].text)]
            # "Five members of the Organization of Turkic States have signed an agreement": the members sign, not their
            # organisation
            members = {o.key for o in s_actors if o.kind == "InternationalOrganization" and o.first < kinds[0].first
                       and _members_of(tokens, lo, o.first)}
            s_actors = [o for o in s_actors if o.key not in members]
            s_actors = self._signers(tokens, lo, hi, s_actors, events)
            # ("signed … by Mr. Yamamura, Ambassador of Japan to the Kyrgyz Republic, Mr. Avanessov, UN Resident
            # Coordinator and UNDP Resident Representative, …": the signers' own bodies)
            s_actors = self._signatories(tokens, lo, s_actors, posted_only=True)
            described = participial_clauses(tokens, lo, hi, self.gazetteer.morph)
            s_actors = [o for o in s_actors if not any(a <= o.first and o.last <= b for a, b in described)]
            we = next((k for k in range(lo, kinds[0].first) if tokens[k].norm in _WE_SIGN), None) if signed else None
            if we is not None and speaker and not any(o.key == speaker for o in s_actors):
                # "where we signed a memorandum of cooperation with Tajikistan's Committee …": the body that speaks
                s_actors = sorted(s_actors + [Occurrence(speaker, "Agency", speaker, we, we, tokens[we].start,
                                                         tokens[we].end, sentence.index, "speaker")],
                                  key=lambda o: o.first)
            # "в развитие договоренностей, достигнутых на встрече …, которая прошла 30 мая 2024 года": the day of
            # another event, not of the document
            # ("Подписанный сегодня меморандум дает нам площадку», — подчеркнул он": the day of a quote, not of
            # the document signed at the event read)
            # ("подписали протокол, определяющий порядок обмена данными в паводкоопасный период — с 1 апреля по 30
            # сентября": the days of what the document sets out, not of its signing)
            k = kinds[0].last + 1
            while k < hi - 1 and tokens[k].text != "," and not self._verb_like(tokens[k]):
                k += 1  # (over the rest of the document's name, to the comma that closes it)
            described_at = [(tokens[k + 1].start, tokens[hi - 1].end)] if k < hi - 1 and tokens[k].text == "," and any(
                p.tag.POS == "PRTF" and "actv" in p.tag for p in self.gazetteer.morph.parse(tokens[k + 1].norm)[:1]) \
                else []  # (not ", подписанное … в мае 2015 года": the signing itself)
            s_dates = [d for d in dates if sentence.start <= d.start < sentence.end
                       and not any(a <= d.start < b for a, b in described_at)
                       and (len(d.start_date) >= 7 or self._signed_in_year(tokens, d))
                       and not _of_another_event(tokens, d)
                       and not (d.relative and _quoted(parsed.text, sentence.start, d.start, sentence.end))
                       # ("…, the press service said on Friday": the day of the news)
                       and not (d.relative and said_on(tokens, d, lo, self.saying))] \
                or next_dates or [d for d in [(section_days or {}).get(sentence.index)] if d is not None]
            if approved_draft:
                s_dates = []  # (the day a draft is approved is no day of signing)
            if not s_dates and signed and sentence.index > 0 \
                    and "\n" not in parsed.text[parsed.sentences[sentence.index - 1].end:sentence.start]:
                # "Japan today committed US$11.9 million … An Exchange of Notes to this effect was signed in Bishkek":
                # the day the sentence before tells as today or yesterday, in the same paragraph
                before = parsed.sentences[sentence.index - 1]
                told = [d for d in dates if before.start <= d.start < before.end]
                s_dates = told if len(told) == 1 and told[0].relative and len(told[0].start_date) == 10 \
                    and not told[0].end_date else []
            # ("The governments of the SCO member states signed an agreement": the organisation stands for its
            # members, not the states of the gathering told)
            members_of = any(o.last + 1 < hi and tokens[o.last + 1].norm in ("member", "members")
                             and (e := self.gazetteer.get(o.key)) is not None and e.kind == "InternationalOrganization"
                             for o in s_actors)
            told = (linked or next((e for e in reversed(events) if e.sentence <= sentence.index and e.participants),
                                   None)) if _countries_sign(sentence.text) and not members_of else None
            states = self._states_of(told.participants) if told is not None else []
            counted = _COUNTED_STATES.search(sentence.text)
            if counted and found and len(states) != _NUMBERS[counted.group(1).lower()] \
                    and len(self._states_of(found[-1].parties)) == _NUMBERS[counted.group(1).lower()] \
                    and len(self._states_of(found[-1].parties)) == len(found[-1].parties):
                # ("China, Kazakhstan, … and Uzbekistan signed a memorandum … The six countries also approved an
                # action plan": the states of the document just read, as many as counted)
                states = list(found[-1].parties)
            if states and _TWO_COUNTRIES.search(sentence.text) and len(states) != 2:
                # "the two countries" of a gathering of many: the two the sentence names, else none known
                named = self._states_of(o.key for o in s_actors if o.kind == "State")
                states = named if len(named) == 2 else []
            for parties in self._documents_listed(parsed, kinds, s_actors, lo, hi) \
                    or self._party_groups(parsed, kinds[0], s_actors, country):
                kind = kinds[0].label
                # "Правовой основой российско-узбекистанского сотрудничества является межправительственное
                # соглашение …", "белорусско-узбекское соглашение": the states a compound of their adjectives names
                parties = parties or self._pair_states(tokens, lo, hi)
                if kind == "IntergovernmentalAgreement" and country and len(self._sides(parties)) == 1 \
                        and country not in self._sides(parties) and self.gazetteer.state_of(parties[0]):
                    # "межправительственное соглашение с Туркменистаном" in a Tajik text: Tajikistan is the other side
                    parties = [country, *parties]
                if kind == "IntergovernmentalAgreement" and len(self._sides(parties)) <= 1 \
                        and _TWO_COUNTRIES.search(sentence.text):
                    # "соглашение между правительствами двух стран" in a text of two states: both
                    both = list(dict.fromkeys(s for o in actors if not o.is_new
                                              and (s := o.key if o.kind == "State" else self.gazetteer.state_of(o.key))))
                    parties = both if len(both) == 2 else parties
                if kind == "Agreement" and parties and all(
                        self.gazetteer.get(p) and self.gazetteer.get(p).kind == "State"
                        for p in parties if not p.startswith("new:")):
                    kind = "IntergovernmentalAgreement"
                event = linked
                if linked is not None and _BODIES_OF_TWO.search(sentence.text):
                    # "соглашение о сотрудничестве между МЧС двух стран" after the talks of two ministries: the bodies
                    # of the two sides of the event read
                    bodies = [k for k in linked.participants
                              if (e := self.gazetteer.get(k)) is not None and e.kind == "Agency" or k.startswith("new:")]
                    if len(self._sides(bodies)) == 2 and len(bodies) == 2:
                        parties = bodies
                if len(states) >= 2:
                    parties = list(states)  # (over a state named in the document's name: "the China – Central Asia mechanism")
                    kind = "IntergovernmentalAgreement" if kind == "Agreement" else kind
                elif not parties and len(delegation_heads) >= 2 and _HEADS_OF_DELEGATIONS.search(sentence.text):
                    # "По итогам заседания главы делегаций подписали протокол": the bodies of those who led them
                    parties = list(delegation_heads)
                elif event is not None and event.participants and _HEADS_OF_DELEGATIONS.search(sentence.text) \
                        and parties and all((e := self.gazetteer.get(p)) is not None
                                            and e.kind == "InternationalOrganization" for p in parties) \
                        and any(p not in parties for p in event.participants):
                    # "руководители делегаций государств — участников Механизма утвердили План действий Механизма
                    # гражданской защиты ОТГ": the delegations' bodies, not the organisation the plan's name holds
                    parties = [p for p in event.participants if p not in parties]
                elif event is not None and event.participants and (
                        _PARTICIPANTS.search(sentence.text) and not parties
                        or _SIDES.search(sentence.text) and self._some_of_the_states(parties, event)):
                    # "участники также утвердили план" at the meeting read (at one of many states: the states; "the
                    # participants approved a plan of cooperation between China and Central Asian countries": all of
                    # them, not the one state named in the plan's name)
                    parties = self._signing_states(event) or parties or list(event.participants)
                elif not parties and _SIDES.search(sentence.text) and found and found[-1].kind != kind \
                        and found[-1].sentences and found[-1].sentences[-1] >= sentence.index - 1 \
                        and (event is None or event.id == found[-1].signed_at):
                    # "… подписали Меморандум. Там же стороны утвердили план действий": those who signed the document
                    # just read, the same day, at the same event
                    parties = list(found[-1].parties)
                    s_dates = s_dates or [d for d in dates if found[-1].date and d.start_date == found[-1].date][:1]
                    event = event or next((e for e in events if e.id == found[-1].signed_at), None)
                elif not parties and event is None and _SIDES.search(sentence.text) and (
                        not found or _PARTICIPANTS.search(sentence.text) or _TWO_BODIES.search(sentence.text)):
                    # "Стороны обсудили выполнение соглашения, подписанного ...": the sides of the event just read.
                    before = [e for e in events if e.sentence <= sentence.index and e.participants]
                    if before:
                        parties = list(before[-1].participants)
                    elif found and _PARTICIPANTS.search(sentence.text):
                        parties = list(found[-1].parties)  # those who signed the document just read
                # ("Сегодня в акимате Алматы состоялась церемония подписания меморандума. Документ подписали …": the
                # body named only as the venue of the ceremony is not yet a signer)
                venue_only = bool(parties) and all(any(o.key == p and o.first > lo and tokens[o.first - 1].norm in
                                                       ("в", "во", "at") for o in s_actors) for p in parties)
                if (not parties or not outside or members or venue_only or self._passive(tokens, lo, hi)) and signed \
                        and sentence.index + 1 < len(parsed.sentences):
                    # (over bodies named only in the document's title: "Соглашение о создании Механизма … ОТГ")
                    signers_at = sentence.index + 1
                    told_next = self._signers_told_next(parsed, signers_at, actors, event, events)
                    if not told_next and signers_at + 1 < len(parsed.sentences) \
                            and (CEREMONY.search(parsed.sentences[signers_at].text)
                                 or self._signed_again(parsed, signers_at)):
                        # ("… after notes were exchanged on Tuesday. The signing ceremony took place in the presence
                        # of the Prime Minister. The documents were signed by …": over the sentence of the ceremony)
                        signers_at += 1
                        told_next = self._signers_told_next(parsed, signers_at, actors, event, events)
                    if told_next and not s_dates:
                        # ("… меморандумға қол қойылды. Бүгін құжатқа … қол қойды": the day the signers' sentence tells)
                        s_dates = _month_dates_of(parsed.sentences[signers_at], dates)
                    # (not when the signers told are fewer of the parties the sentence named: "… между МЧС Республики
                    # Узбекистан и Университетом гражданской защиты … Документ подписали заместитель министра … и
                    # ректор университета")
                    parties = parties if told_next and set(told_next) < set(parties) else told_next or parties
                if not s_dates and not ratified and sentence.index + 1 < len(parsed.sentences) \
                        and self._signed_again(parsed, sentence.index + 1) \
                        and "\n\n" not in parsed.text[sentence.end:parsed.sentences[sentence.index + 1].start]:
                    # ("… меморандумға қол қойды. Құжатқа бүгін қала әкімдігінде қол қойылды", "… signed a memorandum.
                    # The document was signed today at the akimat": the day of the document named again next)
                    s_dates = _month_dates_of(parsed.sentences[sentence.index + 1], dates)
                if pronoun_states and not ratified and not pronoun_states & self._sides(parties):
                    continue  # (the other document named, not the one the next sentence tells signed)
                before = next((event_sentences[i] for i in range(sentence.index - 1, max(-1, sentence.index - 4), -1)
                               if i in event_sentences), None) if self._opens_signed(parsed, sentence.index) else None
                if named_parties and before is not None and len(self._sides(parties)) == 1 \
                        and "\n\n" not in parsed.text[parsed.sentences[before.sentence].end:sentence.start] \
                        and self._sides(parties) < set(self._states_of(before.participants)):
                    # ("За одним столом – Китай, Казахстан, Кыргызстан … Подписан Меморандум о создании механизма
                    # сотрудничества Китай – Центральная Азия": the states at the table, of which the name holds one)
                    parties = self._states_of(before.participants)
                self._read(found, parsed, sentence.index, kind, parties, s_actors, s_dates,
                           event, ratified, kinds[0], event_dates, named_parties and parties == self._parties(
                               kind, s_actors))
                if told_again is not None and told_again not in found[-1].sentences:
                    found[-1].sentences.append(told_again)
                for other in kinds[1:]:
                    # "подписали соглашение о сотрудничестве … и план совместных мероприятий": two documents
                    if other.label != kinds[0].label and not ratified and any(
                            tokens[j].norm in ("и", "and", "а", "also") for j in range(max(lo, other.first - 3),
                                                                                      other.first)):
                        if pronoun_states and not pronoun_states & self._sides(parties):
                            continue
                        self._read(found, parsed, sentence.index, other.label, list(parties), s_actors, s_dates,
                                   event, ratified, other, event_dates)
        return self._records(found, parsed, events, actors, country)

    def _opens_signed(self, parsed: Parsed, index: int) -> bool:
        """The sentence opens on its signing, told in the passive with no subject before ("Подписано 16 октября 2015
        года в Бурабае …", "Signed in Astana on 20 November 2015")."""
        lo, hi = parsed.bounds[index]
        at = next((k for k in range(lo, hi) if parsed.tokens[k].is_word), None)
        if at is None or not self.signing.any_in(parsed.tokens, at, at + 1):
            return False
        word = parsed.tokens[at].norm
        return word == "signed" or any(p.tag.POS == "PRTS" for p in self.gazetteer.morph.parse(word)[:1])

    def _approved_at_home(self, tokens, lo: int, named) -> bool:
        """"17 января 2019 года правительство Армении одобрило соглашение между Правительством Республики Армения и
        Правительством Республики Казахстан …, подписанное 12 сентября 2018 года": a government approving, before its
        name, an agreement between two sides takes a step of ratification; it signs nothing."""
        if not any(tokens[k].norm in ("между", "between") for k in range(named.first, min(len(tokens), named.last + 4))):
            return False
        return any(m.last < named.first and any(tokens[k].lemma in self.governments or tokens[k].norm in self.governments
                                                for k in range(max(lo, m.first - 4), m.first))
                   for m in self.approval.find(tokens, lo, named.first))

    def _signed_in_year(self, tokens, mention) -> bool:
        """"подписанное в 2005 году", "signed … in 2005": a year alone dates a document when the signing verb comes
        just before it or "in" introduces it (not "План на 2018–2019 годы", the years of a plan's term)."""
        at = bisect_left(tokens, mention.start, key=lambda t: t.start)
        if any(self.signing.match_at(tokens, k) for k in range(max(0, at - 3), at)):
            return True
        # ("The governments … signed an agreement on cooperation … in 2005": a year told with "in")
        return mention.end_date is None and any(0 <= k < len(tokens) and tokens[k].norm in ("in", "в", "во")
                                                and tokens[k].end <= mention.start + 2 for k in (at - 1, at))

    def _pair_states(self, tokens, lo: int, hi: int) -> list[str]:
        """The states of the one compound of state adjectives in the sentence that is no border or ground
        ("на кыргызско-узбекской границе")."""
        pairs = [states for i in range(lo, hi) if "-" in tokens[i].text
                 and (states := self.gazetteer.pair_states(tokens[i].text))
                 and not (i + 1 < hi and tokens[i + 1].text.lower() in self.territory)]
        return pairs[0] if len(pairs) == 1 else []

    def _signers(self, tokens, lo: int, hi: int, s_actors: list[Occurrence], events=()) -> list[Occurrence]:
        """"Совет принял Решение о … Корпуса сил СНГ и утвердил план": who signs or adopts is named before the
        verb; a body after it signs too only when introduced as a side ("с ПРООН", "между …", "with UNDP"). Those
        named after another event the sentence tells ("подписан в развитие договоренностей, достигнутых на встрече
        министров Китая и государств Центральной Азии") took part in that event, not in the signing."""
        verb = next((i for i in range(lo, hi) if self.signing.match_at(tokens, i)), None)
        if verb is None:
            return s_actors
        # (one the document was signed during or after, "в ходе государственного визита", "after talks between …",
        # is where its signers met)
        told = [e.trigger[0] for e in events if verb < e.trigger[0] < hi
                and not self.during.any_in(tokens, max(verb, e.trigger[0] - 3), e.trigger[0])]
        if told:
            s_actors = [o for o in s_actors if not any(verb < t < o.first for t in told)]
        agents = self._agents(tokens, verb, hi, s_actors)
        if agents:
            return agents  # "соглашение …, подписанное Узбекистаном и Россией в мае 1998 года"
        before = [o for o in s_actors if o.last < verb]
        # "The Exchange of Notes was signed by H.E. …", "… was signed today in Bishkek by H.E. …" (over a day and a
        # town, before any body)
        by = next((k for k in range(verb + 1, min(hi, verb + 6)) if tokens[k].norm in ("by", "—", "-")), None)
        if not before and by is not None and not any(verb < o.first < by for o in s_actors) \
                and all(t.text != "," for t in tokens[verb + 1:by]):
            return self._signatories(tokens, lo, s_actors)
        if not before or any(o.kind == "State" for o in before) and len(before) == len(s_actors):
            return s_actors
        sides = [o for o in s_actors if o.first > verb
                 and any(t.norm in _SIDE_WORDS for t in tokens[max(verb, o.first - 3):o.first])]
        return before + sides

    def _agents(self, tokens, verb: int, hi: int, s_actors: list[Occurrence]) -> list[Occurrence]:
        """The bodies right after a passive participle of signing, in the instrumental ("подписанное Узбекистаном и
        Россией"), one after another with "и" or commas between: those who signed."""
        parses = self.gazetteer.morph.parse(tokens[verb].text.lower())[:1]
        if not any(p.tag.POS in ("PRTF", "PRTS") and "pssv" in p.tag for p in parses):
            return []
        starts = {o.first: o for o in s_actors}
        out, k = [], verb + 1
        while k < hi and k in starts:
            o = starts[k]
            # ("подписанное министерствами по ЧС Узбекистана и Азербайджана": the second state of the ministries)
            if not any("ablt" in p.tag for t in tokens[o.first:o.last + 1]
                       for p in self.gazetteer.morph.parse(t.text.lower())[:2]) \
                    and not (out and o.first == o.last and self._same_case(tokens[out[-1].last], tokens[o.first])):
                break
            out.append(o)
            k = o.last + 1
            if k < hi and tokens[k].text in (",", "и"):
                k += 1
        return out

    def _same_case(self, a, b) -> bool:
        """Two words read in one case ("Узбекистана и Азербайджана")."""
        cases = {p.tag.case for p in self.gazetteer.morph.parse(a.text.lower())[:1]}
        return bool(cases - {None}) and cases == {p.tag.case for p in self.gazetteer.morph.parse(b.text.lower())[:1]}

    def _passive(self, tokens, lo: int, hi: int) -> bool:
        """"было подписано Соглашение", "the agreement was signed": a signing told without who signed."""
        for k in range(lo, hi):
            if not self.signing.match_at(tokens, k):
                continue
            word = tokens[k].text.lower()
            if any(p.tag.POS == "PRTS" for p in self.gazetteer.morph.parse(word)[:1]):
                return True
            if word == "notes" and k + 2 < hi and tokens[k + 1].norm in ("was", "were"):
                return True  # "after notes were exchanged in Bishkek"
            if word == "signed" and k > lo and tokens[k - 1].norm in ("was", "were", "been") \
                    and not (k + 1 < hi and tokens[k + 1].norm == "by"):
                return True
        return False

    def _verb_like(self, token) -> bool:
        return any(p.tag.POS in ("VERB", "INFN", "PRTS") for p in self.gazetteer.morph.parse(token.norm)[:1])

    def _signed_again(self, parsed: Parsed, index: int) -> bool:
        """"The document was signed on the margins of the 11th OTS summit": a sentence that opens on the document named
        again and tells where or when it was signed, its signers told after it."""
        lo, hi = parsed.bounds[index]
        words = [t for t in parsed.tokens[lo:hi] if t.is_word][:3]
        return any(_names_the_document(w) for w in words) and self.signing.any_in(parsed.tokens, lo, hi)

    def _signers_told_next(self, parsed: Parsed, index: int, actors: list[Occurrence],
                           event: Draft | None = None, events: list[Draft] | None = None) -> list[str]:
        """"… было подписано Соглашение о создании Механизма. Документ подписали министр … Кыргызской Республики и
        уполномоченные представители Азербайджана, Казахстана, Узбекистана и Турции": the signers the next sentence
        names, when it begins with the document named again."""
        tokens = parsed.tokens
        lo, hi = parsed.bounds[index]
        opener = self.attribution.find(tokens, lo, lo + 3)
        if opener and opener[0].first == lo:
            # ("According to the ministry, the document was signed by …": the sentence after who tells it)
            lo = next((k + 1 for k in range(lo, min(hi, lo + 10)) if tokens[k].norm == ","), lo)
        words = [t for t in tokens[lo:hi] if t.is_word]
        # ("С кыргызской стороны документ подписал министр …": the document named again among its first words)
        # (or right after its signing: "Kyrgyzstan's Minister …, Boobek Azhikeev, signed the document, as did …")
        signed_it = any(_names_the_document(tokens[k]) for m in self.signing.find(tokens, lo, hi)
                        for k in range(m.last + 1, min(hi, m.last + 3)) if tokens[k].is_word)
        # (or after the side that signs: "On the Kyrgyz side the document was signed by …")
        # ("It bears the signatures of the Minister … and of authorised representatives of …": by its signatures)
        if not words or not (any(_names_the_document(w) for w in words[:7]) or signed_it) \
                or not (self.signing.any_in(tokens, lo, hi) or self.signature.any_in(tokens, lo, hi)) \
                or self.ratification.any_in(tokens, lo, hi):
            return []
        here = [o for o in actors if o.sentence == index and not o.nested]
        # ("The document was signed during the 11th OTS summit in Bishkek by …": the organisation whose gathering it
        # is names where it was signed, not who signed)
        gatherings = [e.trigger[0] for e in events or () if lo <= e.trigger[0] < hi] + [
            k for k in range(lo, hi) if tokens[k].lemma in _GATHERING_WORDS or tokens[k].norm in _GATHERING_WORDS]
        here = [o for o in here if not (o.kind == "InternationalOrganization"
                                        and any(0 < first - o.last <= 2 for first in gatherings))]
        if not here and event is not None and _ALL_COUNTRIES.search(parsed.sentences[index].text):
            # "Документ скрепили подписями главы делегаций всех шести стран": the states that met
            return self._signing_states(event)
        here = self._signatories(tokens, lo, here)
        if here and index + 1 < len(parsed.sentences):
            # ("Lt. Gen. Omar Mahmood Hayat, Chairman NDMA, signed the document for Pakistan. Talgat Nurmagambetov,
            # deputy chairman in the Ministry …, signed on behalf of the Kazakh side": the other signer, told next)
            n_lo, n_hi = parsed.bounds[index + 1]
            # (or names the document again by its bare word: "Подписи под соглашением также поставили …")
            named = self.kinds.find(tokens, n_lo, n_hi)
            if self.signature.any_in(tokens, n_lo, n_hi) and all(_signatures_under(tokens, m, n_lo) for m in named) \
                    and not self.ratification.any_in(tokens, n_lo, n_hi) and not _ATTENDED.any_in(tokens, n_lo, n_hi) \
                    and "\n\n" not in parsed.text[parsed.sentences[index].end:parsed.sentences[index + 1].start]:
                here += self._signatories(tokens, n_lo, [o for o in actors if o.sentence == index + 1
                                                         and not o.nested])
        # ("документ со стороны Кыргызстана подписал министр …": the state is the side that signs)
        sides = {o.key for o in here if o.kind == "State" and o.first >= 2
                 and (tokens[o.first - 2].norm, tokens[o.first - 1].norm) in (("со", "стороны"), ("on", "behalf"))}
        bodies = {self.gazetteer.state_of(o.key) for o in here if o.kind != "State"}
        return list(dict.fromkeys(o.key for o in here if not (o.kind == "State" and o.key in bodies - sides)
                                  and not (o.kind != "State" and self.gazetteer.state_of(o.key) in sides)))

    def _signatories(self, tokens, lo: int, named: list[Occurrence], posted_only: bool = False) -> list[Occurrence]:
        """Who signs, among the bodies named with the signers: not the state a signer is posted to ("Ambassador of
        Japan to the Kyrgyz Republic", "представитель ЮНИСЕФ в Кыргызстане"), nor the umbrella of a body that signs
        ("UN Resident Coordinator and UNDP Resident Representative" signs for UNDP). `posted_only`: only a state
        that follows a post of a mission ("Ambassador … to", "Representative in")."""
        named = [o for o in named if not (o.kind == "State" and _posted_to(tokens, o.first, lo)
                                          and (not posted_only or _after_a_mission_post(tokens, o.first, lo)))
                 and not _in_a_relative_clause(tokens, lo, o.first)]
        within = {(entry.part_of, o.first) for o in named
                  if (entry := self.gazetteer.get(o.key)) is not None and entry.part_of}
        # (in a sentence of its own, the umbrella named with one signer's posts: "UN Resident Coordinator and UNDP
        # Resident Representative"; not the CIS beside its council, both named as such)
        # (nor "the IFRC and the Red Crescent Society of Kazakhstan signed": the umbrella joined to its member by
        # "and", a side of its own)
        return [o for o in named if not any(key == o.key and (not posted_only or 0 < first - o.first <= 6)
                                            and not (o.last + 1 < len(tokens) and tokens[o.last + 1].norm in ("and", "и")
                                                     and first - o.last - (tokens[o.last + 2].norm == "the") == 2)
                                            for key, first in within)]

    def _read(self, found, parsed, index, kind, parties, s_actors, s_dates, event, ratified, named,
              event_dates: dict[str, str | None], named_parties: bool = False) -> None:
        """One agreement named in one sentence: merged with the same one read before, or new. `named_parties`:
        the parties read are only those the document's own name holds, who may be its subject ("Подписано
        Соглашение о создании Механизма гражданской защиты ОТГ"); the signers told elsewhere replace them."""
        if named_parties and found:
            same = next((a for a in found if a.kind == kind), None)
            if same is not None:
                same.sentences.append(index)
                return
        # "Предыдущий двусторонний план, рассчитанный на 2018-2019 годы, … утвердили": the document before the one read,
        # never merged with it
        earlier = self._earlier(parsed, named.first)
        sides = self._sides(parties)
        overlapping = [a for a in found if sides & self._sides(a.parties) and a.earlier == earlier]
        # ("Тогда участники встречи подписали Меморандум": the day of the event it was signed at, when the sentence
        # gives none, so that a document of another year is not taken for the one read)
        when = s_dates[0].start_date if s_dates else None
        held_on = event_dates.get(event.id) if event is not None else None
        if when and held_on and s_dates[0].yearless and len(when) == 10 and when[:4] != held_on[:4] \
                and (len(held_on) == 4 or held_on[5:7] == when[5:7]):
            # ("The 9th meeting took place on August 23-25, 2017 … On August 24, on the sidelines of the meeting, …
            # signed a plan": a day with no year of its own at the event of another year is of that year)
            when = held_on[:4] + when[4:]
        told_when = when or held_on
        # (not documents of another month: "В июне Центр заключил меморандум" after those signed on 30 May)
        days = [a.date or event_dates.get(a.signed_at) for a in overlapping]
        elsewhen = bool(told_when) and not ratified and all(d and d[:7] != told_when[:7] for d in days)
        # (a memorandum is no collective name for two agreements read before)
        # (nor "the Agreement on the OTS Civil Protection Mechanism", one document, for a memorandum and a plan)
        collective = len(overlapping) >= 2 and not elsewhen \
            and not any(sides <= self._sides(a.parties) for a in overlapping) \
            and any(a.kind == kind or kind == "Agreement" for a in overlapping) \
            and (self._plural_name(parsed, named) or sides <= set().union(*(self._sides(a.parties) for a in overlapping)))
        # "both agreements", "two agreements: one with A and one with B" speaks of several read before.
        targets = overlapping if collective else [
            self._merge(found, kind, parties, None if ratified else told_when, event_dates, index, earlier,
                        _period(parsed.text, parsed.tokens[named.first].start))]
        if ratified:
            # The body that ratified: a parliament named in the sentence, else the state named before the verb.
            verb = next((i for i in range(*parsed.bounds[index]) if self.ratification.match_at(parsed.tokens, i)
                         or self.approval.match_at(parsed.tokens, i)), None)
            by = next((o.key for o in s_actors if self._legislature(o.key)), None) or \
                next((o.key for o in s_actors if o.kind == "State" and verb is not None and o.last < verb), None)
        for agreement in targets:
            agreement.sentences.append(index)
            if ratified:
                agreement.ratifications.append(Ratification(by, _evidence(parsed, index), when))
                continue
            agreement.signed = True
            if when and agreement.date is None:
                agreement.date = when
            if event is not None and agreement.signed_at is None and _far_apart(when, held_on):
                agreement.told_at = agreement.told_at or event.id
            elif event is not None and agreement.signed_at is None:
                agreement.signed_at = event.id
            elif event is not None and event.parent is not None and event.parent == agreement.signed_at \
                    and event.kind == "Meeting" and (not when or when == event.start):
                # "подписанный в Ташкенте план" of a visit, then "По итогам встречи руководители делегаций подписали
                # план": signed at the talks held within the visit
                agreement.signed_at = event.id
        if not collective:
            if targets[0].label is None:
                targets[0].label = event_label(parsed, self.gazetteer.morph, named.first, named.last)
            if targets[0].named_parties and parties and not named_parties:
                targets[0].parties, targets[0].named_parties = [], False  # (the signers told replace the name's)
            elif not targets[0].parties and named_parties:
                targets[0].named_parties = True
            for key in parties:
                if key not in targets[0].parties:
                    targets[0].parties.append(key)

    def _earlier(self, parsed: Parsed, first: int) -> bool:
        """A word of the one before, right before the document's name or over adjectives ("Предыдущий двусторонний
        план", "the previous bilateral plan"); not a year's ("в декабре прошлого года указанное Соглашение")."""
        tokens = parsed.tokens
        for k in range(first - 1, max(-1, first - 4), -1):
            if self.previous & set(tokens[k].lemmas):
                return True
            word = tokens[k].norm
            if parsed.lang == "en":
                if not (word.isalpha() and word.islower()) or word in ("year", "week", "month", "the", "a"):
                    return False
            elif not any(p.tag.POS in ("ADJF", "PRTF") for p in self.gazetteer.morph.parse(word)[:1]):
                return False
        return False

    def _plural_name(self, parsed: Parsed, named) -> bool:
        """"оба соглашения", "the agreements", "two agreements": documents named in the plural."""
        word = parsed.tokens[named.last].text.lower()
        if parsed.lang == "en":
            return word.endswith("s")
        if parsed.lang == "ru":
            # (the document's own word, not one of its name: "соглашение между правительствами" is one document)
            for token in parsed.tokens[named.first:named.last + 1]:
                parses = [p for p in self.gazetteer.morph.parse(token.text.lower()) if "NOUN" in p.tag]
                if parses:
                    return any("plur" in p.tag for p in parses)
            return False
        return True

    def _party_groups(self, parsed: Parsed, named, s_actors: list[Occurrence], country: str | None) -> list[list[str]]:
        """Usually one party list; 'agreements with Uzbekistan and Turkmenistan' gives one per counterpart."""
        parties = self._parties(named.label, s_actors)
        tokens = parsed.tokens
        word = tokens[named.last].text.lower()
        plural = word.endswith("s") if parsed.lang == "en" else (
            parsed.lang == "ru" and (all("plur" in p.tag for p in self.gazetteer.morph.parse(word) if "NOUN" in p.tag)
                                     # ("два межправительственных соглашения", "межправительственные соглашения": a
                                     # numeral or a plural adjective tells the number of "соглашения")
                                     or self._counted(tokens, named.first, named.last)))
        # "соглашения с Узбекистаном и Туркменистаном", and past their subject: "два соглашения о сотрудничестве в
        # области гражданской обороны … – с Республикой Узбекистан и с Туркменистаном"
        starts = {o.first for o in s_actors if o.kind == "State"}
        split = next((i for i in range(named.last + 1, min(len(tokens), named.last + 4))
                      if tokens[i].text.lower() in ("с", "со", "with")), None) or next(
            (i for i in range(named.last + 1, len(tokens)) if tokens[i].sentence == tokens[named.last].sentence
             and tokens[i].text.lower() in ("с", "со", "with") and (i + 1 in starts or tokens[i].text.lower() == "with"
                                                                   and any(j in starts for j in range(i + 2, i + 7)))),
            None)  # (or "with their counterparts in neighbouring Uzbekistan and Turkmenistan")
        if not plural or split is None:
            return [parties]
        counterparts = [o.key for o in s_actors if o.first > split and o.kind == "State"]
        counterparts = list(dict.fromkeys(counterparts))
        if len(counterparts) < 2:
            return [parties]
        own = [o.key for o in s_actors if o.last < named.first and o.kind == "State"] or ([country] if country else [])
        return [list(dict.fromkeys(own + [c])) for c in counterparts if c not in own]

    def _documents_listed(self, parsed: Parsed, kinds, s_actors: list[Occurrence], lo: int, hi: int) -> list[list[str]]:
        """"соглашение между Правительством Казахстана и Правительством Узбекистана …, а также соглашение между
        Правительством Казахстана и Правительством Туркменистана": documents of one kind listed in a sentence, each
        naming its own parties, are one document each (in Kazakh the parties come before the document's name). Empty
        unless each names two sides, and not the same two."""
        docs = [kinds[0], *(k for k in kinds[1:] if k.label == kinds[0].label)]
        if len(docs) < 2:
            return []
        groups = []
        for n, doc in enumerate(docs):
            if parsed.lang == "kk":
                first, last = (docs[n - 1].last + 1 if n else lo), doc.last
            else:
                first, last = doc.first, (docs[n + 1].first - 1 if n + 1 < len(docs) else hi - 1)
            groups.append(self._parties(doc.label, [o for o in s_actors if first <= o.first <= last]))
        if any(len(self._sides(g)) < 2 for g in groups) or len({frozenset(self._sides(g)) for g in groups}) < len(groups):
            return []
        return groups

    def _counted(self, tokens, first: int, last: int) -> bool:
        """A numeral of two or more right before the name, or an adjective of it in the plural only."""
        lo = max(0, first - 2)
        if any(t.norm in self.many for t in tokens[lo:first + 1]):
            return True
        if first > 0 and any(p.tag.POS == "VERB" for p in self.gazetteer.morph.parse(tokens[first - 1].norm)[:1]):
            return True  # "Сенат ратифицировал соглашения": the object of a verb, "соглашения" is no genitive
        adjectives = [self.gazetteer.morph.parse(t.norm) for t in tokens[lo:last] if t.is_word]
        return any(parses and all("plur" in p.tag for p in parses if "ADJF" in p.tag)
                   and any("ADJF" in p.tag for p in parses) for parses in adjectives)

    def _records(self, found, parsed: Parsed, events: list[Draft], actors: list[Occurrence],
                 country: str | None = None) -> list[AgreementRecord]:
        by_id = {e.id: e for e in events}
        bodies: dict[str, set[str]] = {}  # the known agencies the text names, by state
        for o in actors:
            if o.kind == "Agency" and not o.is_new and (state := self.gazetteer.state_of(o.key)):
                bodies.setdefault(state, set()).add(o.key)
        records = []
        for agreement in found:
            ratifiers = {state for r in agreement.ratifications if r.by and self._legislature(r.by)
                         and (state := self.gazetteer.state_of(r.by))}
            sides = self._sides(agreement.parties)
            if len(ratifiers) == 1 and sides and not sides & ratifiers and all(
                    (e := self.gazetteer.get(k)) is not None and e.kind in ("State", "Agency")
                    for k in agreement.parties):
                # "Сенат ратифицировал соглашения с Узбекистаном и Туркменистаном": a parliament ratifies what its
                # own state signed, with the state named
                agreement.parties = [next(iter(ratifiers)), *agreement.parties]
            event = by_id.get(agreement.signed_at) if agreement.signed_at else None
            if event is None and not agreement.parties and (told := by_id.get(agreement.told_at)) is not None:
                agreement.parties = self._signing_states(told) or list(told.participants)
            if event is not None:
                closing = event.end and any(_CLOSING.search(parsed.sentences[i].text) for i in agreement.sentences)
                # "At the close of the forum, the heads of delegations signed a protocol": on its last day
                agreement.date = agreement.date or (event.end if closing else self._day_told(parsed, agreement, event))
                if not agreement.parties:
                    # "тараптар Хаттамаға қол қойды" at a forum of delegations of four states: the states sign, not the
                    # bodies that led the delegations or the organizations that came
                    agreement.parties = self._signing_states(event) or list(event.participants)
                    national = [k for k in agreement.parties if self.gazetteer.state_of(k)]
                    if len(self._states_of(national)) >= 2 and any(
                            _HEADS_OF_DELEGATIONS.search(parsed.sentences[i].text) for i in agreement.sentences):
                        # "По итогам заседания руководители делегаций подписали протокол" at a sitting in the CSTO's
                        # Secretariat: the states' delegations sign, not the organisation that convened them
                        agreement.parties = national
                    if any(_SIDES.search(parsed.sentences[i].text) for i in agreement.sentences):
                        agreement.parties = self._one_body_a_side(agreement.parties)
            if agreement.kind != "IntergovernmentalAgreement":
                # Agencies that sign stand for their states.
                represented = {self.gazetteer.state_of(k) for k in agreement.parties
                               if (e := self.gazetteer.get(k)) is not None and e.kind == "Agency"}
                agreement.parties = [k for k in agreement.parties if k not in represented]
                if len(self._sides(agreement.parties)) <= 2 and not any(
                        (e := self.gazetteer.get(k)) is not None and e.kind == "InternationalOrganization"
                        for k in agreement.parties):
                    # "Казахстан и Азербайджан подписали план" of two ministries: a state signs an agencies' document
                    # through the body of it that the text names (its emergency body among several); with an
                    # international body, the government signs.
                    agreement.parties = list(dict.fromkeys(self._body_of(k, bodies) for k in agreement.parties))
            if agreement.kind == "IntergovernmentalAgreement" and not agreement.named_parties and any(
                    (e := self.gazetteer.get(k)) is not None and e.kind == "InternationalOrganization"
                    for k in agreement.parties):
                # ("The Notes were signed by the Ambassador of Japan, the UN Resident Coordinator … and the UNICEF
                # Representative": organizations that sign make it no agreement between governments)
                agreement.kind = "Agreement"
            if agreement.kind == "IntergovernmentalAgreement":
                # Governments sign these: the states of the bodies read, without the organizations around them.
                states = [self.gazetteer.state_of(k) for k in agreement.parties]
                if any(states):
                    agreement.parties = list(dict.fromkeys(s for s in states if s))
                if country and len(agreement.parties) == 1 and agreement.parties[0] != country \
                        and not agreement.ratifications:
                    # ("Үкімет Түрікменстанмен … келісімге қол қою туралы қаулы қабылдады" in a Kazakh text, read as
                    # between governments only at the end: the text's own state is the other side)
                    agreement.parties = [country, *agreement.parties]
            records.append(AgreementRecord(
                id=agreement.id, kind=agreement.kind, date=agreement.date, parties=tuple(agreement.parties),
                signed_at=agreement.signed_at, ratifications=tuple(agreement.ratifications), label=agreement.label,
                evidence=tuple(_evidence(parsed, i) for i in dict.fromkeys(agreement.sentences)), confidence=0.8,
            ))
        return records

    @staticmethod
    def _day_told(parsed: Parsed, agreement: _Agreement, event: Draft) -> str | None:
        """"On the second day, the ministers adopted a plan": that day of the event (else its first)."""
        if not event.start or len(event.start) != 10:
            return event.start
        lo, hi = parsed.bounds[agreement.sentences[0]]
        day = _day_of_frame(parsed.tokens, lo, hi)  # (0 the first day, -1 the last)
        if day is None or day < 1:
            return event.end if day == -1 and event.end else event.start
        told = (date.fromisoformat(event.start) + timedelta(days=day)).isoformat()
        return told if not event.end or told <= event.end else event.start

    def _signing_states(self, event: Draft) -> list[str]:
        """The states of a gathering of three or more of them that the text names as states, who sign as one."""
        states = self._states_of(event.participants)
        named = [k for k in event.participants if (e := self.gazetteer.get(k)) and e.kind == "State"]
        return states if len(states) >= 3 and named else []

    def _one_body_a_side(self, keys: list[str]) -> list[str]:
        """"По итогам учений стороны подписали протокол" after an exercise of two ministries that a region's hukumat
        helped: the sides are the bodies the reference knows, not a state's new body beside its known one."""
        def known_state(key: str) -> str | None:  # the state of a body the reference knows
            entry = self.gazetteer.get(key)
            return self.gazetteer.state_of(key) if entry is not None and entry.kind == "Agency" else None

        known = {state for k in keys if (state := known_state(k))}
        keys = [k for k in keys if not (LOCAL_GOVERNMENT_KEY.match(k) and _state_of_new(k) in known)]
        # ("… meeting of the two departments. The hydrometeorological services took part too. The sides signed a
        # protocol": a side is the body of its state the meeting was first told of)
        first: dict[str, str] = {}
        for k in keys:
            if state := known_state(k):
                first.setdefault(state, k)
        return [k for k in keys if known_state(k) is None or first[known_state(k)] == k]

    def _some_of_the_states(self, parties: list[str], event: Draft) -> bool:
        """One state read as the party, one of those of the gathering that sign as one."""
        return len(parties) == 1 and (e := self.gazetteer.get(parties[0])) is not None and e.kind == "State" \
            and parties[0] in self._signing_states(event)

    def _states_of(self, keys) -> list[str]:
        """The states of the sides among `keys`, in order; organizations have none."""
        return list(dict.fromkeys(s for k in keys if (s := self.gazetteer.state_of(k))))

    def _body_of(self, key: str, bodies: dict[str, set[str]]) -> str:
        entry = self.gazetteer.get(key)
        if entry is None or entry.kind != "State" or key not in bodies:
            return key
        named = bodies[key]
        if len(named) == 1:
            return next(iter(named))
        emergency = self.gazetteer.agency_of(key, "emergency")
        return emergency.key if emergency is not None and emergency.key in named else key

    def _legislature(self, key: str) -> bool:
        if key.startswith("new:"):
            return bool(_NEW_LEGISLATURE.match(key))  # "Национальное собрание Армении" ratifies, it signs nothing
        entry = self.gazetteer.get(key)
        return bool(entry and "legislature" in entry.sectors)

    def _parties(self, kind: str, actors: list[Occurrence]) -> list[str]:
        keys = [o.key for o in actors if not self._legislature(o.key)]
        if kind in ("IntergovernmentalAgreement", "Agreement"):
            states = [k for k in keys if self.gazetteer.get(k) and self.gazetteer.get(k).kind == "State"]
            if kind == "IntergovernmentalAgreement" and states:
                return list(dict.fromkeys(states))
        return list(dict.fromkeys(keys))

    def _sides(self, keys) -> set[str]:
        return {self.gazetteer.state_of(k) or k for k in keys}

    def _merge(self, found: list[_Agreement], kind: str, parties: list[str], when: str | None = None,
               event_dates: dict[str, str | None] | None = None, index: int = 0, earlier: bool = False,
               period: str | None = None) -> _Agreement:
        if kind == "Agreement":
            # "the agreement" after "a memorandum" signed by the same sides is the memorandum again.
            sides = self._sides(parties)
            # (not an agreement of a year none of the document's events is of, for an undated memorandum or plan:
            # "Правовой основой служит соглашение, подписанное … в мае 2015 года" under "утвердили план")
            years = {d[:4] for d in (event_dates or {}).values() if d}
            long_ago = bool(when and years) and when[:4] not in years
            for agreement in (a for a in found if a.earlier == earlier):
                if agreement.kind not in ("Agreement", "IntergovernmentalAgreement") \
                        and sides <= self._sides(agreement.parties) and not (long_ago and agreement.date is None):
                    return agreement
        for agreement in (a for a in found if a.earlier == earlier):
            if period and agreement.period and period != agreement.period:
                continue  # ("План … на 2023–2025 годы" and "План … на 2023–2024 годы": two documents)
            same_kind = agreement.kind == kind or {agreement.kind, kind} == {"Agreement", "IntergovernmentalAgreement"}
            ours, theirs = self._sides(parties), self._sides(agreement.parties)
            # (not one of another month: "В июне Центр заключил меморандум" after the memorandum of 30 May, when
            # neither names the other's sides)
            day = agreement.date or (event_dates or {}).get(agreement.signed_at)
            # ("an agreement of Kyrgyzstan and Uzbekistan of November 2023" after the OTS one of November 2024)
            other_month = when and day and parties and agreement.parties and when[:7] != day[:7] \
                and (not set(parties) & set(agreement.parties) or ours != theirs)
            # ("… служит соглашение двух стран, подписанное ещё в 1990-е годы. НОЯБРЬ 2017 ГОДА. … Среди них –
            # соглашение между правительствами двух стран": one dated only by another year, and signed at nothing
            # read, is not the one signed at the talks)
            other_month = other_month or bool(when and agreement.date and len(agreement.date) == 4
                                              and when[:4] != agreement.date and agreement.signed_at is None
                                              and index > max(agreement.sentences, default=index))
            # (nor one ratified before the day this one was signed: "11 апреля 2023 года Парламент ратифицировал
            # Соглашение …" and then "В начале ноября 2024 года … было подписано Соглашение о создании Механизма")
            ratified_on = [r.date for r in agreement.ratifications if r.date and len(r.date) >= 7]
            other_month = other_month or bool(when and ratified_on and all(d[:7] < when[:7] for d in ratified_on))
            # (the parties a headline's document name held, told in the next sentences; an organization the name
            # holds is its subject, a state there would be a side)
            named_only = agreement.named_parties and index - max(agreement.sentences, default=index) <= 2 and all(
                k in parties or ((e := self.gazetteer.get(k)) is not None and e.kind == "InternationalOrganization")
                for k in agreement.parties)
            # (an intergovernmental agreement of two states is not the agreement of five read before)
            if same_kind and not other_month and (not parties or not agreement.parties or named_only
                                                  or ours == theirs or (
                    (agreement.kind == kind or min(len(ours), len(theirs)) < 2) and (ours <= theirs or theirs <= ours))):
                if kind == "IntergovernmentalAgreement":
                    agreement.kind = kind
                return agreement
        agreement = _Agreement(id=f"a{len(found) + 1}", kind=kind, earlier=earlier, period=period)
        found.append(agreement)
        return agreement


_PRESENCE = frozenset(load_patterns("agreements")["presence_words"])
_WITNESS_GROUPS = frozenset(load_patterns("agreements")["witness_groups"])


def witnesses(parsed: Parsed, occurrences, at: int, morph) -> list[str]:
    """The bodies named as witnessing in the sentence at offset `at` ("signed in Bishkek in the presence of the Prime
    Minister of the Kyrgyz Republic"), or in the next one as attending the ceremony ("The Prime Minister of the Kyrgyz
    Republic attended the ceremony"): they attend the signing."""
    sentence = parsed.sentence_of(at)
    lo = parsed.bounds[sentence.index][0]
    found = [o.key for o in occurrences if o.sentence == sentence.index and _witness(parsed.tokens, lo, o.first, morph)]
    if sentence.index + 1 < len(parsed.sentences):
        lo_next, hi_next = parsed.bounds[sentence.index + 1]
        told_next = [o for o in occurrences if o.sentence == sentence.index + 1 and not o.nested]
        # ("… signed the Exchange of Notes. The ceremony was held in the presence of the Prime Minister of the Kyrgyz
        # Republic.": witnesses told in the next sentence)
        found += [o.key for o in told_next if _witness(parsed.tokens, lo_next, o.first, morph)]
        if _ATTENDED.any_in(parsed.tokens, lo_next, hi_next):
            # (not the state an envoy is posted to: "посол России в Узбекистане")
            found += [o.key for o in told_next if not (o.kind == "State" and _posted_to(parsed.tokens, o.first, lo_next)
                                                       and _after_a_mission_post(parsed.tokens, o.first, lo_next))]
    return list(dict.fromkeys(found))


# "… attended the ceremony", "присутствовал на церемонии подписания": who attends a signing told just before
_ATTENDED = PhraseSet.of(load_patterns("agreements")["attended_signing"])


def _witness(tokens, lo: int, first: int, morph) -> bool:
    """"in the presence of the Prime Minister …", "в присутствии премьер-министра …": named as witnessing, up to the
    next comma or, in Russian, the subject after it ("в присутствии глав ведомств начальник Академии … подписал")."""
    for k in range(first - 1, max(lo, first - 10) - 1, -1):
        if tokens[k].text in (",", ";"):
            return False
        if tokens[k].norm in _PRESENCE:
            # ("в присутствии участников диалога ЦЧССРБ и «Казгидромет» подписали": the witnesses are a group named
            # by its word, and the bodies after its name sign)
            return not (first - (k + 1) >= 2 and tokens[k + 1].lemma in _WITNESS_GROUPS)
        if not tokens[k].text.isascii() and any(p.tag.POS == "NOUN" and "nomn" in p.tag
                                                for p in morph.parse(tokens[k].norm)[:1]):
            return False
    return False


def _members_of(tokens, lo: int, first: int) -> bool:
    """"members of the OTS", "member states of the SCO": an organisation named as the one whose members act. (Not
    "государств — членов ШОС", which is mostly the title of the organisation's own agreement.)"""
    k = first - 1
    if k >= lo and tokens[k].norm == "the":
        k -= 1
    if k - 1 < lo or tokens[k].norm != "of":
        return False
    return tokens[k - 1].norm == "members" or (tokens[k - 1].norm == "states" and k - 2 >= lo
                                               and tokens[k - 2].norm == "member")


def _posted_to(tokens, first: int, lo: int) -> bool:
    """"… to the Kyrgyz Republic", "… в Кыргызской Республике": a state named as where a signer is posted."""
    k = first - 1
    if k >= lo and tokens[k].norm == "the":
        k -= 1
    # ("Chief Representative of JICA Kazakhstan Office": the state an organisation's office is in)
    office = first + 1 < len(tokens) and tokens[first + 1].norm in _OFFICE_WORDS and k >= lo and tokens[k].is_capitalized
    return office or k >= lo and tokens[k].norm in ("to", "in", "в", "во")


def _in_a_relative_clause(tokens, lo: int, first: int) -> bool:
    """The body is named by "by" in a relative clause of the sentence ("…, which will be financed by the Government of
    Japan"), which describes the document or the project, and signs nothing."""
    before = first - 1 - (first - 1 > lo and tokens[first - 1].norm == "the")
    if before <= lo or tokens[before].norm != "by":
        return False
    for k in range(first - 1, lo, -1):
        if tokens[k].text == ",":
            return k + 1 < first and tokens[k + 1].lemma in ("который", "which")
    return False


_OFFICE_WORDS = frozenset(load_patterns("agencies")["office_words"])


_MISSION_POSTS = frozenset(load_patterns("agreements")["mission_posts"])


def _after_a_mission_post(tokens, first: int, lo: int) -> bool:
    """A post of a mission abroad a few words before ("Ambassador of Japan to …", "UNICEF Representative in …",
    "посол Японии в …")."""
    return any(tokens[k].lemma in _MISSION_POSTS or tokens[k].norm in _MISSION_POSTS
               for k in range(max(lo, first - 6), first))


def _month_dates_of(sentence, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a sentence told at least to their month."""
    return [d for d in dates if sentence.start <= d.start < sentence.end and len(d.start_date) >= 7]


def _besides(tokens, first: int) -> bool:
    """The words right before `first` are "помимо", "кроме", "besides", "in addition to", …"""
    return any(first >= len(words) and tuple(t.norm for t in tokens[first - len(words):first]) == words
               for words in _BESIDES)


def _after_a_quote(tokens, lo: int, first: int) -> bool:
    """The words stand right after a closing quotation mark and a dash ("», — подчеркнул он", "», said the minister")."""
    closing = next((k for k in range(first - 1, max(lo, first - 6) - 1, -1) if tokens[k].text in ("»", "”", '"')), None)
    if closing is None or not any(tokens[k].text in ("—", "–", "-", ",") for k in range(closing + 1, first)):
        return False
    if any(tokens[k].lemma in ("который", "which") for k in range(closing + 1, first)):
        return False  # (a name in quotes and a clause on it: 'the project "…", which JICA and the Ministry agreed on')
    # (a quotation of words, not a name in quotes: "«Азия-Плюс» – Правительства … подписали")
    opening = next((k for k in range(closing - 1, lo - 1, -1) if tokens[k].text in ("«", "“", '"')), None)
    return opening is None or closing - opening > 5


def _quoted(text: str, start: int, at: int, end: int) -> bool:
    """The words at `at` stand inside a quotation that the sentence closes or holds."""
    before, after = text[start:at], text[at:end]
    if before.count("«") > before.count("»"):
        return True
    closing, opening = after.find("»"), after.find("«")
    return closing >= 0 and (opening < 0 or closing < opening)  # (a quote opened in the sentence before)


def _spoken(text: str, at: int, end: int) -> bool:
    """The words at `at` stand in a quotation its speaker closes in the sentence ('… about the protocol signed today,"
    said the analyst', "«… меморандум дает нам площадку», — подчеркнул министр"), not in a document's title."""
    close = re.search(r"[»”\"]", text[at:end])
    return close is not None and _SAID.match(text, at + close.end()) is not None


_SAID = re.compile(r"\s*[,.]?\s*[—–-]?\s*(?:said|says|told|added|noted|stressed|заявил|сказал|подчеркнул|отметил|добавил|"
                   r"сообщил|пояснил)", re.IGNORECASE)


def _countries_sign(text: str) -> bool:
    """The states as the subject: "the six countries signed", not "the services of the four countries"."""
    return any(not re.search(r"\bof (?:the |all )*$", text[:m.start()], re.IGNORECASE) for m in _COUNTRIES.finditer(text))


def _far_apart(signed: str | None, held: str | None) -> bool:
    """The document's date and the event's are of other years, or months two or more apart: the exercise held "within
    the plan signed in February 2024" is not where the plan was signed."""
    if not signed or not held or not signed[:4].isdigit() or not held[:4].isdigit():
        return False
    if len(signed) < 7 or len(held) < 7:
        return signed[:4] != held[:4]
    months = lambda day: int(day[:4]) * 12 + int(day[5:7])
    return abs(months(signed) - months(held)) >= 2


def _evidence(parsed: Parsed, index: int) -> Evidence:
    sentence = parsed.sentences[index]
    return Evidence(sentence.start, sentence.end, sentence.text)


_HELD = frozenset(load_patterns("agreements")["held_words"])


def _of_another_event(tokens, mention) -> bool:
    """"…, которая прошла 30 мая 2024 года", "…, which took place on 30 May": the date of the event the relative
    clause tells."""
    at = bisect_left(tokens, mention.start, key=lambda t: t.start)
    words = tokens[max(0, at - 5):at]
    relative = [k for k, t in enumerate(words) if t.lemma in ("который", "which")]
    return bool(relative) and any(t.lemma in _HELD or t.norm in _HELD for t in words[relative[-1] + 1:])


def _signatures_under(tokens, named, lo: int) -> bool:
    """The document named again by its bare word, under the signatures put to it ("Подписи под соглашением также
    поставили …")."""
    return named.first == named.last and named.first > lo and tokens[named.first - 1].norm in ("под", "under")


_WE_SIGN = {"мы", "we", "біз"}  # the subject of a signing who speaks: "we signed", "мы подписали"
_AGREEING = {"договориться", "условиться", "решить", "решение", "согласиться"}  # "условились … согласовать план"
_DRAFTS = {"проект", "draft", "жоба", "жобасы"}  # the draft of a document
_APPROVING = {"одобрить", "утвердить", "approve", "approves", "approved"}  # verbs of approving a draft
