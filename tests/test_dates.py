"""Dates as the press writes them, resolved to ISO dates (publication date 2024-08-16, a Friday)."""

from datetime import date

import pytest

from kg.extract.dates import find_dates, parse_date, stamp_spans

PUBLISHED = date(2024, 8, 16)


@pytest.mark.parametrize("text, start, end", [
    ("15 августа 2024 года в г. Чолпон-Ата", "2024-08-15", None),
    ("15 августа 2024 г.", "2024-08-15", None),
    ("15.08.2024", "2024-08-15", None),
    ("15.08.24", "2024-08-15", None),
    ("2024-08-15", "2024-08-15", None),
    ("с 23 по 25 августа 2017 года", "2017-08-23", "2017-08-25"),
    ("14-15 августа", "2024-08-14", "2024-08-15"),
    ("4–6 октября 2022 года", "2022-10-04", "2022-10-06"),
    ("с 30 сентября по 2 октября 2024 г.", "2024-09-30", "2024-10-02"),
    ("14–15.08.2024", "2024-08-14", "2024-08-15"),
    # (a dash typed as two hyphens, as plain text and PDFs have it)
    ("10--12 ноября 2015 года", "2015-11-10", "2015-11-12"),
    ("November 10 -- 12, 2015", "2015-11-10", "2015-11-12"),
    ("в августе 2024 года", "2024-08", None),
    ("в мае 1998 года", "1998-05", None),
    ("в 2013 году", "2013", None),
    ("August 14-15, 2024", "2024-08-14", "2024-08-15"),
    ("on 12 July 2019", "2019-07-12", None),
    ("March 7, 2017", "2017-03-07", None),
    ("2024 жылғы 15 тамызда", "2024-08-15", None),
    ("2023 жылғы тамызда", "2023-08", None),
    ("2023 жылы", "2023", None),
    ("вчера", "2024-08-15", None),
    ("в четверг", "2024-08-15", None),
    ("в прошлом году", "2023", None),
    ("в прошлом месяце", "2024-07", None),
    ("23 мая", "2024-05-23", None),
])
def test_date_forms(text, start, end):
    found = find_dates(text, PUBLISHED)
    assert [(d.start_date, d.end_date) for d in found] == [(start, end)]


@pytest.mark.parametrize("text, start", [
    ("Заседание пройдет во вторник в Сочи.", "2024-08-20"),        # future tense: the next Tuesday
    ("The meeting will open on Monday.", "2024-08-19"),
    ("в следующую среду", "2024-08-21"),
    ("Церемония прошла в прошлый четверг.", "2024-08-15"),        # the latest Thursday
    # (the future of another part of the sentence, past a semicolon, is not the weekday's)
    ("В среду в Бишкеке ЮНИСЕФ провёл для спасателей однодневный тренинг; подобные занятия позже пройдут в Оше.",
     "2024-08-14"),
    ("В среду в Бишкеке пройдут учения; в них примут участие спасатели.", "2024-08-21"),
    ("last Friday", "2024-08-16"),
    ("В январе такую же партию передали Кыргызстану.", "2024-01"),  # a month without a year
    ("in early May the team arrived", "2024-05"),
])
def test_weekdays_and_months_against_publication(text, start):
    assert [d.start_date for d in find_dates(text, PUBLISHED)] == [start]


@pytest.mark.parametrize("text, start, end", [
    ("on Wednesday and Thursday", "2024-08-14", "2024-08-15"),
    ("с понедельника по среду", "2024-08-12", "2024-08-14"),
    ("в среду и четверг", "2024-08-14", "2024-08-15"),
])
def test_two_weekdays_make_a_range(text, start, end):
    assert [(d.start_date, d.end_date) for d in find_dates(text, PUBLISHED)] == [(start, end)]


@pytest.mark.parametrize("text", ["охрана окружающей среды", "экологическая среда"])
def test_no_weekday_without_its_preposition(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text, day", [
    ("Визит продлится до пятницы.", "2024-08-23"),
    ("Учения продлятся по 2 октября.", "2024-10-02"),
    ("The exhibition runs until 20 August.", "2024-08-20"),
])
def test_a_date_after_until_is_an_end(text, day):
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.start_date, mention.until) == (day, True)


