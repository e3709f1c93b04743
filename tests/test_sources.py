"""Reading documents: encodings, page chrome, metadata, and bad input."""

import json
from datetime import date

import pytest

from kg.errors import SourceError
from kg.sources import SourceFailure, clean_text, decode_bytes, detect_language, is_chrome_line, read_documents

TEXT = "В Бишкеке состоялась встреча министров по чрезвычайным ситуациям Кыргызстана и Казахстана."


def test_seed_loses_its_page_chrome(seed_path):
    (doc,) = list(read_documents([seed_path]))
    assert doc.title == "Региональный форум в Чолпон-Ата: Совещание глав чрезвычайных ведомств стран Центральной Азии"
    assert "Генеральная прокуратура" not in doc.text
    assert "insta" not in doc.text and "egov" not in doc.text
    assert doc.text.count(doc.title) == 1, "the headline printed twice is kept once"
    assert doc.text.startswith(doc.title)
    assert doc.publisher == "МЧС РК"
    assert doc.lang == "ru"
    assert doc.id == "ru-cholpon-ata-forum-2024-seed"


def test_chrome_before_headline_and_footer_after_article():
    raw = "\n".join([
        "Главная   Новости   Поиск   Версия для слабовидящих",
        "Facebook  Telegram  YouTube",
        "Министерство юстиции Республики Казахстан",
        "",
        "Спасатели двух стран провели учения",
        "",
        "07.12.2021   10:32",
        "",
        "Спасатели Казахстана и Кыргызстана провели совместные учения на границе двух государств в Жамбылской области.",
        "",
        "#МЧС #учения",
        "Поделиться:  Facebook  Telegram",
        "© 2021 Все права защищены.",
        "При использовании материалов ссылка на сайт обязательна.",
    ])
    cleaned = clean_text(raw)
    assert cleaned.title == "Спасатели двух стран провели учения"
    assert cleaned.published == date(2021, 12, 7)
    assert "Министерство юстиции" not in cleaned.text
    assert "Поделиться" not in cleaned.text and "#МЧС" not in cleaned.text and "©" not in cleaned.text
    assert cleaned.text.endswith("в Жамбылской области.")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_are_detected(encoding):
    assert decode_bytes(TEXT.encode(encoding), "x.txt") == TEXT


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"   \n\t ", "empty file"),
    (bytes(range(256)) * 4, "binary file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x10" * 50, "binary file"),
])
def test_bad_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(SourceError, match=reason):
        decode_bytes(data, "bad.txt")


@pytest.mark.parametrize("text, lang", [
    (TEXT, "ru"),
    ("Kazakhstan and Kyrgyzstan held a joint exercise on the border of the two states.", "en"),
    ("Қазақстан Республикасының Төтенше жағдайлар министрлігі өкілдері Бішкекте кездесу өткізді.", "kk"),
    ("Бұл туралы ҰҚШҰ баспасөз хатшысы Владимир Зайнетдинов хабарлады.", "kk"),
    # (Russian full of Kazakh names is Russian)
    ("Қонаев, 13 маусым. С 10 по 12 июня в Алматы облысы с рабочим визитом находилась делегация Республики Узбекистан. "
     "Гостей по приглашению ҚР ТЖМ принимал Алматы облысы бойынша Төтенше жағдайлар департаменті. 11 июня на полигоне "
     "под Қонаевым прошли показательные учения по тушению ландшафтного пожара, в которых были задействованы "
     "пожарно-спасательные подразделения и вертолет Ми-8 «Қазавиақұтқару».", "ru"),
    ("这是一个中文句子，没有俄语。", "und"),
])
def test_language(text, lang):
    assert detect_language(text) == lang


