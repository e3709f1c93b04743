"""Officials: a post phrase, the name it introduces (in the nominative), and the body the post belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.actors import _EN_LINKS, _EN_ORG_HEADS, ActorFinder, Occurrence, is_school_word
from kg.extract.nlp import Morphology, Parsed, Token
from kg.extract.phrases import PhraseSet, load_patterns
from kg.text import slugify

_FUNCTION_WORDS = {"по", "и", "of", "for", "the", "and", "on", "in", "при", "в", "при", "to", "at"}
_STOP_WORDS = {"с", "со", "with", "and", "и", "а", "но", "while", "who", "который", "которая"}
_NAME_PARTICLES = {"уулу", "кызы", "оглы", "bin", "al", "van", "von", "de"}
# ("делегации Белоруссии во главе с министром …": the delegation led by)
_REPRESENTS = {"represented", "led", "headed", "представлять", "возглавить", "возглавлять", "глава"}
_LEADS = {"возглавлять", "возглавить", "глава", "руководитель", "head", "heading", "leading", "led", "leads"}
# the areas a local government in English is of ("hokim of Surkhandarya region"; agencies.yaml)
_EN_AREAS = frozenset(load_patterns("agencies")["body_words"]["english_local_areas"])
_POSSESSIVES = {"его", "её", "ее", "их", "its", "their"}  # "её руководитель": the head of the body named before
DELEGATION_WORDS = {"делегация", "delegation"}  # (the delegation a person leads)
# (Latin letters with diacritics too: "François Delaus", "Şükrü", "Müller")
# (with Latin Extended-A, both cases, for "Petrović", "Łukasz", "Šarūnas")
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІÀ-ÖØ-ÞŞĞİĀ-ž"
_LOWER = "a-zа-яёәғқңөұүһіß-öø-ÿşğıā-ž"
_NAME_TOKEN = re.compile(rf"^[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}]?[{_LOWER}]+)?$")
# the endings of a Russian-style surname in any case ("Асанбеков", "Асанбекова", "Токтогуловым", "Ильин")
_SURNAME = re.compile(r"\w{3,}(?:[оеё]в|[иы]н)(?:а|у|ым|ом|е|ой|ы)?$")


def _surname_next(tokens, k: int) -> bool:
    """The token after k, in its sentence, is written as a name and ends like a Russian-style surname."""
    return k + 1 < len(tokens) and tokens[k + 1].sentence == tokens[k].sentence \
        and _NAME_TOKEN.match(tokens[k + 1].text) is not None and _SURNAME.search(tokens[k + 1].text) is not None
_EN_POST_WORDS = {"deputy", "first", "acting", "vice", "senior", "chief", "head", "executive", "general", "special",
                  "permanent", "resident", "country", "regional", "national", "emergency", "emergencies", "situations",
                  "affairs", "management", "civil", "defence", "defense", "protection", "disaster", "risk", "reduction",
                  # a body named in lower case within the post ("State Secretary of the ministry Azamat Mambetov")
                  "ministry", "agency", "committee", "department", "service", "centre", "center"}
_BARE_MINISTER = {"министр", "minister"}
_THEN = {"тогда", "ныне", "теперь", "then", "now"}  # between a name and the post it held ("…, тогда министром …")
_UNIT_WORDS = {"департамент", "управление", "комитет", "центр", "отряд", "служба", "министерство", "ведомство",
               "агентство", "институт", "академия"}
_AREA_WORDS = {"область", "район", "край", "велаят", "вилоят", "округ"}   # after the name: "Ошской области"
_TOWN_WORDS = {"город", "село", "аул", "посёлок", "поселок"}              # before the name: "города Турсунзаде"
_RANK_TAILS = {"гражданский", "защита", "внутренний", "служба", "юстиция", "гражданской", "защиты", "внутренней",
               "службы", "юстиции"}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


_KK_WHERE = re.compile(r"(?:да|де|та|те)ғы$|(?:да|де|та|те)гі$")  # "Қазақстан Республикасындағы": in


@dataclass(frozen=True)
class PostMention:
    """A post phrase, with the name it introduces (if any) and the body it belongs to."""

    first: int
    last: int
    post: str
    affiliation: Occurrence | None
    name: str | None
    name_first: int | None = None
    name_last: int | None = None


def only(values: set):
    """The one value of the set, or None when it holds none or several."""
    return next(iter(values)) if len(values) == 1 else None


class PersonFinder:
    def __init__(self, morph: Morphology, actors: ActorFinder):
        self.morph = morph
        self.actors = actors
        self._ministries: list[str] = []  # the emergency ministries the text being read names
        self.local_heads = load_patterns("agencies")["local_heads"]
        spec = load_patterns("posts")
        self.heads = PhraseSet.of(spec["heads"], "post")
        self.ranks = {r.lower() for r in spec["rank_words"]}
        self.idiom_before = {w.lower() for w in spec.get("not_after", [])}
        self.not_forms = {w.lower() for w in spec.get("not_forms", [])}
        self.kk_suffixes = tuple(sorted(load_patterns("names").get("kk_suffixes", []), key=len, reverse=True))
        names = load_patterns("names")
        self.not_names = frozenset(names["english_not_names"])
        self._post_nouns = frozenset(load_patterns("posts")["english_post_nouns"])
        # (titles of courtesy among the ranks: after "Mr." a name of its own begins, "…, Mr. Alexander Avanessov, …")
        self.honorifics = frozenset(load_patterns("posts")["honorifics"])
        # English words that end a run of name words, and words that are no part of a name at all
        self._en_name_ends = _EN_ORG_HEADS | self.not_names
        self._en_not_name_words = self.ranks | self._en_name_ends
        self.regions = frozenset(names["english_region_words"])
        self.indeclinable = tuple(names["indeclinable"])
        self.endings = {case: sorted(rules, key=lambda r: -len(r["from"])) for case, rules in names["cases"].items()}
        self.expansions = names.get("post_expansions", {})

    def find(self, parsed: Parsed, occurrences: list[Occurrence], country: str | None) -> list[PostMention]:
        tokens = parsed.tokens
        by_token: dict[int, Occurrence] = {}
        for o in occurrences:
            for i in range(o.first, o.last + 1):
                if i not in by_token or not o.nested:
                    by_token[i] = o
        found: list[PostMention] = []
        covered_until = -1
        self._ministries = [o.key for o in occurrences if not o.is_new and o.kind == "Agency"
                            and self._is_ministry(o.key)]
        for head in self.heads.find(tokens):
            if head.first in by_token or head.first <= covered_until:
                continue
            if self._not_a_post(parsed, head.first, head.last):
                # "переговоров президентов Эмомали Рахмона и Гурбангулы Бердымухамедова": a plural post right before
                # two names joined by "и" is the post of each
                pair = self._two_named(parsed, head.last + 1)
                if pair:
                    for first, last in pair:
                        found.append(PostMention(head.first, head.last, tokens[head.last].lemma, None,
                                                 self.nominative(tokens[first:last + 1], self._case(
                                                     tuple(tokens[head.first:head.last + 1])), parsed.lang),
                                                 first, last))
                    covered_until = pair[-1][1]
                continue
            # (in a text of no one state, the one state its sentence names: "… одобрен Мажилисом Парламента Республики
            # Казахстан; законопроект представлял министр внутренних дел Калмуханбет Касымов")
            named = {o.key if o.kind == "State" else self.actors.gazetteer.state_of(o.key) for o in occurrences
                     if o.sentence == tokens[head.first].sentence and not o.is_new and o.last < head.first
                     and o.via != "adjective"} - {None} if country is None and parsed.lang != "kk" else set()
            post = self._post(parsed, head.first, head.last, by_token, country or only(named))
            covered_until = max(post.last, post.name_last or -1)
            found.append(post)
        return found

    def _two_named(self, parsed: Parsed, k: int) -> list[tuple[int, int]]:
        """Two names of two words each joined by "и"/"and" from k ("Эмомали Рахмона и Гурбангулы Бердымухамедова"),
        else none."""
        tokens = parsed.tokens
        if k + 4 >= len(tokens) or tokens[k + 2].norm not in ("и", "and"):
            return []
        spans = [(k, k + 1), (k + 3, k + 4)]
        if all(tokens[a].sentence == tokens[k].sentence and self.name_word(tokens[a].text, parsed.lang)
               and self.name_word(tokens[b].text, parsed.lang) and self._first_name(tokens[a].text, parsed.lang)
               for a, b in spans):
            return spans
        return []

    def _not_a_post(self, parsed: Parsed, first: int, last: int) -> bool:
        tokens = parsed.tokens
        # "во главе с министром": an idiom, not a post of its own; "после" is a preposition.
        if first > 0 and tokens[first - 1].text.lower() in self.idiom_before or tokens[first].norm in self.not_forms:
            return True
        # "heads of Central Asian agencies", "глав ведомств": a plural post names no one person.
        word = tokens[last].text.lower()
        if parsed.lang == "en":
            return word.endswith("s") and not word.endswith("ss")
        if parsed.lang == "ru":
            parses = [p for p in self.morph.parse(word) if "NOUN" in p.tag]
            return bool(parses) and all("plur" in p.tag for p in parses)
        return False

    def _post(self, parsed: Parsed, first: int, last: int, by_token: dict[int, Occurrence],
              country: str | None) -> PostMention:
        tokens = parsed.tokens
        sentence = tokens[first].sentence
        i = last + 1
        inside: list[Occurrence] = []
        while parsed.lang == "kk" and i < len(tokens) and tokens[i].text.lower() in self.ranks:
            i += 1  # "министрі генерал-майор Бообек Ажикеев": the rank between a Kazakh post and the name
        while i < len(tokens) and tokens[i].sentence == sentence and i - last <= 24 and parsed.lang != "kk":
            # (Kazakh names the body before the post: "… Төтенше жағдайлар министрімен кездесу өткізді" ends the post
            # at its head)
            token = tokens[i]
            if i in by_token:
                occurrence = by_token[i]
                if occurrence not in inside:
                    inside.append(occurrence)
                i = occurrence.last + 1
                continue
            cue = self.actors.post_cues.match_at(tokens, i)
            if cue is not None:
                i = cue.last + 1
                continue
            if token.text == "(":
                close = next((k for k in range(i + 1, min(len(tokens), i + 6)) if tokens[k].text == ")"), None)
                if close is not None:
                    i = close + 1  # "(JICA)", "(МОГО)": the body's abbreviation inside the post
                    continue
            lower = token.text.lower()
            if lower in ("в", "во", "на", "to", "in") and any(o.kind == "State" for o in inside) and not (
                    (nxt := by_token.get(i + 1) or by_token.get(i + 2)) is not None and nxt.kind == "State"):
                # "Министра … Республики Казахстан в Алтайский край": the post ends with its state ("Посол Беларуси
                # в Казахстане" goes on to the state it is accredited to)
                break
            if parsed.lang == "ru" and token.is_capitalized and i + 1 < len(tokens) and tokens[i + 1].is_word \
                    and not tokens[i + 1].is_capitalized and "ADJF" in self.morph.parse(lower)[0].tag \
                    and tokens[i + 1].sentence == sentence:
                i += 1  # "начальник Баткенского областного управления": a place's adjective within the post
                continue
            if token.text.isupper() and len(token.text) >= 2 and token.is_word:
                i += 1  # "начальник ДЧС области": an abbreviation the gazetteer does not know is still the post
                continue
            if token.is_capitalized and parsed.lang == "ru" and (tokens[i - 1].lemma in _TOWN_WORDS or (
                    i + 1 < len(tokens) and tokens[i + 1].lemma in _AREA_WORDS)):
                i += 1  # "... Западно-Казахстанской области", "... города Турсунзаде": a place within the post
                continue
            if token.is_capitalized and parsed.lang == "ru" and i - 1 > first and tokens[i - 1].is_capitalized \
                    and any(m.first == i - 1 and m.last == i for m in self.actors.gazetteer.match(
                        parsed, i - 1, i + 1, {"Place"})):
                i += 1  # ("… Автономного района Внутренняя Монголия Суо Яолэ": the second word of a place's name)
                continue
            if lower == "и" and parsed.lang == "ru" and i + 1 < len(tokens) and tokens[i + 1].is_word \
                    and not tokens[i + 1].is_capitalized and not self.heads.match_at(tokens, i + 1) \
                    and not self._verb(tokens[i + 1].text, parsed.lang):
                i += 1  # "по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий ..."
                continue
            if lower in _STOP_WORDS or self._verb(token.text, parsed.lang):
                break  # "министр ... встретился с послом": the post ends before the verb or the next post
            if parsed.lang == "ru" and i - 1 in by_token and by_token[i - 1].kind == "State" \
                    and self.heads.match_at(tokens, i) and not self._not_a_post(parsed, i, i):
                break  # "премьер-министра Кыргызской Республики посол Японии Ёсихиро Ямамура": the next post begins
            if parsed.lang == "en" and token.is_word and not token.is_capitalized and lower not in _FUNCTION_WORDS \
                    and lower not in self.ranks and not self.heads.match_at(tokens, i) and lower not in _EN_POST_WORDS:
                break  # "a deputy minister visited Bishkek": an English post ends at the verb
            if lower in _FUNCTION_WORDS or lower in self.ranks or (token.is_word and not token.is_capitalized) \
                    or (token.text == "." and tokens[i - 1].norm in self.ranks
                        and tokens[i - 1].norm not in self.honorifics):  # ("Lt. Gen. Omar Mahmood Hayat"; not "Mr.")
                i += 1
                continue
            if parsed.lang == "ru" and token.is_capitalized and len(token.text) <= 3 and i + 1 < len(tokens) \
                    and _NAME_TOKEN.match(tokens[i + 1].text) and tokens[i + 1].sentence == sentence \
                    and (self._foreign(tokens[i + 1].text, parsed.lang)
                         or self._first_name(tokens[i + 1].text, parsed.lang)):
                break  # "… посол Республики Корея в Кыргызстане Ха Тхэ Ёк": a short East Asian surname begins the name
            if parsed.lang == "ru" and token.is_capitalized and self._common_word(token.text) \
                    and not self._first_name(token.text, parsed.lang) \
                    and not (i + 2 < len(tokens) and tokens[i + 2].text.lower() in ("уулу", "кызы")) \
                    and not (not self.heads.match_at(tokens, i) and _surname_next(tokens, i)
                             and not self._common_word(tokens[i + 1].text)):
                # (nor "Талант" in "… МЧС КР Талант Асанбеков": a given name the dictionary reads as a word, before a
                # surname)
                # (not "Канат" in "… МЧС Канат Карыбай уулу": a given name before the patronymic)
                # "представитель Президента ...", "заместитель Генерального секретаря ОДКБ": still the post
                i += 1
                continue
            if token.text == "," and i + 1 < len(tokens) and (tokens[i + 1].text.lower() in self.ranks or (
                    tokens[i + 1].is_word and not tokens[i + 1].is_capitalized
                    and not self._verb(tokens[i + 1].text, parsed.lang) and not self._participle(tokens[i + 1].text)
                    and not self.heads.match_at(tokens, i + 1))):
                # "министр ... по делам гражданской обороны, чрезвычайным ситуациям ..." goes on after a comma
                i += 1
                continue
            break
        if parsed.lang == "en" and i > 0 and tokens[i - 1].norm in ("for", "of"):
            # "ADB Director General for Central and West Asia Leah Gutierrez": the region the post is for
            while i + 1 < len(tokens) and tokens[i].sentence == sentence and (
                    tokens[i].norm in self.regions or tokens[i].norm == "and" and tokens[i + 1].norm in self.regions):
                i += 1
        post_last = i - 1
        name_first = name_last = None
        if parsed.lang == "ru" and i < len(tokens) and tokens[i].lemma in _APPOINTED and tokens[i].sentence == sentence:
            # "начальником Департамента … назначен полковник гражданской защиты Ержан Тлеубергенов", "от должности
            # заместителя министра освобожден Эрмек Турдубаев": the name after the verb of appointment, over a rank
            k = i + 1
            while k < len(tokens) and k - i <= 4 and tokens[k].sentence == sentence and (
                    tokens[k].norm in self.ranks or k > i + 1 and tokens[k].norm in _RANK_TAILS):
                k += 1
            if k + 1 < len(tokens) and all(self.name_word(tokens[x].text, parsed.lang) and x not in by_token
                                           and tokens[x].sentence == sentence for x in (k, k + 1)):
                i = k
        j = i
        while j < len(tokens) and j - i < 4 and tokens[j].sentence == sentence and j not in by_token \
                and not self.heads.match_at(tokens, j) \
                and not (parsed.lang == "en" and tokens[j].norm in self.regions) \
                and not (j >= i + 2 and self.actors.gazetteer.is_place_word(tokens[j], parsed.lang)) and (
                # ("… басшысы Батырхан Сулейменов Алматы еліміздегі …": a place after the name is no part of it)
                self.name_word(tokens[j].text, parsed.lang)
                or (tokens[j].text.lower() in _NAME_PARTICLES and j > i)
                # "Карыбай уулу Канат": the given name after the patronymic, whatever the dictionary says of it;
                # "Канат Карыбай уулу": the given name before it
                or (j > i and tokens[j - 1].text.lower() in ("уулу", "кызы") and _NAME_TOKEN.match(tokens[j].text))
                or (j + 2 < len(tokens) and tokens[j + 2].text.lower() in ("уулу", "кызы")
                    and _NAME_TOKEN.match(tokens[j].text) and _NAME_TOKEN.match(tokens[j + 1].text))
                # a surname the dictionary reads as a word ("Пучковым", "Шарма") after a known or foreign first name
                or (j == i + 1 and parsed.lang == "ru" and _NAME_TOKEN.match(tokens[j].text) and (
                    self._first_name(tokens[i].text, parsed.lang) or self._foreign(tokens[i].text, parsed.lang)))
                # "Талант Асанбеков": a given name the dictionary reads as a word, before a surname in -ов/-ев/-ин
                or (j == i and parsed.lang == "ru" and _NAME_TOKEN.match(tokens[j].text) and _surname_next(tokens, j)
                    and j + 1 not in by_token)
                # "Ван Маньда", "Ха Тхэ Ёк": a short East Asian surname the dictionary reads as a word, before a name
                or (j == i and parsed.lang == "ru" and len(tokens[j].text) <= 3 and _NAME_TOKEN.match(tokens[j].text)
                    and j + 1 < len(tokens) and _NAME_TOKEN.match(tokens[j + 1].text) and (
                        self._foreign(tokens[j + 1].text, parsed.lang)
                        or self._first_name(tokens[j + 1].text, parsed.lang)))):
            j += 1
        if parsed.lang == "en" and j - i < 2 and (named := self._named_after_body(tokens, i)) is not None:
            # "the State Secretary of the Ministry of Emergency Situations Azamat Mambetov": the post goes on over a
            # body the gazetteer reads later, to the official's name
            post_last, i, j = named - 1, named, named + 2
        elif parsed.lang == "en" and j - i >= 2 and ((j < len(tokens) and tokens[j].norm in self._en_name_ends)
                                                   or tokens[j - 1].norm in _EN_ORG_HEADS | {"delegation", "cluster"}
                                                   or tokens[i - 1].norm in ("for", "of", "in", "at", "to", "the")):
            # ("President of Turkmenistan at the Fifth Caspian Summit": a gathering's name)
            j = i  # "head of the International Cooperation Department", "Director for Central Asia": no person
        if j - i < 2 and parsed.lang == "en":
            found = self._english_name(tokens, first, post_last, by_token)
            if found is not None:
                name_first, name_last = found
                j = i  # the name stands apart from the post, set off by commas
        if name_first is not None:
            pass
        elif j - i >= 2:
            name_first, name_last = i, j - 1
        else:
            # "Бообек Ажикеев, министр ...": the name stands before the post ("Gulnara Abdieva, disaster management
            # coordinator at the IFRC …": over the words that qualify an English post).
            k = first - 1
            while k > 0 and first - k <= 3 and tokens[k].is_word and not tokens[k].is_capitalized and (
                    parsed.lang == "en" and tokens[k].norm not in _FUNCTION_WORDS or tokens[k].norm in _THEN):
                k -= 1  # ("с Владимиром Пучковым, тогда министром МЧС России")
            # ("Нурлан Абдыкеримов назначен заместителем министра": the name before the verb, as before a comma)
            appointed = parsed.lang == "ru" and k >= 2 and k == first - 1 and tokens[k].lemma in _APPOINTED \
                and tokens[k - 2].sentence == sentence
            if k >= 2 and (tokens[k].text == "," or appointed):
                run = [x for x in range(k - 3, k) if x >= 0]
                while run and not (self.name_word(tokens[run[0]].text, parsed.lang) and run[0] not in by_token):
                    run.pop(0)
                if len(run) >= 2 and all(self.name_word(tokens[x].text, parsed.lang)
                                         or tokens[x].text.lower() in _NAME_PARTICLES
                                         # (a surname the dictionary reads as a word after a first name: "Пучковым")
                                         or x == run[-1] and self._first_name(tokens[run[-2]].text, parsed.lang)
                                         and _NAME_TOKEN.match(tokens[x].text)
                                         for x in run) and not any(x in by_token for x in run):
                    name_first, name_last = run[0], run[-1]
        if parsed.lang == "kk":
            # Kazakh puts the body before the post: "Қырғыз Республикасының Төтенше жағдайлар министрі"
            k = first - 1
            # (a long title, "Беларусь Республикасының Қазақстан Республикасындағы Төтенше және Өкілетті Елшісі", up to
            # another official's title before it)
            while k >= 0 and tokens[k].sentence == sentence and first - k <= 8 and tokens[k].text not in ",.;:" \
                    and ((m := self.heads.match_at(tokens, k)) is None or m.last >= first - 1):
                k -= 1
            # (not the state an ambassador serves in: "Беларусь Республикасының Қазақстан Республикасындағы … Елшісі")
            def whose(o: Occurrence) -> bool:
                return not (o.kind == "State" and _KK_WHERE.search(tokens[o.last].norm))

            before = [o for o in {id(o): o for o in by_token.values()}.values() if k < o.first and o.last < first
                      and whose(o)]
            inside = sorted(before, key=lambda o: o.first) + [o for o in inside if whose(o)]
            # (from the first body named, not over a place or a date before it: "5 наурызда Астанада Қазақстан …")
            start = min((o.first for o in before), default=k + 1)
            affiliation = self._affiliation(parsed, start, post_last, inside, country)
        else:
            if not any(o.kind == "State" for o in inside) \
                    and self.actors.post_cues.any_in(tokens, first, post_last + 1):
                # "Kazakhstan was represented by Minister for Emergency Situations …", "Делегацию Казахстана
                # возглавил министр по ЧС …": the state the official represents
                inside = inside + self._represented(tokens, first, by_token)
            if name_last is not None and not any(o.kind == "State" for o in inside) \
                    and self.actors.post_cues.any_in(tokens, first, post_last + 1):
                # "министр по чрезвычайным ситуациям Рустам Джураев, возглавляющий делегацию Узбекистана"
                inside = inside + self._leads_delegation_of(tokens, name_last, by_token)
            affiliation = self._affiliation(parsed, first, post_last, inside, country)
            if affiliation is None or not inside and (affiliation.kind == "State" or affiliation.via == "post"):
                # "делегация Министерства по чрезвычайным ситуациям Республики Казахстан во главе с вице-министром
                # Ержаном Жумабековым", "a delegation of the Ministry … led by Deputy Minister …": the delegation's body
                # (over the text's own ministry a bare post would be of: "делегация МЧС Кыргызской Республики во главе
                # с заместителем министра …" in an Uzbek release)
                affiliation = self._delegation_led(tokens, first, by_token) or affiliation
        if parsed.lang == "en" and first > 0:
            # "UNDP Resident Representative", "Kazakhstan's Minister for Emergency Situations": the body or state
            # named right before an English post
            k = first - 1
            if k >= 2 and tokens[k].text == "s" and tokens[k - 1].text in ("'", "’"):
                k -= 2
            owner = by_token.get(k)
            if owner is not None and owner.last == k and owner.kind != "State":
                affiliation = owner
            elif owner is not None and owner.last == k and (
                    affiliation is None or affiliation.kind == "State"
                    # (over the body of the sector the text named before, of another state: "Kazakhstan's Minister
                    # for Emergency Situations" in a Kyrgyz forum's release)
                    or self.actors.gazetteer.state_of(affiliation.key) not in (None, owner.key)):
                resolved = None
                cue = next((m for m in self.actors.post_cues.find(tokens, first, post_last + 1)), None)
                if cue is not None:
                    resolved = self.actors.resolve_sector(cue.label, owner.key)
                if resolved is not None:
                    key, kind, label = resolved
                    affiliation = Occurrence(key, kind, label, owner.first, post_last, tokens[owner.first].start,
                                             tokens[post_last].end, tokens[first].sentence, "post", confidence=0.8)
                elif affiliation is None:
                    affiliation = owner
        if affiliation is None and parsed.lang == "ru" and post_last > first:
            affiliation = self._unit_named_before(parsed, first, post_last, by_token)
        if affiliation is None and first > 0 and tokens[first - 1].norm in _POSSESSIVES:
            # "Делегация Комитета по чрезвычайным ситуациям … участвовала в салоне, и её руководитель Рустам
            # Назарзода": the head of the body named before, in this sentence or the one before
            sentence = tokens[first].sentence
            affiliation = next((replace(o, via="post", confidence=min(o.confidence, 0.7)) for o in sorted(
                {id(o): o for o in by_token.values()}.values(), key=lambda o: -o.first)
                if o.last < first - 1 and tokens[o.first].sentence >= sentence - 1 and o.kind != "State"), None)
        if affiliation is None and parsed.lang in ("ru", "en") and (post_last > first or parsed.lang == "en") \
                and (head := self.local_heads.get(tokens[first].lemma)) and country not in head.get("not_in", ()):
            affiliation = self._administration(parsed, head["office"], first, post_last)
        post = self._post_text(parsed, first, last, post_last, inside)
        name = None
        if name_first is not None:
            name = self.nominative(tokens[name_first:name_last + 1], self._case(tokens[first:last + 1]), parsed.lang)
        return PostMention(first, post_last, post, affiliation, name, name_first, name_last)

    def _administration(self, parsed: Parsed, office: str, first: int, post_last: int) -> Occurrence | None:
        """"хоким Сурхандарьинской области Улугбек Касымов", "аким Кордайского района": the administration of the
        territory named that the official heads. The pipeline looks the name up in the reference ("аким города
        Алматы")."""
        tokens = parsed.tokens
        state = self.actors.local_states.get(office.lower())
        if parsed.lang == "en":
            # "hokim of Surkhandarya region": the area word closes the name after "of"
            if first + 3 >= len(tokens) or tokens[first + 1].norm != "of":
                return None
            post_last = min(len(tokens) - 1, first + 5)
        end = next((j + (tokens[j].lemma == "город") for j in range(first + 1, post_last + 1)
                    if tokens[j].lemma in ("область", "район", "город") or tokens[j].norm in _EN_AREAS), None)
        if end is None or end > post_last or not any(tokens[j].is_capitalized for j in range(first + 1, end + 1)):
            return None  # ("аким области": no territory named)
        label = f"{office} {parsed.text[tokens[first + 1].start:tokens[end].end]}"
        return Occurrence("new:" + slugify(label), "Agency", label, first, end, tokens[first].start, tokens[end].end,
                          tokens[first].sentence, "post", is_new=True, state=state, confidence=0.6)

    def _unit_named_before(self, parsed: Parsed, first: int, post_last: int, by_token: dict[int, Occurrence]
                           ) -> Occurrence | None:
        """"начальник департамента" after "делегацию Департамента по ЧС Павлодарской области МЧС РК": the body
        last named by that word, in this sentence or the one before."""
        tokens = parsed.tokens
        at = next((k for k in range(first + 1, post_last + 1) if tokens[k].lemma in _UNIT_WORDS
                   and k not in by_token), None)
        if at is None:
            return None
        word, sentence = tokens[at].lemma, tokens[at].sentence
        named = sorted({id(o): o for o in by_token.values()}.values(), key=lambda o: o.first)
        for o in reversed(named):
            if o.first < first and tokens[o.first].sentence >= sentence - 1 and o.kind != "State" \
                    and any(tokens[k].lemma == word for k in range(o.first, o.last + 1)):
                return replace(o, via="post", confidence=min(o.confidence, 0.7))
        return None

    def _named_after_body(self, tokens, k: int) -> int | None:
        """Where a name of the region's people in Latin letters ends a run of capitalised words from k that holds a
        body's word ("Ministry of Emergency Situations Azamat Mambetov"), else None."""
        sentence, body = tokens[k].sentence, False
        for at in range(k, min(len(tokens), k + 10)):
            token = tokens[at]
            if token.sentence != sentence or not (token.is_capitalized and token.is_word or token.norm in _EN_LINKS):
                return None
            if body and self.actors.person_at(tokens, at):
                return at
            body = body or token.norm in _EN_ORG_HEADS
        return None

    def _english_name(self, tokens, first: int, post_last: int, by_token: dict[int, Occurrence]
                      ) -> tuple[int, int] | None:
        """English sets a name off by commas: "Minister for Emergency Situations, Yuri Ilyin, and …", "Stephen
        Goldfinch, senior disaster risk management specialist at ADB, met …"."""
        sentence = tokens[first].sentence

        def run_from(start: int, step: int) -> tuple[int, int] | None:
            k, taken = start, []
            while 0 <= k < len(tokens) and tokens[k].sentence == sentence and len(taken) < 4 and k not in by_token \
                    and tokens[k].norm not in self.ranks \
                    and (self.name_word(tokens[k].text, "en") or tokens[k].text.lower() in _NAME_PARTICLES
                         or tokens[k].text.lower() in ("uulu", "kyzy")) and not self.heads.match_at(tokens, k):
                taken.append(k)
                k += step
            if len(taken) < 2:
                return None
            if 0 <= k < len(tokens) and tokens[k].text.lower() in self.not_names:
                return None  # ("the Fifth Caspian Summit": the name of a gathering, not a person's)
            return (min(taken), max(taken))

        after = post_last + 1
        comma = next((k for k in range(post_last, first, -1) if tokens[k].text == ","), None)
        if comma is not None and all(tokens[j].norm in self.ranks or tokens[j].norm in self.honorifics
                                     for j in range(comma + 1, post_last + 1)) \
                and not self._listed_name_first(tokens, first, run_from):
            after = comma  # ("Representative in the Kyrgyz Republic, Mr. Alexander Avanessov": the post read to "Mr")
        if after + 1 < len(tokens) and tokens[after].norm in self._post_nouns and tokens[after + 1].text == ",":
            after += 1  # "The head of the Kyrgyz group, Lieutenant Colonel Ulan Asanov, thanked …"
        if after < len(tokens) and tokens[after].text == ",":
            start = after + 1
            while start < len(tokens) and start - after <= 7 and (
                    tokens[start].norm in self.ranks or tokens[start].norm in self.honorifics
                    or tokens[start].text == "." and start > after + 1
                    or tokens[start].text in ("H", "E") and start + 1 < len(tokens) and tokens[start + 1].text == "."):
                start += 1  # (", Lieutenant Colonel Ulan Asanov,", ", H.E. Mr. Yoshihiro Yamamura,": a rank before)
            found = run_from(start, 1)
            if found is not None:
                end = found[1] + 1
                if end >= len(tokens) or tokens[end].sentence != sentence or tokens[end].text in (",", ".", ";", ")") \
                        or tokens[end].norm == "and":
                    return found
        # back from the post over its modifiers ("senior disaster risk management", "UNDP Resident") to a comma
        k = first - 1
        while k >= 0 and first - k <= 8 and tokens[k].sentence == sentence and tokens[k].text != "," and (
                k in by_token or (tokens[k].is_word and not tokens[k].is_capitalized)
                or tokens[k].text in ("'", "’")  # ("Amangul Ovezberdiyeva, the project's representative")
                or tokens[k].text.lower() in _EN_POST_WORDS or tokens[k].is_capitalized and k + 1 < first):
            k -= 1
        if k >= 1 and tokens[k].text == ",":
            found = run_from(k - 1, -1)
            if found is not None:
                before = found[0] - 1
                while before >= 0 and found[0] - before <= 2 and tokens[before].norm in self.ranks \
                        and tokens[before].sentence == sentence:
                    before -= 1  # ("Major Almazbek Toktorov, Deputy Head of …": a rank before the name)
                if before < 0 or tokens[before].sentence != sentence or not tokens[before].is_capitalized \
                        or tokens[before].text.rstrip(".") in ("Mr", "Ms", "Mrs", "Dr", "H.E"):
                    return found
        return None

    def _listed_name_first(self, tokens, first: int, run_from) -> bool:
        """In a list of officials, each name comes before its post: "signed by H.E. Mr. Yoshihiro Yamamura, Ambassador
        …, Mr. Alexander Avanessov, UN Resident Coordinator …" (not "the Ambassador of Japan …, H.E. Mr. Yoshihiro
        Yamamura, the UN Resident Coordinator …, Mr. Alexander Avanessov", where a post opens the list)."""
        sentence = tokens[first].sentence
        k = first - 1
        while k >= 0 and first - k <= 8 and tokens[k].sentence == sentence and tokens[k].text != ",":
            k -= 1
        if k < 1 or tokens[k].text != ",":
            return False
        named = run_from(k - 1, -1)
        if named is None:
            return False
        before = named[0] - 1
        while before >= 0 and (tokens[before].norm in self.honorifics or tokens[before].text in (".", "H", "E")):
            before -= 1
        return before < named[0] - 1 and (before < 0 or tokens[before].text != ",")

    @staticmethod
    def _represented(tokens, first: int, by_token: dict[int, Occurrence]) -> list[Occurrence]:
        sentence = tokens[first].sentence
        frame = next((k for k in range(first - 1, max(-1, first - 5), -1)
                      if tokens[k].sentence == sentence and (tokens[k].lemma in _REPRESENTS or tokens[k].norm in _REPRESENTS)),
                     None)
        if frame is None:
            return []
        states = [o for k in range(max(0, frame - 6), frame) if (o := by_token.get(k)) is not None
                  and o.kind == "State" and o.first == k and tokens[k].sentence == sentence]
        return states[-1:]

    @staticmethod
    def _leads_delegation_of(tokens, name_last: int, by_token: dict[int, Occurrence]) -> list[Occurrence]:
        """The state of the delegation the official is said, right after the name, to lead (", возглавляющий
        делегацию Узбекистана", ", глава делегации Узбекистана", ", head of the Uzbek delegation")."""
        k = name_last + 1
        if k >= len(tokens) or tokens[k].text != "," or tokens[k].sentence != tokens[name_last].sentence:
            return []
        words = tokens[k + 1:k + 6]
        if not any(t.lemma in _LEADS for t in words[:2]) or not any(t.lemma in DELEGATION_WORDS for t in words[:4]):
            return []
        for t in range(k + 1, min(len(tokens), k + 7)):
            o = by_token.get(t)
            if o is not None and o.kind == "State" and o.first == t:
                return [o]
        return []

    @staticmethod
    def _delegation_led(tokens, first: int, by_token: dict[int, Occurrence]) -> Occurrence | None:
        """The body whose delegation is led by the post at `first`: "делегация МЧС Казахстана во главе с …",
        "a delegation of the Ministry … led by …"."""
        before = [t.norm for t in tokens[max(0, first - 3):first]]
        if before[-3:] == ["во", "главе", "с"]:
            k = first - 4
        elif before[-2:] == ["led", "by"]:
            k = first - 3
        else:
            return None
        body = by_token.get(k)
        if body is None or body.kind == "State" or body.last != k:
            return None
        j = body.first - 1
        while j >= 0 and tokens[j].norm in ("the", "of"):
            j -= 1
        return body if j >= 0 and tokens[j].lemma in DELEGATION_WORDS else None

    def name_word(self, word: str, lang: str) -> bool:
        """A capitalized word that can be part of a person's name: a known name, or unknown to the dictionary."""
        if not _NAME_TOKEN.match(word):
            return False
        if lang != "ru":
            # "the Head of the OSCE Programme Office": a body's word is no part of a person's name
            return word.lower() not in self._en_not_name_words
        parses = self.morph.parse(word.lower())
        if any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses):
            return True
        return not any(p.is_known for p in parses)

    def _verb(self, word: str, lang: str) -> bool:
        if lang != "ru":
            return False
        parse = self.morph.parse(word.lower())[0]
        return parse.tag.POS in {"VERB", "INFN", "GRND", "PRTS"}

    def _foreign(self, word: str, lang: str) -> bool:
        """A capitalized word the Russian dictionary does not know at all ("Прадип"): a foreign name."""
        return lang == "ru" and bool(_NAME_TOKEN.match(word)) and not any(p.is_known for p in self.morph.parse(word.lower()))

    def _participle(self, word: str) -> bool:
        """"возглавляющий делегацию": a clause about the official, not more of the post."""
        return any(p.tag.POS == "PRTF" for p in self.morph.parse(word.lower())[:1])

    def _first_name(self, word: str, lang: str) -> bool:
        if lang != "ru":
            return bool(_NAME_TOKEN.match(word))
        return any("Name" in p.tag for p in self.morph.parse(word.lower()))

    def _common_word(self, word: str) -> bool:
        parses = self.morph.parse(word.lower())
        return bool(parses) and parses[0].is_known and not any(
            {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses[:2])

    def _is_ministry(self, key: str) -> bool:
        """A ministry by its name in the reference ("Министерство по чрезвычайным ситуациям …"), not a committee."""
        entry = self.actors.gazetteer.get(key)
        return entry is not None and entry.label("ru").startswith("Министерство")

    def _affiliation(self, parsed: Parsed, first: int, last: int, inside: list[Occurrence],
                     country: str | None) -> Occurrence | None:
        tokens = parsed.tokens
        bodies = [o for o in inside if o.kind != "State"]
        if bodies:
            return bodies[0]
        states = [o for o in inside if o.kind == "State"]
        cue = next((m for m in self.actors.post_cues.find(tokens, first, last + 1)), None)
        if cue is not None:
            state = states[0].key if states else country
            resolved = self.actors.resolve_sector(cue.label, state)
            if resolved is not None and not states and any(t.lemma in _BARE_MINISTER for t in tokens[first:last + 1]) \
                    and not self._is_ministry(resolved[0]):
                # ("переговоры таджикской делегации с первым заместителем министра по чрезвычайным ситуациям" in a text
                # of the Tajik committee's visit: a minister's deputy is of the one emergency ministry the text names)
                ministries = {k: found for k in self._ministries
                              if (other := self.actors.gazetteer.state_of(k)) != state
                              and (found := self.actors.resolve_sector(cue.label, other)) and found[0] == k}
                if len(ministries) == 1:
                    resolved = next(iter(ministries.values()))
            if resolved is not None:
                key, kind, label = resolved
                lo = first
                hi = max([last] + [s.last for s in states])
                return Occurrence(key, kind, label, lo, hi, tokens[lo].start, tokens[hi].end,
                                  tokens[first].sentence, "post", confidence=0.85 if states else 0.7)
        if states:
            return states[0]
        if first < last and tokens[first].lemma in ("первый", "first"):
            first += 1  # ("первый заместитель министра": the first deputy of the minister)
        while last > first and (tokens[last].lemma in self.actors.ranks or tokens[last].norm in self.actors.ranks):
            last -= 1  # ("заместителем министра генерал-майором …": a rank after the post)
        head = tokens[first].lemma if parsed.lang == "ru" else tokens[first].norm
        if country and (head in _BARE_MINISTER or (head == "заместитель" and tokens[min(first + 1, last)].lemma
                                                    in _BARE_MINISTER)) and first == last - (head == "заместитель"):
            # "заместитель министра" with nothing after it, in a text of an emergency ministry: that ministry
            resolved = self.actors.resolve_sector("emergency", country)
            if resolved is not None:
                key, kind, label = resolved
                return Occurrence(key, kind, label, first, last, tokens[first].start, tokens[last].end,
                                  tokens[first].sentence, "post", confidence=0.6)
        return None

    @staticmethod
    def school_named_before(tokens, post: PostMention, occurrences: list[Occurrence]) -> Occurrence | None:
        """"ректор университета Андрей Лешкевич", "the rector of the university": the one new school of that word
        named before in the text."""
        words = {tokens[k].lemma or tokens[k].norm for k in range(post.first + 1, post.last + 1)
                 if is_school_word(tokens[k])}
        named = {o.key: o for o in occurrences if o.is_new and o.kind == "Agency"
                 and o.end <= tokens[post.first].start and words & {w.lower() for w in o.label.split()}}
        return next(iter(named.values())) if words and len(named) == 1 else None

    def _post_text(self, parsed: Parsed, first: int, head_last: int, post_last: int,
                   inside: list[Occurrence]) -> str:
        tokens = parsed.tokens
        words: list[str] = []
        noun_seen = False
        skip = {i for o in inside for i in range(o.first, o.last + 1)}
        depth = 0
        for i in range(first, post_last + 1):  # "(JICA)": an abbreviation in brackets is no part of the post
            if tokens[i].text == "(":
                depth += 1
            if depth:
                skip.add(i)
            if tokens[i].text == ")" and depth:
                depth -= 1
        after_rank = False
        for i in range(first, post_last + 1):
            lower = tokens[i].text.lower()
            if (lower in self.ranks or tokens[i].lemma in self.ranks) \
                    and not (lower == "general" and i > first and self.heads.match_at(tokens, i - 1)):
                # (not "Director General", "Secretary General": the post itself)
                after_rank = True
                continue
            if after_rank and (lower in _RANK_TAILS or lower == "."):
                continue  # "полковник гражданской защиты": the rank, not the post ("Lt. Gen.": its full stops)
            after_rank = False
            if i in skip or tokens[i].text == ",":
                continue
            text = tokens[i].text
            if parsed.lang == "ru" and i <= head_last and not noun_seen:
                parse = self.morph.parse(text.lower())[0]
                if "NOUN" in parse.tag:
                    noun_seen = True
                    text = parse.normal_form
                elif "ADJF" in parse.tag:
                    inflected = parse.inflect({"nomn", "sing", "masc"})
                    text = inflected.word if inflected else text
            words.append(text)
        post = " ".join(words).strip()
        while post.split() and post.split()[-1].lower() in _FUNCTION_WORDS:
            post = post.rsplit(" ", 1)[0]
        for short, full in self.expansions.items():
            post = re.sub(r"(?<!\w)" + re.escape(short) + r"(?!\w)", full, post)
        return post[:1].lower() + post[1:] if parsed.lang != "en" else post

    def _case(self, head: tuple[Token, ...]) -> str:
        """The case of the post's first noun, which the name after it shares ('министром ... Вадимом')."""
        for token in head:
            for parse in self.morph.parse(token.text.lower()):
                if "NOUN" in parse.tag and parse.score >= 0.05:  # not "и" read as an abbreviation
                    return next((c for c in _CASES if c in parse.tag), "nomn")
        return "nomn"

    def nominative(self, tokens: list[Token], case: str, lang: str) -> str:
        """'Чингиса Аринова' after 'министра' → 'Чингис Аринов'."""
        words = [t.text for t in tokens]
        if lang == "kk":
            last = words[-1]
            for suffix in self.kk_suffixes:
                if last.lower().endswith(suffix) and len(last) - len(suffix) >= 3:
                    words[-1] = last[: len(last) - len(suffix)]
                    break
            return " ".join(words)
        if len(words) == 3 and words[1].lower() in ("уулу", "кызы"):
            # "Карыбай уулу Канат" (patronymic first, as Kyrgyz documents write it) → "Канат Карыбай уулу"
            words = [words[2], words[0], words[1]]
        if lang != "ru" or case == "nomn":
            return " ".join(words)
        # The gender a known first name has in this case ("Рустамом" is a man's), else the one the surname's ending
        # tells ("Рустамом Назарзодой": "-ой" is no woman's ending there)
        gender = next((g for p in self.morph.parse(words[0].lower()) if "Name" in p.tag and case in p.tag
                       and "sing" in p.tag for g in ("masc", "femn") if g in p.tag), None) if len(words) > 1 else None
        surname = words[-1] if len(words) > 1 and words[-1].lower() not in _NAME_PARTICLES else None
        if surname and gender is None:
            for rule in self.endings.get(case, []):
                if surname.lower().endswith(rule["from"]):
                    gender = None if rule["gender"] == "any" else rule["gender"]
                    break
        out = []
        for word in words:
            if word.lower() in _NAME_PARTICLES:
                out.append(word)
                continue
            out.append(self._nominative_word(word, case, gender))
        return " ".join(out)

    def _nominative_word(self, word: str, case: str, gender: str | None) -> str:
        lower = word.lower()
        if lower.endswith(self.indeclinable) and len(lower) > 4:
            return word  # "Назарзода", "Кенжебаев уулу": never inflected, whatever the dictionary guesses
        for parse in self.morph.parse(word.lower()):
            tag = parse.tag
            # (one person: a singular reading, not "Нурлан" as the genitive plural of "Нурлана")
            if ("Name" in tag or "Surn" in tag or "Patr" in tag) and case in tag and "sing" in tag \
                    and (gender is None or gender in tag):
                inflected = parse.inflect({"nomn"})
                if inflected:
                    return inflected.word[:1].upper() + inflected.word[1:]
        lower = word.lower()
        if lower.endswith(self.indeclinable):
            return word
        for rule in self.endings.get(case, []):
            if lower.endswith(rule["from"]) and (gender is None or rule["gender"] in (gender, "any")):
                stem = word[: len(word) - len(rule["from"])]
                if len(stem) >= 2:
                    return stem + rule["to"]
        return word


_APPOINTED = {"назначить", "освободить", "назначать"}  # "назначен заместителем министра", "освобожден от должности"