@pytest.mark.parametrize("text, start", [
    ("на июнь будущего года", "2025-06"),
    ("в июне прошлого года", "2023-06"),
    ("in May next year", "2025-05"),
    ("в следующем году", "2025"),
])
def test_a_month_of_a_year_told_relative_to_publication(text, start):
    assert [d.start_date for d in find_dates(text, PUBLISHED)] == [start]


def test_a_list_of_years_gives_each_year():
    found = find_dates("Минск принимал заседания в 2012, 2017 и 2023 годах.", PUBLISHED)
    assert [d.start_date for d in found] == ["2012", "2017", "2023"]
    assert [d.text for d in found] == ["2012", "2017", "2023"]


@pytest.mark.parametrize("text, start, end", [
    ("В минувшие выходные прошли учения.", "2024-08-10", "2024-08-11"),   # published on a Friday
    ("last weekend", "2024-08-10", "2024-08-11"),
    ("на прошлой неделе", "2024-08", None),
    ("earlier this week", "2024-08", None),
    ("На следующей неделе пройдут учения.", "2024-08", None), ("next week", "2024-08", None),
])
def test_weekends_and_weeks(text, start, end):
    assert [(d.start_date, d.end_date) for d in find_dates(text, PUBLISHED)] == [(start, end)]


@pytest.mark.parametrize("text, dates", [
    ("В феврале прошлого года ... Мы подписали его в ноябре того же года.", ["2023-02", "2023-11"]),
    ("В 2016 году мы встречались. Осенью того же года прошло заседание.", ["2016", "2016"]),
    ("In 2019 they met. Later that year they signed.", ["2019", "2019"]),
    ("В июне 2018 года подписан меморандум. 12 сентября того же года подписано соглашение.", ["2018-06", "2018-09-12"]),
])
def test_the_same_year_as_the_date_before(text, dates):
    assert [d.start_date for d in find_dates(text, PUBLISHED)] == dates


def test_the_same_year_is_told_from_the_text_not_from_the_day_of_publication():
    text = "В июне 2018 года подписан меморандум. 12 сентября того же года подписано соглашение."
    assert [(d.start_date, d.relative) for d in find_dates(text, None)] == [("2018-06", False), ("2018-09-12", False)]


@pytest.mark.parametrize("text, start", [
    ("Двадцать третьего мая прошли учения.", "2024-05-23"),
    ("первого июня 2020 года", "2020-06-01"),
    ("23.V.2019", "2019-05-23"),
])
def test_dates_in_words_and_roman_months(text, start):
    assert [d.start_date for d in find_dates(text, PUBLISHED)] == [start]


def test_a_month_far_after_publication_is_last_years():
    assert [d.start_date for d in find_dates("в октябре", date(2024, 2, 10))] == ["2023-10"]


def test_a_month_with_its_year_is_not_read_twice():
    assert [d.start_date for d in find_dates("в мае 2015 года и в июне", PUBLISHED)] == ["2015-05", "2024-06"]


def test_a_day_far_after_publication_is_last_years():
    (mention,) = find_dates("20 декабря", date(2024, 2, 10))
    assert mention.start_date == "2023-12-20"


def test_offsets_point_into_the_text():
    text = "Форум прошёл 15 августа 2024 года в Чолпон-Ате."
    (mention,) = find_dates(text, None)
    assert text[mention.start:mention.end] == "15 августа 2024 года"


@pytest.mark.parametrize("text", ["31.02.2024", "в четверг", "15 августа"])
def test_no_date_without_enough_information(text):
    assert find_dates(text, None) == []


def test_parse_date_takes_the_first_full_date():
    assert parse_date("Опубликовано 07.12.2021 10:32") == date(2021, 12, 7)
    assert parse_date("нет даты") is None