def test_each_bad_file_fails_alone(tmp_path, seed_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "cp1251.txt").write_bytes(TEXT.encode("cp1251"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    lines = [json.dumps({"url": "https://example.org/a", "title": "A", "date": "2024-08-15", "lang": "ru", "text": TEXT}),
             "{not json",
             json.dumps({"url": "https://example.org/b", "text": ""})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read_documents([tmp_path, tmp_path / "missing.txt"]))
    failures = {f.source.rsplit("/", 1)[-1]: str(f.error) for f in items if isinstance(f, SourceFailure)}
    docs = [d for d in items if not isinstance(d, SourceFailure)]
    assert sorted(d.source.rsplit("/", 1)[-1] for d in docs) == ["batch.jsonl:1", "cp1251.txt"]
    assert "empty file" in failures["empty.txt"]
    assert "binary file" in failures["binary.txt"]
    assert "malformed JSON" in failures["batch.jsonl:2"]
    assert "non-empty" in failures["batch.jsonl:3"]
    assert "no such file" in failures["missing.txt"]
    assert len(failures) == 5, failures  # the .pdf inside a folder is not picked up
    batch = next(d for d in docs if d.format == "jsonl")
    assert batch.published == date(2024, 8, 15) and batch.url == "https://example.org/a" and batch.title == "A"


def test_unsupported_file_given_by_name(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.4")
    (failure,) = list(read_documents([path]))
    assert "unsupported file type .pdf" in str(failure.error)


def test_html_page_metadata(tmp_path):
    html = """<html><head><title>Kyrgyz and Kazakh rescuers meet</title>
    <meta property="article:published_time" content="2023-05-04">
    <link rel="canonical" href="https://example.org/news/1"></head>
    <body><nav>Home News Search</nav><header>Ministry of Justice</header>
    <article><h1>Kyrgyz and Kazakh rescuers meet</h1>
    <p>Rescuers of Kyrgyzstan and Kazakhstan met in Bishkek on 3 May 2023 to agree on a plan of joint exercises for the summer season.</p>
    <p>The two ministries will exchange information on mudflow risks along the border rivers.</p></article>
    <footer>All rights reserved</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = list(read_documents([path]))
    assert doc.title == "Kyrgyz and Kazakh rescuers meet"
    assert doc.published == date(2023, 5, 4)
    assert doc.url == "https://example.org/news/1"
    assert "Ministry of Justice" not in doc.text and "All rights reserved" not in doc.text
    assert "exchange information on mudflow risks" in doc.text


def test_publication_date_printed_under_the_article():
    raw = ("Красный Полумесяц получил аптечки\n\nМеждународный комитет Красного Креста передал партию имущества "
           "национальному обществу в Алматы на прошлой неделе.\n\nОпубликовано: 19.03.2024, 15:20   |   "
           "Просмотров: 1 146\n")
    cleaned = clean_text(raw)
    assert cleaned.published == date(2024, 3, 19)
    assert "Просмотров" not in cleaned.text


def test_a_date_line_without_its_year_takes_the_headers():
    raw = ("Главная / Пресс-центр / Новости / 2022\n\nНовости 2022 года\n\n26 сентября, 09:40\n\n"
           "Совместные учения прошли в Туркестанской области при участии спасателей двух стран.\n")
    assert clean_text(raw).published == date(2022, 9, 26)


def test_a_site_imprint_under_the_article_is_chrome():
    raw = ("Учения спасателей\n\nСпасатели Казахстана и Узбекистана провели совместные учения в Туркестанской "
           "области.\n\nСайт работает на единой платформе интернет-ресурсов государственных органов. Оператор "
           "платформы — Министерство цифрового развития Республики Казахстан.\n")
    assert "Министерство цифрового" not in clean_text(raw).text


def test_the_press_offices_contacts_under_the_article_are_chrome():
    raw = ("UNHCR hands over equipment in Osh\n\nThe Office of the United Nations High Commissioner for Refugees "
           "today handed over radio sets to the Ministry of Emergency Situations of the Kyrgyz Republic.\n\n"
           "For more information: UNHCR Office in Bishkek, tel.: +996 312 61 12 64; Osh Field Office, tel.: +996 3222 "
           "5 61 33.\n")
    text = clean_text(raw).text
    assert "handed over radio sets" in text and "Field Office" not in text


def test_the_date_line_under_a_headline_that_reads_as_a_sentence():
    raw = ("Рустам Назарзода: «В беде соседей не выбирают»\n\n17.01.2018 · Интервью\n\n"
           "Председатель Комитета рассказал нашему изданию о том, с кем и как Комитет работал в последние годы.\n")
    cleaned = clean_text(raw)
    assert cleaned.published == date(2018, 1, 17)


def test_text_from_a_pdf_is_unwrapped_and_loses_its_running_heads():
    raw = ("Вестник МЧС РК № 4 (2023)   11\n\nСотрудничество с соседями\n\n"
           "В Алматы прошла встреча руководства МЧС Республики Казахстан с делегацией МЧС Кыргызской\n"
           "Республики. Стороны обсудили вопросы сотрудни-\nчества в области предупреждения чрезвычайных\n"
           "ситуаций.\n\nВестник МЧС РК № 4 (2023)   12\n\n"
           "Делегация также посетила учебный центр министерства и ознакомилась с работой кинологов.\n\n"
           "13\n\nВестник МЧС РК № 4 (2023)   13\n")
    text = clean_text(raw).text
    assert "сотрудничества в области предупреждения чрезвычайных ситуаций" in text
    assert "Вестник" not in text and "\n13" not in text


def test_a_running_head_in_capitals_that_ends_on_a_bracket_goes():
    # ("№ 2 (2021)" ends on a bracket, which elsewhere can end a sentence)
    head = "ВЕСТНИК ЦЧССРБ · № 2 (2021)"
    raw = (f"Хроника сотрудничества\n\nВ 2013 году в Кыргызстане прошли учения.\n\n{head}\n{'_' * 40}\n\n"
           f"В 2015 году в Чэнду прошло совещание.\n\n{head}\n{'_' * 40}\n\n"
           f"В 2016 году в Ереване прошло заседание.\n\n{head}\n")
    text = clean_text(raw).text
    assert "ЦЧССРБ" not in text and "в Ереване прошло заседание" in text
    # a line said three times that is no running head stays
    said = "Спасатели отработали эвакуацию (см. фото)"
    raw = (f"Учения в Оше\n\nВ Оше прошли совместные учения спасателей Кыргызстана и Казахстана, в которых "
           f"участвовали более двухсот человек.\n{said}\nЗатем прошла встреча руководителей ведомств двух "
           f"стран.\n{said}\nВ завершение стороны подвели итоги учений.\n{said}\nСледующие учения пройдут в Казахстане в будущем "
           f"году, сообщили в министерстве.\n")
    assert clean_text(raw).text.count(said) == 3


def test_a_pdf_line_ending_on_a_preposition_goes_on_and_a_wrapped_headline_in_capitals_is_one_line():
    raw = ("СЛОВО КЫРГЫЗСТАНА                    21 ноября 2023 г.\n\nСЕМИНАР ДЛЯ СОТРУДНИКОВ МЭ-\nРИИ БИШКЕКА\n\n"
           "На прошлой неделе, с 14 по 17 ноября, в\nБишкеке прошел учебный семинар по управлению рисками бедствий для "
           "сотрудников мэрии. Его организовали специалисты МЧС и\nКорейского агентства международного сотрудничества.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "СЕМИНАР ДЛЯ СОТРУДНИКОВ МЭРИИ БИШКЕКА"
    assert "с 14 по 17 ноября, в Бишкеке прошел" in cleaned.text
    assert "МЧС и Корейского" in cleaned.text


def test_a_hyphenated_name_broken_at_its_hyphen_is_joined_with_it():
    raw = ("ЖЭНЬМИНЬ ЖИБАО                15 июня 2021 г.\n\nВстречи приграничных регионов\n\n"
           "Руководители ведомств по ЧС провели шестую встречу в 2017 году в Хух-\nХото, а в 2013 году учения "
           "прошли в Чолпон-\nАте.\n")
    text = clean_text(raw).text
    assert "в Хух-Хото, а в 2013 году" in text and "в Чолпон-Ате." in text


def test_links_to_other_bodies_under_the_article_are_chrome():
    raw = ("Визит делегации\n\nДелегация МЧС Кыргызской Республики провела переговоры с руководством Комитета в "
           "Душанбе и посетила учебный центр.\n\nПолезные ссылки:\nИсполнительный аппарат Президента Республики "
           "Таджикистан\nМинистерство юстиции Республики Таджикистан\n\n© 2017 КЧС и ГО. Все права защищены.\n")
    assert "юстиции" not in clean_text(raw).text


WIRE = "БИШКЕК, 10 июня — Кабар. В пятницу в Бишкеке китайские инструкторы провели курс для спасателей МЧС Кыргызстана."


def test_page_metadata_beside_the_text_wins_over_the_name(tmp_path):
    (tmp_path / "kabar-2019.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "kabar-2019.meta.json").write_text(json.dumps(
        {"url": "https://kabar.kg/news/kitai-kurs/", "published": "2024-06-10", "title": "Китай обучил спасателей"}),
        encoding="utf-8")
    (doc,) = list(read_documents([tmp_path]))
    assert doc.published == date(2024, 6, 10)
    assert doc.url == "https://kabar.kg/news/kitai-kurs/"
    assert doc.title == "Китай обучил спасателей"
    assert doc.id.startswith("u"), "a document with a URL is known by it"


@pytest.mark.parametrize("name, published, year", [
    ("kabar-2024-06-10-kitai-kurs", date(2024, 6, 10), 2024),
    ("20240610_kabar", date(2024, 6, 10), 2024),
    ("kabar-kitai-kurs-2024", None, 2024),
    ("itogi-2023-2024", None, None),  # two years: the name says neither
    ("kabar-2024-13-40", None, 2024),  # no such day: only the year
])
def test_the_file_name_dates_a_text_that_does_not(tmp_path, name, published, year):
    (tmp_path / f"{name}.txt").write_text(WIRE, encoding="utf-8")
    (doc,) = list(read_documents([tmp_path]))
    assert (doc.published, doc.source_year) == (published, year)


def test_a_date_the_text_shows_beats_the_name(tmp_path):
    (tmp_path / "news-2019-01-01.txt").write_text("12.03.2021\n\n" + TEXT, encoding="utf-8")
    (doc,) = list(read_documents([tmp_path]))
    assert doc.published == date(2021, 3, 12)


@pytest.mark.parametrize("meta, message", [
    ("{not json", "malformed JSON at line 1 column 2"),
    ('["2024-06-10"]', "page metadata must be a JSON object"),
    ('{"published": "10 июня"}', "unreadable date '10 июня'"),
    ('{"date": "2024-06-10"}', "unknown page metadata field 'date'"),
    ('{"url": 7}', "page metadata field 'url' must be a non-empty string"),
])
def test_bad_page_metadata_fails_its_document_alone(tmp_path, meta, message):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(meta, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (failure, doc) = list(read_documents([tmp_path]))
    assert isinstance(failure, SourceFailure) and failure.source.endswith("a.txt")
    assert message in str(failure.error) and failure.error.where.endswith("a.meta.json")
    assert doc.text == TEXT


def test_a_list_of_related_items_under_the_article_is_chrome():
    raw = "\n".join([
        "Главная | Новости",
        "Спасатели Казахстана и Кыргызстана провели учения",
        "12.03.2024",
        "Спасатели МЧС Казахстана и МЧС Кыргызстана провели совместные учения на границе двух государств.",
        "В учениях были задействованы более двухсот человек и тридцать единиц техники.",
        "",
        "Читайте также:",
        "Министр юстиции Республики Казахстан встретился с делегацией Верховного суда Кыргызстана.",
        "Генеральная прокуратура провела проверку соблюдения законодательства в сфере закупок.",
        "",
        "Поделиться: Facebook Telegram",
    ])
    cleaned = clean_text(raw)
    assert "Верховного суда" not in cleaned.text and "Генеральная прокуратура" not in cleaned.text
    assert cleaned.text.rstrip().endswith("тридцать единиц техники.")


@pytest.mark.parametrize("line, heads", [
    ("Читайте также:", True), ("ПОХОЖИЕ НОВОСТИ", True), ("Related news", True), ("Read also: UNDP opens office", True),
    ("По теме", True), ("Популярное", True), ("Другие новости раздела:", True), ("Похожие новости по теме", True),
    ("По теме учений стороны договорились провести семинар.", False), ("Popular science fairs opened.", False),
    ("Похожие новости о паводках 2024 года", False), ("ОБЪЯВЛЕНИЕ", True), ("На правах рекламы", True),
    ("Объявление о начале учений было сделано в понедельник.", False),
])
def test_block_heads(line, heads):
    from kg.sources import _heads_a_block
    assert _heads_a_block(line) is heads


def test_a_row_of_links_to_other_sites_under_the_article_is_chrome():
    raw = "\n".join([
        "Спасатели двух стран провели учения",
        "07.12.2021",
        "Спасатели Таджикистана и Кыргызстана провели совместные учения на границе двух государств в Исфаре.",
        "Пресс-центр КЧС и ГО",
        "Полезные ссылки",
        "Президент Республики Таджикистан | Маджлиси Оли Республики Таджикистан | "
        "Министерство иностранных дел Республики Таджикистан | НИАТ «Ховар»",
    ])
    assert "иностранных дел" not in clean_text(raw).text
    assert "иностранных дел" not in clean_text(raw.replace("Полезные ссылки\n", "")).text


def test_a_date_line_spaced_across_the_page():
    raw = ("Состоялось заседание совета\n\nДата публикации: 26.10.2012" + " " * 40 + "Просмотров: 734\n\n"
           "В четверг в Душанбе прошло очередное заседание Межгосударственного совета по чрезвычайным ситуациям.")
    assert clean_text(raw).published == date(2012, 10, 26)


def test_a_byline_dates_the_page():
    raw = ("Kazakh rescuers visit Dushanbe\n\nBy Staff Report in Nation on 12 June 2026\n\n"
           "ASTANA – A delegation of Kazakhstan's Ministry of Emergency Situations paid a working visit to Dushanbe.")
    cleaned = clean_text(raw)
    assert cleaned.published == date(2026, 6, 12) and "Staff Report" not in cleaned.text


def test_a_line_with_the_dates_of_publication_and_of_change():
    raw = ("Глава МЧС встретился с Послом Республики Корея\n\n"
           "Дата публикации: 27.01.2026 15:32          Дата изменения: 27.01.2026 16:05\n\n"
           "Сегодня в Астане министр по чрезвычайным ситуациям Республики Казахстан принял посла Республики Корея.")
    assert clean_text(raw).published == date(2026, 1, 27)


def test_an_html_page_is_dated_by_its_publication_line_not_by_a_listed_news_item(tmp_path):
    page = ("<html><head><title>Учение на границе</title></head><body>"
            "<div class='news-date'>Опубликовано: 14 апреля 2016 г. 16:20 &nbsp;|&nbsp; Просмотров: 412</div>"
            "<article><h1>Учение на границе</h1><p>Во вторник и в среду на границе Оренбургской области и Республики "
            "Казахстан прошло совместное командно-штабное учение спасателей двух стран. В учении участвовали более "
            "двухсот человек и тридцать единиц техники.</p></article>"
            "<ul><li><a href='/n/1'>Паводковая обстановка в регионе на 12 апреля</a> <span>12.04.2016</span></li></ul>"
            "</body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,) = list(read_documents([tmp_path]))
    assert doc.published == date(2016, 4, 14)


def test_an_html_page_is_dated_by_a_posted_label_over_its_value(tmp_path):
    page = ("<html><head><title>NDMA and the Kazakh ministry sign a memorandum</title></head><body>"
            "<article><header><h1>NDMA and the Kazakh ministry sign a memorandum</h1>"
            "<dl><dt>Format</dt><dd>News and Press Release</dd><dt>Source</dt><dd>APP</dd>"
            "<dt>Posted</dt><dd>26 Jun 2018</dd></dl></header>"
            "<p>The National Disaster Management Authority of Pakistan and the Ministry of Emergency Situations of "
            "Kazakhstan on Friday signed a memorandum of understanding on cooperation in disaster management.</p>"
            "</article><ul><li>Central Asia: Regional Disaster Risk Profile <span>Analysis · World Bank · 05 Jun "
            "2018</span></li></ul></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,) = list(read_documents([tmp_path]))
    assert doc.published == date(2018, 6, 26)


def test_an_html_page_is_not_dated_by_the_posted_lines_of_a_list_of_related_items(tmp_path):
    page = ("<html><head><title>Pakistan, Kazakhstan sign MoU</title></head><body>"
            "<article><h1>Pakistan, Kazakhstan sign MoU on disaster management</h1>"
            "<time datetime='2018-06-26T09:14:00+00:00'>26 Jun 2018</time>"
            "<p>ISLAMABAD, Jun 26 (APP): Pakistan and Kazakhstan have signed a Memorandum of Understanding to "
            "strengthen cooperation between the two countries in the field of disaster management.</p></article>"
            "<h2>Related content</h2><ul>"
            "<li>Pakistan: Monsoon Contingency Plan 2018<br>Source: NDMA &middot; Posted 21 Jun 2018</li>"
            "<li>Pakistan: Heatwave advisory<br>Source: APP &middot; Posted 19 Jun 2018</li>"
            "<li>Pakistan: Floods update<br>Source: IFRC &middot; Posted 12 Jun 2018</li></ul>"
            "</body></html>").replace("'", '"')
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,) = list(read_documents([tmp_path]))
    assert doc.published == date(2018, 6, 26)


def test_a_byline_and_a_published_line_are_neither_headline_nor_body():
    raw = ("Kazakhstan, Türkiye agree on joint training of rescuers\n\nBy Aysel Guliyeva\n\n"
           "Published: 15 June 2023 11:24 (UTC+04:00)\n\n"
           "BAKU, Azerbaijan, June 15. Kazakhstan's Minister for Emergency Situations paid an official visit to Türkiye.")
    cleaned = clean_text(raw)
    assert cleaned.title == "Kazakhstan, Türkiye agree on joint training of rescuers"
    assert cleaned.published == date(2023, 6, 15)
    assert "Guliyeva" not in cleaned.text and "Published" not in cleaned.text


@pytest.mark.parametrize("head", [
    "<div class='date-today'>Пятница, 18 октября 2024 г.</div><h2>Спасатели повысили квалификацию</h2>"
    "<div class='article-info'>17.10.2024 &nbsp;|&nbsp; Просмотров: 286</div>",
    "<h1>Спасатели повысили квалификацию</h1><div class='date'>17 Октября 2024 г., 15:20</div>",
    "<time datetime='2024-10-17T15:20'>17 октября</time><h1>Спасатели повысили квалификацию</h1>",
    # the date above the headline, and a block of other news headed by an h2 further down
    "<div class='news-item__date'>17 октября 2024, 15:10</div><h1>Спасатели повысили квалификацию</h1>"
    "<div class='tags'><a>Новости</a></div><h2>Другие новости раздела</h2><div><span>15 октября 2024</span></div>",
])
def test_an_html_page_is_dated_by_the_line_under_its_headline_or_its_date_element(tmp_path, head):
    page = (f"<html><body>{head.replace(chr(39), chr(34))}<p>С 23 сентября по 4 октября 2024 года группа офицеров "
            "службы гражданской обороны прошла обучение в учебном центре в Анкаре. Занятия провели инструкторы "
            "турецкого ведомства по чрезвычайным ситуациям.</p>"
            "<ul><li><a href='/n/1'>Другая новость</a> <small>(07.10.2024)</small></li></ul></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,) = list(read_documents([tmp_path]))
    assert doc.published == date(2024, 10, 17)


@pytest.mark.parametrize("line, day", [
    ("22/09/2016 13:47   Views: 1,284", date(2016, 9, 22)),
    ("Source: Xinhua| 2018-10-03 22:17:05|Editor: Mu Xuequan", date(2018, 10, 3)),
    ("Kaktus.media · 15 марта 2024 · Общество", date(2024, 3, 15)),
    ("AKIpress • 12 May 2024 • Society", date(2024, 5, 12)),
    ("19 июля 2018 Мигранты и беженцы", date(2018, 7, 19)),
])
def test_date_lines_of_news_sites(line, day):
    raw = f"Rescuers practise on Issyk-Kul\n\n{line}\n\nBISHKEK (AKIpress) - Rescuers of Kyrgyzstan held a joint exercise on Lake Issyk-Kul on Tuesday and Wednesday."
    cleaned = clean_text(raw)
    assert (cleaned.published, cleaned.title) == (day, "Rescuers practise on Issyk-Kul")


def test_an_html_page_laid_out_in_tables_is_read(tmp_path):
    page = ("<html><head><title>Учение на реке Урал</title></head><body><table><tr><td>Главная | Новости | Контакты</td>"
            "</tr><tr><td><h1>Учение на реке Урал</h1><div class='date'>10 июня 2013 г.</div>"
            "<p>Во вторник спасатели Главного управления МЧС России по Оренбургской области и Департамента по "
            "чрезвычайным ситуациям Западно-Казахстанской области провели совместное учение на реке Урал.</p>"
            "</td><td><b>Другие новости</b><br>Оперативная обстановка (07.06.2013)</td></tr></table></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (doc,) = list(read_documents([tmp_path]))
    assert doc.published == date(2013, 6, 10)
    assert "совместное учение на реке Урал" in doc.text and "Оперативная обстановка" not in doc.text


def test_the_line_that_names_the_publication_dates_the_page_over_the_events_date_line():
    raw = ("ПРЕСС-РЕЛИЗ\nМероприятие:  Региональный тренинг по оценке потребностей после бедствий\n"
           "Дата:         12–14.09.2022\nМесто:        г. Алматы\nДата публикации:  14.09.2022\n\n"
           "Сегодня в Алматы завершился трехдневный региональный тренинг по оценке потребностей после бедствий, "
           "организованный Центром по чрезвычайным ситуациям и снижению риска бедствий.")
    assert clean_text(raw).published == date(2022, 9, 14)


@pytest.mark.parametrize("tail, gone", [
    ("Related:\nKyrgyz Central Election Commission registers presidential hopefuls\n"
     "Asian Development Bank approves financing for Kyrgyz road project\n", "Election"),
    ("This site is managed by the U.S. Department of State. External links to other Internet sites should not be "
     "construed as an endorsement of the views or privacy policies contained therein.\n", "Department of State"),
    ("________________\nADVERTISEMENT\nThe State Tax Committee of Kyrgyzstan reminds that annual returns are due by "
     "March 31.\n", "Tax Committee"),
])
def test_link_blocks_and_site_notices_after_the_article_are_chrome(tail, gone):
    raw = ("SCO emergency chiefs meet on Kyrgyz lake shore\n\nBISHKEK, Aug. 25 (Xinhua) -- Heads of the emergency "
           "agencies of the SCO member states concluded their ninth meeting in Cholpon-Ata on Friday, agreeing to "
           "keep up regular exchanges of information on disasters.\n\n" + tail)
    cleaned = clean_text(raw)
    assert gone not in cleaned.text and "ninth meeting" in cleaned.text


def test_a_post_told_in_bullet_lines_keeps_them_as_its_text():
    raw = ("МЧС РК\nКанал · 214 тыс. подписчиков\n\n📌 Закреплённое сообщение: телефон службы спасения — 112\n\n"
           "8 февраля 2023, 14:52\n\nВТОРОЙ ЭШЕЛОН — В ЗОНЕ БЕДСТВИЯ\n\n"
           "✈️ Спецборт Ил-76 МЧС РК приземлился в провинции Газиантеп\n👷 На борту — 56 человек\n"
           "➡️ Группа сразу выдвинулась к местам завалов\n\n"
           "Напомним: вчера первый спецборт МЧС вылетел из Алматы на помощь пострадавшим от землетрясения.\n")
    cleaned = clean_text(raw)
    assert cleaned.published == date(2023, 2, 8)
    assert cleaned.title == "ВТОРОЙ ЭШЕЛОН — В ЗОНЕ БЕДСТВИЯ"
    assert "Спецборт Ил-76 МЧС РК приземлился" in cleaned.text and "Группа сразу выдвинулась" in cleaned.text
    assert "Закреплённое" not in cleaned.text


def test_the_number_of_a_press_release_is_not_its_headline():
    raw = ("Home > News > Press Release\n\nUzbekistan and World Bank Sign Loan Agreement\n\n"
           "PRESS RELEASE  NO: 2024/ECA/071\n"
           "TASHKENT, March 5, 2024 — The Ministry of Economy and Finance of the Republic of Uzbekistan and the World "
           "Bank today signed a loan agreement for a seismic safety project.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Uzbekistan and World Bank Sign Loan Agreement"
    assert "PRESS RELEASE" not in cleaned.text


def test_a_site_name_over_the_menu_and_the_date_line_is_no_part_of_the_article():
    raw = ("NEWS OF THE STEPPE\n"
           "Степные вести — независимое информационное агентство Туркменистана и всего региона (СВ)\n"
           "Türkmençe  Русский  English\nГлавная | Политика | Экономика | Общество\n\n10.02.2023\n\n"
           "Утверждено соглашение о сотрудничестве с Казахстаном\n\n"
           "Сегодня на заседании правительства утверждено соглашение о сотрудничестве с Казахстаном в области "
           "гражданской обороны.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Утверждено соглашение о сотрудничестве с Казахстаном"
    assert cleaned.published == date(2023, 2, 10)
    assert "агентство" not in cleaned.text and "Главная" not in cleaned.text


def test_partners_and_a_cookie_notice_under_the_article_are_chrome():
    raw = ("Обзор за март\n\n05.04.2024\n\nВ марте 2024 года зарегистрировано 143 землетрясения магнитудой 2,5 и "
           "выше, из них четыре ощущались населением.\n\nТеги: землетрясения, мониторинг\n\n"
           "Поделиться:  Facebook  Telegram\n\nПартнеры Центра: ПРООН | GIZ | Всемирный банк | Европейский союз\n"
           "© 2024 Центр. г. Алматы.\nМы используем файлы cookie для улучшения работы сайта.\n")
    cleaned = clean_text(raw)
    assert "143 землетрясения" in cleaned.text
    assert "Всемирный банк" not in cleaned.text and "cookie" not in cleaned.text


@pytest.mark.parametrize("raw, outlet", [
    ("Kaktus.media\nНовости | Общество\n\nГлава МЧС встретился с послом\n\n18 декабря, 15:20\n\nМинистр встретился "
     "с послом Республики Корея в Кыргызстане и обсудил обучение спасателей.\n\n© Kaktus.media. Все права защищены.",
     "Kaktus.media"),
    ("Главная | Новости\n\nСпасатели провели учения\n\n12.05.2024\n\nСпасатели двух стран провели совместные учения "
     "на границе и отработали эвакуацию населения.\n\nПодписывайтесь на Sputnik Таджикистан в Telegram",
     "Sputnik Таджикистан"),
    ("24.kg — Новости Кыргызстана\n\nСпасатели вылетели в Турцию\n\n07.02.2023\n\nГруппа спасателей вылетела в "
     "Турцию для помощи пострадавшим от землетрясения.\n", "24.kg"),
])
def test_the_outlet_a_page_names_outside_the_article_publishes_it(raw, outlet):
    assert clean_text(raw).publisher == outlet


@pytest.mark.parametrize("footer, publisher", [
    ("© МЧС Республики Беларусь, 2024. Телефон доверия: 8 (017) 203-88-71", "МЧС Республики Беларусь"),
    ("Copyright © 2023 Ministry of Emergency Situations of the Kyrgyz Republic. All rights reserved.",
     "Ministry of Emergency Situations of the Kyrgyz Republic"),
    # the news of an organization or a centre says nothing of whose "МЧС" it names
    ("© 2024 Центр. г. Алматы.", None),
])
def test_a_state_body_holding_the_copyright_under_the_article_publishes_it(footer, publisher):
    raw = ("Главная / Новости\n\nОбластное управление провело учение\n\n12.03.2024\n\nВчера областное управление МЧС "
           "провело командно-штабное учение по ликвидации последствий половодья.\n\n" + footer + "\n")
    assert clean_text(raw).publisher == publisher


def test_a_press_service_line_wins_over_the_outlet():
    raw = ("Kaktus.media\n\nГлава МЧС встретился с послом\n\n18.12.2020\n\nМинистр встретился с послом Республики "
           "Корея и обсудил обучение спасателей.\n\nПресс-служба МЧС Кыргызской Республики\n")
    assert clean_text(raw).publisher == "МЧС Кыргызской Республики"


def test_a_date_line_with_its_author_and_views_dates_the_page_and_is_no_headline():
    raw = ("Общество  >  Происшествия\n\nСоседи помогают: в Таджикистан поступает помощь\n\n"
           "18.03.2021 13:40   Автор: Фарангис Мирзоева   👁 3 418\n\n"
           "В Таджикистан продолжает поступать гуманитарная помощь для жителей Раштской долины, пострадавших от "
           "землетрясения.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Соседи помогают: в Таджикистан поступает помощь"
    assert cleaned.published == date(2021, 3, 18)


def test_the_office_a_page_belongs_to_is_no_headline():
    raw = ("Regional Office for Europe and Central Asia\n\nDUSHANBE – Heads of the emergency management agencies of "
           "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan wrapped up three days of talks in "
           "Dushanbe on Thursday.\n")
    assert clean_text(raw).title is None


def test_rate_and_weather_tickers_views_and_a_photo_credit_are_no_article_and_no_headline():
    raw = ("Портал новостей\nВойти | Регистрация\nUSD 470.10  EUR 512.35  RUB 5.90  (курсы на 12.03.2024)\n"
           "Астана  -12°C   Алматы  +3°C\n\nОбщество\nСпасатели двух стран провели учения на границе\n"
           "12 марта 2024, 10:05\nФото: пресс-служба ДЧС области\nПросмотров: 3 210 | Комментариев: 4\n\n"
           "Спасатели Казахстана и Кыргызстана отработали совместные действия при паводке на реке Шу, сообщили в "
           "департаменте.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Спасатели двух стран провели учения на границе"
    assert cleaned.published == date(2024, 3, 12)
    assert "USD" not in cleaned.text and "°C" not in cleaned.text and "Просмотров" not in cleaned.text


@pytest.mark.parametrize("line, chrome", [
    ("USD 454.21  EUR 487.03  RUB 6.35", True),
    ("Бишкек +21°   Ош +27°   Нарын +12°", True),
    ("Просмотров: 12 874 | Комментариев: 9", True),
    ("20.12.2017 | 16:40", False),  # a date line of a news listing, read as such
    ("Ночью температура опустится до -30°C, днем до -22°C.", False),  # a sentence about the weather
])
def test_tickers_and_counters_are_chrome_and_sentences_and_date_lines_are_not(line, chrome):
    assert is_chrome_line(line) is chrome


def test_a_read_also_link_set_between_paragraphs_does_not_end_the_article():
    raw = ("Новости\n\nВ Чолпон-Ате прошло заседание совета ОДКБ\n\n04.09.2025\n\n"
           "В Чолпон-Ате в четверг прошло заседание Координационного совета по чрезвычайным ситуациям ОДКБ.\n\n"
           "Читайте также: Спасатели вытащили туриста, сорвавшегося в ущелье\n\n"
           "Следующее заседание совета решено провести в июне 2026 года в Санкт-Петербурге.\n\n"
           "Читайте также:\nМэрия предупредила о перекрытии улиц\nВ горах выпал первый снег\n")
    text = clean_text(raw).text
    assert "Санкт-Петербурге" in text  # the article goes on below the link
    assert "туриста" not in text and "Мэрия" not in text  # the link and the list of links after it are not read


def test_a_list_of_links_set_between_paragraphs_does_not_end_the_article():
    raw = ("Спасатели Кыргызстана и Казахстана подписали план\n\n17.03.2023, 12:05\n\n"
           "Во вторник, 14 марта, в Алматы состоялись переговоры кыргызской делегации с казахстанскими коллегами.\n\n"
           "Читайте также:\n• Кыргызстан получил от Японии новую спасательную технику\n• Сход лавин: МЧС предупредило "
           "об опасности\n\nВизит в региональный центр\n\n"
           "На следующий день в Алматы состоялась встреча делегации с руководством Центра по чрезвычайным ситуациям "
           "и снижению риска стихийных бедствий, учрежденного Казахстаном и Кыргызстаном.\n\n"
           "В заключительный день визита, 16 марта, в районе Шымбулака прошли совместные показные учения кыргызских "
           "горноспасателей и сотрудников Департамента по чрезвычайным ситуациям города Алматы.\n\n"
           "Читайте также:\n• Мэрия предупредила о перекрытии улиц\n• В горах выпал первый снег\n")
    text = clean_text(raw).text
    assert "Центра по чрезвычайным ситуациям" in text and "Шымбулака" in text  # the article goes on below the links
    assert "Японии" not in text and "Мэрия" not in text  # neither list of links is read


def test_the_headline_opening_the_article_wins_over_a_site_name_a_breadcrumb_and_card_fields():
    raw = ("24.kg  ·  Новости Кыргызстана\nВласть   Общество   Экономика   Интервью   Спорт\nГлавная / Интервью\n\n"
           "Министр ЧС: «Японский опыт нужен нам не для отчетов»\n\n15 сентября 2014, 09:15   Просмотров: 3 104\n\n"
           "В четверг в Бишкеке откроется Вторая региональная министерская конференция по снижению риска бедствий.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Министр ЧС: «Японский опыт нужен нам не для отчетов»"
    assert "Главная" not in cleaned.text and "Власть" not in cleaned.text
    card = ("Kyrgyzstan: Government and partners test earthquake response in Osh\n\nFormat: News and Press Release\n"
            "Source: OCHA\nPosted: 15 Oct 2018\nOrigin: View original\n\nAlmaty/Osh, 15 October 2018 – A magnitude "
            "7.2 earthquake strikes at night near the city of Osh, in the scenario of a three-day exercise.\n")
    assert clean_text(card).title == "Kyrgyzstan: Government and partners test earthquake response in Osh"


def test_a_date_line_without_its_year_takes_the_year_of_the_address(tmp_path):
    page = tmp_path / "kaktus-mchs-posol-korei-2020.txt"
    page.write_text("Kaktus.media\nНовости | Общество | Политика\n\nГлава МЧС встретился с послом Кореи\n\nОбщество\n"
                    "18 декабря, 15:20\n\nМинистр чрезвычайных ситуаций 18 декабря встретился в Бишкеке с послом "
                    "Республики Корея, сообщает пресс-служба МЧС.\n", encoding="utf-8")
    (document,) = read_documents([page])
    assert document.published == date(2020, 12, 18)
    assert document.title == "Глава МЧС встретился с послом Кореи"


def test_a_posts_lead_ending_on_an_emoji_is_no_headline_over_the_one_above_it():
    cleaned = clean_text("Телеканал «Звезда» | Новости\n8 октября 2025, 11:05\n\n🇷🇺🤝🇰🇬 Спасатели МЧС России и Киргизии "
                         "отрабатывают ликвидацию последствий землетрясения\n\nСовместные учения российских и киргизских "
                         "спасателей стартовали вчера в Бишкеке и продлятся до пятницы 💪\n\n📍По легенде, после толчка "
                         "магнитудой 7 в столице обрушились жилые дома.\n")
    assert cleaned.title.endswith("Спасатели МЧС России и Киргизии отрабатывают ликвидацию последствий землетрясения")
    assert "стартовали вчера в Бишкеке" in cleaned.text


def test_a_dateline_without_its_year_stays_in_the_text_as_where_it_was_written(tmp_path):
    page = tmp_path / "uz24-emergency-ministries-2015.txt"
    page.write_text("Emergency ministries agree on closer cooperation\n\nTashkent, May 20 — Uzbekistan 24\n\nA delegation "
                    "of the Ministry of Emergency Situations of Azerbaijan is paying a working visit to Uzbekistan.\n",
                    encoding="utf-8")
    (document,) = read_documents([page])
    assert document.published == date(2015, 5, 20)
    assert document.text.split("\n\n")[1] == "Tashkent, May 20 — Uzbekistan 24"


@pytest.mark.parametrize("line, day", [
    ("07/02/23 10:48, Бишкек — 24.kg, Айзада Токтоназарова", date(2023, 2, 7)),
    ("12.03.24 | 09:15", date(2024, 3, 12)),
])
def test_a_date_line_with_a_two_digit_year_dates_the_page(line, day):
    raw = (f"Кыргызские спасатели вылетели в Турцию\n\n{line}\n\n"
           "Сводный отряд Министерства чрезвычайных ситуаций Кыргызской Республики сегодня утром вылетел в Турцию.\n")
    assert clean_text(raw).published == day


def test_an_interview_headline_quoting_its_guest_is_the_headline_not_a_card_field():
    raw = ("Новости | Политика | Интервью\n\nРустам Назарзода: «В беде соседей не выбирают»\n\n17.01.2018 · Интервью\n\n"
           "Председатель Комитета по чрезвычайным ситуациям рассказал о сотрудничестве с соседями в прошлом году.\n")
    assert clean_text(raw).title == "Рустам Назарзода: «В беде соседей не выбирают»"


def test_a_second_date_line_and_a_long_byline_are_no_headline():
    raw = ("ТАСС\n\nКитай и страны Центральной Азии создали механизм сотрудничества в сфере ЧС\n\n30 мая 2024\n"
           "30 мая 2024, 14:20\n\nУРУМЧИ, 30 мая. /ТАСС/. Министры и руководители ведомств по чрезвычайным ситуациям "
           "Китая и пяти стран Центральной Азии подписали меморандум.\n")
    assert clean_text(raw).title == "Китай и страны Центральной Азии создали механизм сотрудничества в сфере ЧС"
    byline = ("ADB approves $56.4 million to help Kyrgyzstan and Tajikistan respond to disasters\n\n"
              "By Times of Central Asia staff\n\nThe Asian Development Bank has approved a grant to help the two "
              "countries respond to disasters, the bank said on Tuesday.\n")
    assert clean_text(byline).title.startswith("ADB approves")


@pytest.mark.parametrize("line", ["Ключевые слова: СУАР, землетрясение, учения, МЧС",
                                  "Tags: exercise, OCHA, IFRC, Red Crescent, WFP, earthquake, Almaty, preparedness",
                                  "Теги: МЧС, итоги года, ОТГ, ПРООН"])
def test_a_line_of_tags_after_the_article_is_chrome(line):
    raw = ("В Синьцзяне прошли учения\n\nВ Синьцзян-Уйгурском автономном районе в понедельник прошли комплексные "
           "учения по ликвидации последствий сильного землетрясения, сообщило управление.\n\n" + line + "\n")
    assert "СУАР" not in clean_text(raw).text.split("\n")[-1] and line not in clean_text(raw).text


def test_a_dated_item_of_a_chronology_is_not_the_page_date_and_a_post_sentence_may_end_with_an_emoji():
    raw = ("МЧС РК | ҚР ТЖМ\n\nМеждународное сотрудничество: итоги 2024 года\n\n"
           "Уходящий год для казахстанского МЧС стал насыщенным на международном направлении. Вспоминаем главное 👇\n\n"
           "🔹 30.05 | Урумчи, КНР\nПервое совещание министров Китай – Центральная Азия по управлению чрезвычайными "
           "ситуациями. За одним столом – Китай, Казахстан, Кыргызстан, Таджикистан, Туркменистан и Узбекистан.\n")
    cleaned = clean_text(raw, year=2024)
    assert cleaned.published != date(2024, 5, 30)
    assert "Вспоминаем главное" in cleaned.text and "🔹 30.05 | Урумчи, КНР" in cleaned.text


def test_the_lead_of_a_saved_page_above_its_photo_is_part_of_the_article(tmp_path):
    body = "".join(f"<p>{sentence}</p>\n" for sentence in [
        "Сегодня утром самолет Министерства по чрезвычайным ситуациям Республики Казахстан со вторым эшелоном "
        "спасателей приземлился в Турции. В составе группы 56 человек: спасатели, кинологи и врачи.",
        "Сразу после прибытия казахстанские спасатели направились в пострадавшие районы и приступили к поиску людей "
        "под завалами, сообщили в пресс-службе ведомства.",
        "Этим же бортом на родину вернулись 64 человека – граждане Казахстана, находившиеся в районах, пострадавших "
        "от стихии. Их встретили в аэропорту сотрудники ведомства и медики."])
    html = ("<html><head><title>Второй эшелон спасателей прибыл в Турцию - Новости</title></head><body>\n"
            "<nav><a href='/'>Главная</a> <a href='/news/'>Новости</a></nav>\n<main><article>\n"
            "<h1>Второй эшелон спасателей прибыл в Турцию</h1>\n<div class='meta'>08 февраля 2023 09:42</div>\n"
            "<div class='article__lead'>Спецборт МЧС доставил в провинцию Газиантеп 56 специалистов, обратным рейсом "
            "домой вернулись 64 человека.</div>\n<figure><img src='a.jpg'><figcaption>Фото: пресс-служба</figcaption>"
            "</figure>\n<div class='article__text'>\n" + body + "</div></article></main></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (document,) = list(read_documents([tmp_path / "page.html"]))
    assert "Спецборт МЧС доставил в провинцию Газиантеп" in document.text
    assert document.text.index("Спецборт") < document.text.index("Сегодня утром")


def test_a_post_sentence_may_end_with_a_flag():
    raw = ("AKIpress News\n20.02.2022 13:52\n\n🇰🇬🤝🇺🇸 МЧС и Нацгвардия Монтаны снова будут работать вместе\n\n"
           "Рабочая группа Министерства чрезвычайных ситуаций КР провела встречу с представителями Национальной "
           "гвардии штата Монтана (США) 🇺🇸\n\n📌 О чем договорились:\n▪️ возобновить сотрудничество;\n"
           "▪️ проводить совместные конференции.\n")
    cleaned = clean_text(raw)
    assert cleaned.published == date(2022, 2, 20)
    assert cleaned.text.startswith("Рабочая группа Министерства чрезвычайных ситуаций КР провела встречу")


@pytest.mark.parametrize("raw, published", [
    # a newspaper's masthead in capitals, with its date and its rubric
    ("ВЕЧЕРНИЙ БИШКЕК            19 сентября 2014 г.            ОБЩЕСТВО\n\n"
     "Вчера в Бишкеке открылась региональная конференция чрезвычайных ведомств стран Центральной Азии.\n",
     date(2014, 9, 19)),
    ("ВЕЧЕРНИЙ БИШКЕК   № 74 (11233)   ПЯТНИЦА, 12 ИЮЛЯ 2019 г.        3\n\n"
     "В Бишкеке прошел региональный форум по снижению риска бедствий с участием японских экспертов.\n",
     date(2019, 7, 12)),
    # (its page number before it, the day of the week after the date)
    ("4 НЕЙТРАЛЬНЫЙ ТУРКМЕНИСТАН 17 апреля 2025 г., четверг\n\n"
     "Вчера в Ашхабаде состоялась рабочая встреча с делегацией Общества Красного Полумесяца Ирана.\n",
     date(2025, 4, 17)),
    # its page written out after the date
    ("СЛОВО КЫРГЫЗСТАНА        19 сентября 2014 г.        стр. 3\n\n"
     "Вчера в Бишкеке начала работу региональная министерская конференция чрезвычайных ведомств.\n",
     date(2014, 9, 19)),
    # a masthead in ordinary letters, with the number of the issue
    ("IRAN AND TURKMENISTAN DISCUSS DISASTER PREPAREDNESS\n\nNeutral Turkmenistan, No. 281, 21 November 2024\n\n"
     "A delegation of Iran's disaster management body, which arrived in Ashgabat on Monday, is continuing its visit.\n",
     date(2024, 11, 21)),
    # a page's date, day first with dashes, on a line of its own
    ("Home > Countries > Kyrgyzstan > News\n\n24-10-2011\n\n"
     "WHO trained hospital staff in Osh on keeping hospitals working in emergencies and disasters.\n",
     date(2011, 10, 24)),
    # year first, with dots, as Japanese agencies print it
    ("JICA Kyrgyz Office | News\n\n2023.03.07\n\nJICA experts trained rescuers of the Ministry of Emergency Situations "
     "in Bishkek on searching collapsed buildings after earthquakes.\n", date(2023, 3, 7)),
    # a post's views and the time it was posted, under the post
    ("МЧС Кыргызстана провело переговоры с делегацией Национальной гвардии штата Монтана о сотрудничестве.\n\n"
     "#МЧС #Кыргызстан\n\n👁 2.3K   ✏️ 20.02.2022, 13:41\n", date(2022, 2, 20)),
])
def test_the_page_date_of_a_masthead_a_dashed_line_or_a_post(raw, published):
    assert clean_text(raw).published == published


def test_a_bulleted_item_of_a_chronology_is_no_page_date():
    raw = ("Итоги года\n\nМЧС провело за год много международных мероприятий, о которых рассказываем ниже.\n\n"
           "🔹 30.05.2024 | Урумчи, КНР\nПервое совещание министров Китай – Центральная Азия.\n")
    assert clean_text(raw).published is None


@pytest.mark.parametrize("declared", [
    '<meta content="2018-06-26T09:41:00+00:00" property="article:published_time">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2018-06-26T09:41:00Z"}</script>',
])
def test_the_date_a_page_declares_beats_dates_of_its_other_news(tmp_path, declared):
    html = f"""<html><head><title>Pakistan, Kazakhstan sign MoU</title>{declared}</head><body>
    <nav>Updates | Countries | Disasters</nav>
    <article><h1>Pakistan, Kazakhstan sign MoU on disaster management</h1>
    <dl><dt>Posted</dt><dd>26 Jun 2018</dd></dl>
    <p>Pakistan and Kazakhstan on Friday signed a Memorandum of Understanding on cooperation in disaster management,
    on the sidelines of the regional meeting held in the capital.</p>
    <p>The document was signed by the chairman of the national authority and by a deputy minister.</p></article>
    <section><h2>Related content</h2>
    <p>Monsoon contingency plan · Source NDMA · Posted 21 Jun 2018</p>
    <p>Floods update · Source IFRC · Posted 14 Jun 2018</p></section>
    <footer>A service of the United Nations</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = list(read_documents([path]))
    assert doc.published == date(2018, 6, 26)


def test_a_stamp_with_its_time_and_town_over_a_long_byline_dates_the_page():
    # (the line is 60 characters long: a date line all the same, with the town where the item was written)
    raw = ("Kyrgyz and French rescuers plan joint drills\n\n09/06/21 15:47, Bishkek – 24.kg news agency, by Society "
           "desk\n\nKyrgyzstan's rescuers and their French counterparts intend to hold joint exercises before the end "
           "of the year, the ministry's press service reported.\n")
    cleaned = clean_text(raw)
    assert (cleaned.published, cleaned.title) == (date(2021, 6, 9), "Kyrgyz and French rescuers plan joint drills")
    assert "09/06/21 15:47, Bishkek" in cleaned.text


def test_a_name_set_off_by_dashes_across_a_line_break_stays_in_its_sentence():
    raw = ("Вчера в Бишкеке начала работу вторая конференция.\n\nНапомним, первая конферен-\nция — «Региональное "
           "сотрудничество в Центральной Азии»\n— состоялась в октябре прошлого года также в Бишкеке.\n")
    text = clean_text(raw).text
    assert "Азии» — состоялась в октябре" in text


_HYDROMET_TALKS = (
    "Во вторник в Ашхабаде прошла рабочая встреча национальной гидрометеослужбы с делегацией иранских коллег.\n\n"
    "Переговоры прошли в штаб-квартире комитета.\n\nСтороны обсудили обмен данными наблюдений пограничных "
    "станций.\n\nОни договорились о взаимном оповещении об опасных явлениях погоды.\n\nВ конце встречи "
    "подписан протокол.\n\nСледующую встречу стороны проведут осенью в Мешхеде.")


@pytest.mark.parametrize("signature, published", [
    ("Нейтральный Туркменистан, 17 апреля 2025 г.", date(2025, 4, 17)),
    ("Trend, 3 March 2023", date(2023, 3, 3)),
    ("Ашхабад, 05.11.2024", date(2024, 11, 5)),
])
def test_the_paper_and_day_signing_the_article_date_it(signature, published):
    raw = ("Синоптики двух стран обменяются данными\n\n" + _HYDROMET_TALKS + "\n\n" + signature + "\n")
    cleaned = clean_text(raw)
    assert cleaned.published == published
    assert cleaned.text.rstrip().endswith("в Мешхеде.")


def test_a_closing_sentence_with_a_date_does_not_sign_the_article():
    raw = ("Синоптики двух стран обменяются данными\n\n" + _HYDROMET_TALKS + "\n\n"
           "Следующая встреча пройдет 15 октября 2024 года\n")
    assert clean_text(raw).published is None


def test_a_pdf_paragraph_goes_on_with_a_name_on_its_next_line():
    raw = ("ДУШАНБЕ ШОМ            3 октября 2024 г.\n\nСЕЛЬ НЕ ЗНАЕТ ГРАНИЦ:\nСПАСАТЕЛИ ДВУХ СТРАН\nОТРАБОТАЛИ "
           "СОВМЕСТНЫЕ\nДЕЙСТВИЯ\n\nВо вторник и среду в Канибадамском\nрайоне прошли совместные учения Ко-\nмитета по "
           "чрезвычайным ситуациям при Правительстве\nРеспублики Таджикистан и Министерства\nпо чрезвычайным ситуациям "
           "Республики\nУзбекистан.\n\nПринимающей стороной выступил КЧС.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "СЕЛЬ НЕ ЗНАЕТ ГРАНИЦ: СПАСАТЕЛИ ДВУХ СТРАН ОТРАБОТАЛИ СОВМЕСТНЫЕ ДЕЙСТВИЯ"
    assert ("Во вторник и среду в Канибадамском районе прошли совместные учения Комитета по чрезвычайным ситуациям "
            "при Правительстве Республики Таджикистан и Министерства по чрезвычайным ситуациям Республики "
            "Узбекистан.") in cleaned.text
    assert "Узбекистан.\n\nПринимающей стороной" in cleaned.text


def test_a_column_paragraph_opens_on_a_capital_and_an_open_quotation_goes_on():
    raw = ("ВЕЧЕРНИЙ БИШКЕК             14 октября 2013 г.             7\n\nДИАЛОГ О РИСКАХ\n\n"
           "10–12 октября в Бишкеке прошла\nПервая региональная министерская\nконференция по снижению риска\n"
           "бедствий. Ее организовали при\nподдержке программы «Центральная Азия +\nЯпония».\n\n"
           "Участники приняли итоговое заявление.\n")
    cleaned = clean_text(raw)
    assert cleaned.published == date(2013, 10, 14)
    assert cleaned.title == "ДИАЛОГ О РИСКАХ"
    assert cleaned.text.startswith("ДИАЛОГ О РИСКАХ\n\n10–12 октября в Бишкеке прошла Первая региональная "
                                   "министерская конференция по снижению риска бедствий.")
    assert "«Центральная Азия + Япония»." in cleaned.text
    assert "ВЕЧЕРНИЙ" not in cleaned.text  # (the masthead, its name in capitals, is no dateline's town)


def test_a_date_line_with_the_rubric_of_the_item_is_no_dateline():
    raw = ("Новости ООН\n\n24 августа 2011 Гуманитарная помощь\n\nУВКБ ООН передало спасателям юга Кыргызстана "
           "автомобиль\n\nУВКБ ООН передало Министерству чрезвычайных ситуаций Кыргызстана партию оборудования. "
           "Церемония передачи прошла во вторник в Оше.\n")
    cleaned = clean_text(raw)
    assert cleaned.published == date(2011, 8, 24)
    assert "Гуманитарная помощь" not in cleaned.text


def test_an_aggregators_service_line_is_chrome_over_the_page_and_under_it():
    raw = ("ReliefWeb\nInforming humanitarians worldwide\nA service provided by UN OCHA\n\nNDMA and Kazakh ministry "
           "sign MoU\n\nPakistan's National Disaster Management Authority and the Ministry of Emergency Situations of "
           "Kazakhstan signed a memorandum on Friday.\n\nA service provided by the United Nations Office for the "
           "Coordination of Humanitarian Affairs (OCHA).\n")
    cleaned = clean_text(raw)
    assert "OCHA" not in cleaned.text and "signed a memorandum on Friday." in cleaned.text


def test_a_headline_over_a_wrapped_lead_stays_a_headline():
    raw = ("Спасатели двух стран провели учения\nВо вторник в Канибадамском районе прошли\nсовместные учения "
           "спасателей Таджикистана и Узбекистана.\n")
    assert clean_text(raw).title == "Спасатели двух стран провели учения"


def test_the_office_and_kind_of_the_item_under_the_headline_are_no_headline():
    raw = ("OSCE supports regional workshop on landscape fire management in Almaty\n\nProgramme Office in Astana | "
           "Press release\n\nALMATY, 13 June 2025 – Fire specialists from four Central Asian countries spent three "
           "days in Almaty this week.\n")
    assert clean_text(raw).title == "OSCE supports regional workshop on landscape fire management in Almaty"


def test_a_list_of_other_news_under_their_days_is_chrome():
    raw = ("Спасатели обсудили сеть центров реагирования\n\nВо вторник в Москве прошло заседание рабочей группы "
           "совета по чрезвычайным ситуациям.\nПо итогам заседания руководители делегаций подписали протокол.\n"
           "- 12.11.2025Состоялось заседание Координационного совета по противодействию незаконной миграции\n"
           "- 10 ноября 2025 Генеральный секретарь выступил на конференции в Минске\n")
    cleaned = clean_text(raw)
    assert "миграции" not in cleaned.text and "Минске" not in cleaned.text
    assert cleaned.text.rstrip().endswith("подписали протокол.")


def test_a_running_head_where_a_page_breaks_a_sentence_goes_and_the_sentence_joins():
    raw = ("О заседании Совета\n\nСтороны обсудили подготовку спасателей. По итогам\n\nИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ "
           "ИСПОЛНИТЕЛЬНОГО КОМИТЕТА СНГ          № 10 (2022)\n\nвстречи главы ведомств подписали План совместных "
           "мероприятий.\n\nОчередное заседание Совета планируется провести в 2023 году.\n")
    text = clean_text(raw).text
    assert "БЮЛЛЕТЕНЬ" not in text and "По итогам встречи главы ведомств подписали План" in text


def test_a_footer_under_a_rule_on_two_pages_goes_however_long():
    footer = "Бюллетень издается при поддержке Швейцарского управления по развитию и сотрудничеству (SDC)"
    rule = "_" * 60
    raw = (f"ИТОГИ ГОДА\n\nМинистерство расширило круг международных контактов за два года.\n\n{rule}\n{footer}\n\n"
           f"МЧС КР · ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ · № 1   3\n\nВ октябре в Бишкеке прошла конференция.\n\n{rule}\n{footer}\n")
    text = clean_text(raw).text
    assert "Швейцарского" not in text and "В октябре в Бишкеке прошла конференция." in text


def test_the_first_item_of_a_chronicle_under_its_lead_paragraph_is_no_date_line():
    raw = ("ХРОНИКА РЕГИОНАЛЬНОГО СОТРУДНИЧЕСТВА\n(сентябрь 2015 г. – сентябрь 2016 г.)\n\nВ настоящем разделе бюллетеня "
           "собраны основные события минувшего года в сфере взаимодействия по вопросам предупреждения чрезвычайных "
           "ситуаций.\n\n22 сентября 2015 г., г. Сочи (Российская Федерация)\nСостоялось заседание Координационного "
           "совета по чрезвычайным ситуациям государств – членов ОДКБ.\n")
    cleaned = clean_text(raw)
    assert cleaned.published is None and "22 сентября 2015 г., г. Сочи" in cleaned.text


def test_a_running_head_within_a_paragraph_before_a_name_in_capitals_goes():
    raw = ("Хроника\n\nНа полях совещания, 24 августа, министр по чрезвычайным ситуациям Республики Казахстан и\n"
           "министр по чрезвычайным ситуациям Республики Узбекистан\n\n                         17\n"
           "ВЕСТНИК ЦЧССРБ · № 3 (2019)\n\nАбдулла Кулдашев утвердили план.\n\nСобытия года\n\n"
           "ВЕСТНИК ЦЧССРБ · № 3 (2019)\n\nВ Бишкеке прошла встреча.\n")
    text = clean_text(raw).text
    assert "министр по чрезвычайным ситуациям Республики Узбекистан Абдулла Кулдашев утвердили план." in text
    # (a heading before the head is no paragraph cut short: the head goes, the heading stays a line of its own)
    assert "События года\n" in text