@pytest.mark.parametrize("text, day", [
    ("16 октября он встретился с председателем Комитета. В тот же день министр принял делегацию.", "2019-10-16"),
    ("On 16 October the minister met UNDP. On the same day he received the ambassador.", "2019-10-16"),
])
def test_the_same_day_is_the_day_told_before(text, day):
    found = find_dates(text, date(2019, 10, 17))
    assert [d.start_date for d in found] == [day, day]


@pytest.mark.parametrize("text, day", [
    # the one day told last, over paragraphs of talk
    ("В среду делегация провела переговоры. Стороны обсудили обмен данными.\n\nОсобое внимание уделили прогнозам. "
     "Регион сталкивается с засухой.\n\nПо итогам подписан меморандум. Он предусматривает обмен данными.\n\n«Это "
     "важно», — отметил начальник отдела.\n\nВ тот же день делегация встретилась с секретариатом Совета.",
     "2024-10-16"),
    # (not the end of a gathering, "до 12 сентября", nor a day after which a range was told)
    ("Сегодня начал работу тренинг. Тренинг продлится до 12 сентября.\n\nВ нем участвуют сотрудники. Эксперты "
     "расскажут о системе. Участники посетят школы. Будут проведены учения.\n\nВ тот же день хоким провел встречу.",
     None),
])
def test_the_same_day_far_after_the_one_day_told_before(text, day):
    found = find_dates(text, date(2024, 10, 18))
    same = [d.start_date for d in found if d.text.lower().startswith("в тот же день")]
    assert same == ([day] if day else [])


def test_the_same_day_is_not_the_day_a_disaster_struck():
    text = ("Сегодня группа спасателей МЧС Кыргызстана вылетела в Турцию, где накануне произошло землетрясение. В тот "
            "же день в Турцию вылетел самолет МЧС Казахстана.")
    found = find_dates(text, date(2023, 2, 7))
    assert [d.start_date for d in found if d.text.lower().startswith("в тот же день")] in ([], ["2023-02-07"])


@pytest.mark.parametrize("text, days", [
    # the last day told, however many sentences of talk lie between
    ("Во вторник, 14 марта, состоялись переговоры. Стороны обсудили обмен информацией. Отдельно говорили о "
     "подготовке кадров. На следующий день состоялась встреча в Центре.", ["2023-03-14", "2023-03-15"]),
    ("The talks were held on 14 March. The following day, the delegation visited the Center.",
     ["2023-03-14", "2023-03-15"]),
])
def test_the_next_day_is_the_day_after_the_one_told_before(text, days):
    assert [d.start_date for d in find_dates(text, date(2023, 3, 17))] == days


def test_from_one_weekday_to_another():
    found = find_dates("На прошлой неделе, со вторника по четверг, в Оренбурге находилась делегация.", date(2013, 6, 10))
    assert [(d.start_date, d.end_date) for d in found if d.end_date] == [("2013-06-04", "2013-06-06")]


@pytest.mark.parametrize("text, value", [
    ("договоренностей, достигнутых 30 мая прошлого года в Урумчи", "2024-05-30"),
    ("the sides first met on 5 June last year", "2024-06-05"),
    ("учения прошли 12 марта этого года", "2025-03-12"),
    ("Да, 14–15 августа прошлого года в селе Бостери", "2024-08-14"),
])
def test_a_day_of_a_year_told_relative_to_publication(text, value):
    assert [d.start_date for d in find_dates(text, date(2025, 3, 20))] == [value]


@pytest.mark.parametrize("text, month", [
    ("в ноябре глава КЧС принял делегацию", "2017-11"),  # ("глава" is no year word "г")
    ("В ноябре гуманитарная помощь поступила в Душанбе", "2017-11"),
    ("Итоги года.\nНоябрь — в ходе официальных переговоров в Душанбе подписано соглашение", "2017-11"),
    ("Итоги года.\nДекабрь — глава КЧС принял делегацию", "2017-12"),
    ("Review of the year.\nNovember: the minister met the ambassador", "2017-11"),
])
def test_a_month_without_its_year_and_a_month_heading_a_chronology_line(text, month):
    (found,) = find_dates(text, date(2018, 1, 5))
    assert found.start_date == month


def test_the_day_or_month_heading_each_item_of_a_digest_dates_it():
    text = ("Международное сотрудничество: итоги 2024 года\n🔹 30.05 | Урумчи, КНР\nПервое совещание министров.\n"
            "🔹 Ноябрь | Бишкек\nНа саммите подписано соглашение.\nОбъем помощи составил 12.5 тонны.")
    found = [(d.start_date, d.yearless) for d in find_dates(text, date(2024, 12, 31))]
    assert found == [("2024-05-30", True), ("2024-11", True)]  # (not the decimal 12.5 in a sentence)


@pytest.mark.parametrize("text, day", [
    # the future of a relative clause does not move the weekday of the main one
    ("China on Wednesday handed over to Kyrgyzstan a seismic network, which will help detect earthquakes faster.",
     "2018-10-03"),
    ("Китай в среду передал Кыргызстану сейсмическую сеть, которая поможет быстрее обнаруживать землетрясения.",
     "2018-10-03"),
    ("The ceremony will take place on Wednesday in Bishkek.", "2018-10-10"),
    # a verb of the perfective future, whatever its lemma, looks ahead; one in a clause of what was said does not
    ("Координационный совет проведет очередное заседание в среду в Сочи.", "2018-10-10"),
    ("Делегация посетит Бишкек в пятницу.", "2018-10-05"),
    ("В среду министр заявил, что Казахстан направит помощь соседям.", "2018-10-03"),
    # a verb of the past beside the weekday puts it behind, whatever clause of the future follows; a participle after
    # "will be" does not
    ("Pakistan and Kazakhstan on Friday signed an MoU that sets out how the two countries will cooperate.",
     "2018-09-28"),
    ("В пятницу стороны подписали меморандум, действие которого будет продлено.", "2018-09-28"),
    ("The memorandum will be signed on Friday.", "2018-10-05"),
])
def test_a_weekday_is_the_next_one_only_when_its_own_clause_speaks_of_the_future(text, day):
    (found,) = find_dates(text, date(2018, 10, 3))
    assert found.start_date == day


@pytest.mark.parametrize("text, span", [
    ("the joint exercises are to take place between September and December 2021", ("2021-09", "2021-12")),
    ("учения пройдут с сентября по декабрь", ("2021-09", "2021-12")),
    ("from November to February 2022 the teams trained", ("2021-11", "2022-02")),
])
def test_a_span_of_months(text, span):
    (found,) = find_dates(text, date(2021, 6, 9))
    assert (found.start_date, found.end_date) == span


@pytest.mark.parametrize("text, stamps", [
    ("Казахстан и Узбекистан подписали соглашение\n\n07.12.2021, 17:26\n\nДокумент подписан в ходе визита.",
     ["07.12.2021, 17:26"]),
    ("EU presents hazard assessments\n\nAlmaty, 24 November 2021\n\nThe assessments were presented last week.",
     ["Almaty, 24 November 2021"]),
    ("Опубликовано: 6 декабря 2021 года\nСоглашение подписано в Нур-Султане.", ["Опубликовано: 6 декабря 2021 года"]),
    # a newspaper's masthead in capitals beside the date of the issue
    ("3        ВЕЧЕРНИЙ АСТАНА      14 марта 2024 г.\nВчера в столице прошли переговоры.",
     ["3        ВЕЧЕРНИЙ АСТАНА      14 марта 2024 г."]),
    # (a headline in capitals that tells a date is news, not a stamp)
    ("RESCUERS OF TWO COUNTRIES TRAIN TOGETHER ON 14 MARCH 2024\nThe drill was held near Almaty.", []),
    # a date inside a sentence, and a day without its year, are no stamp
    ("Соглашение подписано 6 декабря 2021 года в Нур-Султане.", []),
    ("12 марта\nДелегация прибыла в Астану.", []),
    # a listing: each item is dated by the line above it
    ("12.03.2024\n\nДелегация прибыла в Астану.\n\n15.03.2024\n\nМЧС передало оборудование.", []),
])
def test_a_page_stamp_is_a_line_of_its_own_with_a_full_date(text, stamps):
    found = find_dates(text, date(2024, 3, 16))
    assert [text[a:b] for a, b in stamp_spans(text, found)] == stamps


def test_tomorrow_and_the_day_after():
    (tomorrow,) = find_dates("Завтра в Душанбе начнёт работу сессия платформы.", date(2016, 7, 11))
    (after,) = find_dates("Делегация вылетит в Ташкент послезавтра.", date(2016, 7, 11))
    assert (tomorrow.start_date, after.start_date) == ("2016-07-12", "2016-07-13")


@pytest.mark.parametrize("text, day", [
    ("ТАШКЕНТ, 3 мар — РИА Новости.", "2024-03-03"),
    ("БИШКЕК, 17 июн — Sputnik.", "2024-06-17"),
    ("ДУШАНБЕ, 2 июл — Sputnik.", "2024-07-02"),
])
def test_months_abbreviated_as_wires_write_them(text, day):
    (found,) = find_dates(text, date(2024, 7, 5))
    assert found.start_date == day


@pytest.mark.parametrize("text, year", [
    ("Зимой 2017 года республику накрыли лавины.", "2017"),
    ("In the winter of 2017 avalanches hit the republic.", "2017"),
    ("Осенью 2016 года сотрудничество продолжилось.", "2016"),
])
def test_a_season_of_a_year_gives_the_year(text, year):
    (found,) = find_dates(text, date(2023, 6, 5))
    assert found.start_date == year


@pytest.mark.parametrize("text, published, day", [
    # a narrative told in order: the day opens the sentence after one opened by its year
    ("Зимой 2017 года республику накрыли лавины. 25 февраля из Раменского вылетел Ил-76.", date(2023, 6, 5),
     "2017-02-25"),
    ("В мае 2016 года министр был в Москве.\n\nОсенью того же года сотрудничество продолжилось. 29 сентября в "
     "Ереване прошло заседание.", date(2023, 6, 5), "2016-09-29"),
    # the news of the last weeks stays of its year, and a sentence opened by a day is a sentence of its own
    ("В 2023 году центр провел 15 учений. 12 марта в Бишкеке прошла встреча.", date(2024, 3, 13), "2024-03-12"),
])
def test_a_day_without_its_year_after_a_sentence_opened_by_a_year(text, published, day):
    found = find_dates(text, published)
    assert found[-1].start_date == day


@pytest.mark.parametrize("text, day", [
    # a day told as coming later than the story told so far is of the year the story was last dated by
    ("Летом 2011 года юг Кыргызстана пострадал от землетрясения. Агентство выделило палатки.\n\n"
     "Месяц спустя, 23 августа, в Оше агентство передало технику.", "2011-08-23"),
    ("In 2019 floods hit the south. Rescuers came from Kazakhstan. A week later, on 30 August, aid arrived.",
     "2019-08-30"),
    ("В 2018 году стороны подписали план. Через месяц, 12 мая, прошли учения.", "2018-05-12"),
    # (without such words the day is the latest one before publication)
    ("Летом 2011 года юг Кыргызстана пострадал от землетрясения. Агентство выделило палатки.\n\n"
     "23 августа в Оше агентство передало технику.", "2020-08-23"),
])
def test_a_day_told_as_later_than_the_story_takes_its_year(text, day):
    assert find_dates(text, date(2021, 1, 20))[-1].start_date == day


@pytest.mark.parametrize("text, start", [
    ("В конце прошлого месяца прошла встреча.", "2021-10"),
    ("В середине минувшего месяца прошли учения.", "2021-10"),
    ("A month ago talks were held in Bishkek.", "2021-10"),
    ("Two days ago talks were held in Bishkek.", "2021-11-22"),
    ("Три дня назад в Бишкеке прошла встреча.", "2021-11-21"),
])
def test_days_and_months_counted_back_from_publication(text, start):
    (found,) = find_dates(text, date(2021, 11, 24))
    assert found.start_date == start and found.relative


@pytest.mark.parametrize("text, day, until", [
    ("The course runs until Thursday, October 10, at the centre.", "2024-10-10", True),
    ("В четверг, 10 октября, в Душанбе прошла встреча.", "2024-10-10", False),
])
def test_a_weekday_written_with_its_date_is_one_date(text, day, until):
    (found,) = find_dates(text, date(2024, 10, 10))
    assert (found.start_date, found.until) == (day, until)


@pytest.mark.parametrize("text, start, end", [
    ("В июле 2016 года, с 12 по 14 число, в Душанбе прошла первая сессия платформы.", "2016-07-12", "2016-07-14"),
    ("В марте 2011 года, 23 числа, в Минске собрался совет.", "2011-03-23", None),
    ("В июле прошлого года, начиная с\n18-го числа, в МИД проходил семинар.", "2020-07-18", None),
    ("В июле 2016 года прошло 12 встреч.", "2016-07", None),
])
def test_the_days_of_a_month_told_after_it_by_number(text, start, end):
    (found,) = find_dates(text, date(2021, 9, 20))
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize("text, dates", [
    ("Первая конференция собралась в Бишкеке осенью 2013 года, в октябре, и работала три дня.", ["2013", "2013-10"]),
    ("In 2013, in October, the conference met in Bishkek.", ["2013", "2013-10"]),
])
def test_a_month_told_right_after_a_year_is_of_that_year(text, dates):
    assert [d.start_date for d in find_dates(text, date(2019, 7, 12))] == dates


def test_a_weekday_after_a_verb_in_the_past_passive_is_behind():
    text = ("Three grant projects will be financed by the Government of Japan after notes were exchanged in Bishkek on "
            "Tuesday.")
    assert [d.start_date for d in find_dates(text, date(2017, 3, 7))] == ["2017-03-07"]


@pytest.mark.parametrize("published", [None, date(2024, 10, 25)])
def test_a_weekday_after_a_span_of_days_is_the_day_of_the_span_with_its_name(published):
    text = ("A delegation is paying a working visit to Kazakhstan from October 14 to 17, 2024.\n\nOn Tuesday, the "
            "guests held talks at the ministry. В среду делегация посетила центр.")
    days = [(d.text, d.start_date) for d in find_dates(text, published)]
    assert ("On Tuesday", "2024-10-15") in days
    assert ("В среду", "2024-10-16") in days


@pytest.mark.parametrize("text, year", [
    ("Германия, конец 2023 года.", "2023"),
    ("Весна 2021 года.", "2021"),
    ("Начало 2020 года: новые учения", "2020"),
    ("The study tour took place in late 2023.", "2023"),
    ("By the end of 2023 the centre opened.", "2023"),
    ("In spring 2021 the ministry signed it.", "2021"),
])
def test_a_part_of_a_year_named_in_the_nominative_or_in_english_is_that_year(text, year):
    assert [d.start_date for d in find_dates(text, date(2024, 10, 11))] == [year]


@pytest.mark.parametrize("text, said", [
    ("A delegation paid a visit.\n\nLast year, a group completed a course.", "Last year"),
    ("They met in spring last year.", "in spring last year"),
])
def test_a_year_before_opening_a_paragraph_begins_at_its_first_word(text, said):
    (found,) = find_dates(text, date(2025, 11, 14))
    assert (found.text, found.start_date, text[found.start:found.end]) == (said, "2024", said)


def test_days_of_a_chronicle_told_in_order_take_the_year_of_the_last_day_written_with_it():
    text = ("6 февраля 2023 г. юго-восток Турции пострадал от землетрясения. В тот же день страны заявили о готовности "
            "помочь.\n\n7 февраля вылетела группа.\n\nВ тот же день вылетел самолет.\n\n8 февраля прибыл второй эшелон.")
    days = [(d.text, d.start_date) for d in find_dates(text, date(2024, 1, 25), year_only=True)]
    assert days == [("6 февраля 2023 г.", "2023-02-06"), ("В тот же день", "2023-02-06"), ("7 февраля", "2023-02-07"),
                    ("В тот же день", "2023-02-07"), ("8 февраля", "2023-02-08")]


@pytest.mark.parametrize("text, days", [
    ("19 қыркүйекте Асқар Жұмабеков пен Шухрат Рахимов кездесу өткізді.", ["2024-09-19"]),
    ("Жұмагали Сенбиев жаттығуға қатысты.", []),
    ("Өткен жұмада министрлер кездесті.", ["2024-09-20"]),
    ("Сенбіде жаттығу өтті.", ["2024-09-14"]),
])
def test_a_kazakh_weekday_is_the_word_with_its_case_endings_not_the_surname_it_begins(text, days):
    assert [d.start_date for d in find_dates(text, date(2024, 9, 20))] == days


def test_a_place_and_a_year_heading_an_item_before_its_days():
    text = "Минск, 2011 год. 23–24 марта в Минске состоялось заседание Совета.\n\nЧолпон-Ата, 2013 год. 5–6 сентября\nСовет"
    assert [(d.text, d.start_date) for d in find_dates(text, date(2021, 5, 7)) if not d.yearless] == [
        ("Минск, 2011 год", "2011"), ("Чолпон-Ата, 2013 год", "2013")]


def test_a_year_on_a_line_of_its_own_is_no_part_of_the_day_below_it():
    found = [(d.text, d.start_date) for d in find_dates("2011\n20 июля 2011 года сильное землетрясение",
                                                        date(2021, 12, 1))]
    assert found == [("2011", "2011"), ("20 июля 2011 года", "2011-07-20")]
    # (on one line, a year before the day is still one date)
    assert [d.start_date for d in find_dates("2011 20 июля", date(2021, 12, 1))] == ["2011-07-20"]


def test_a_day_under_a_heading_that_names_a_year_is_of_that_year():
    text = ("ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ № 1 (январь 2025 г.)\n\n3. ХРОНИКА РЕГИОНАЛЬНОГО СОТРУДНИЧЕСТВА 2024 ГОДА\n\n"
            "30 мая, Урумчи (КНР). Министры провели встречу.\n\nУчения «Каспий-2026»\n\n14–15 августа, с. Бостери. "
            "Форум.\n\n5. ПЛАНЫ НА 2026 ГОД\n\n12 марта пройдёт семинар.")
    found = [(d.text, d.start_date) for d in find_dates(text, date(2025, 12, 31), year_only=True)]
    # (not the year of the bulletin, nor of a name; a later heading gives its own year)
    assert found == [("январь 2025 г.", "2025-01"), ("30 мая", "2024-05-30"), ("14–15 августа", "2024-08-14"),
                     ("12 марта", "2026-03-12")]


def test_a_year_heading_a_line_with_the_place_of_its_item():
    text = "Хроника.\n\n2016 год, Таджикистан\nТаджикистан принял учения.\n\n2019, Bishkek (Kyrgyzstan)\nA forum."
    assert [(d.text, d.start_date) for d in find_dates(text, date(2020, 5, 4))] == [
        ("2016 год", "2016"), ("2019", "2019")]
    # (not a year inside a sentence that goes on: "2016 год, по словам министра, стал …")
    assert find_dates("2016 год, по словам министра, стал удачным.", date(2020, 5, 4)) == []


@pytest.mark.parametrize("text, spans", [
    ("The course was held from March 28 to April 8, 2022.", [("2022-03-28", "2022-04-08")]),
    ("It ran May 30 – June 2, 2023.", [("2023-05-30", "2023-06-02")]),
    # (two days, not a span)
    ("Talks were held on March 28 and April 8.", [("2023-03-28", None), ("2023-04-08", None)]),
])
def test_an_english_span_of_two_months_with_the_month_before_each_day(text, spans):
    assert [(d.start_date, d.end_date) for d in find_dates(text, date(2023, 6, 10))] == spans


def test_a_day_within_the_span_the_last_full_date_gave_is_of_its_year():
    text = ("Вестник № 1 (2024). 23–25 августа 2017 года прошло совещание. В рамках совещания 23 августа министр "
            "встретился с генсеком. На полях совещания, 24 августа, министры утвердили план.")
    found = [(d.text, d.start_date) for d in find_dates(text, date(2024, 12, 31), year_only=True)]
    assert ("23 августа", "2017-08-23") in found and ("24 августа", "2017-08-24") in found
