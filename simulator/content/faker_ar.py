"""Our Faker provider for the Arabic locales: plausible regional Arabic names without
titles, Arabic city names, and user names and e-mail addresses in Latin letters that
are that same person's name transliterated (as real users write them).

One persona is one person: ``first_name``, ``last_name``, ``name``, ``user_name`` and the
e-mail methods all describe the person picked after the last ``reset()``; ``other_name``
and ``other_first_name`` give someone else (a friend, a bully, a parent).
"""

from __future__ import annotations

from faker.providers import BaseProvider

# (Arabic, transliteration) pairs. Transliterations follow how users spell their own
# names in handles and addresses in each region (Egyptian "Mohamed", Gulf "Abdulla").
_MALE = {
    "common": [
        ("محمد", "mohamed"),
        ("أحمد", "ahmed"),
        ("علي", "ali"),
        ("عمر", "omar"),
        ("خالد", "khaled"),
        ("يوسف", "youssef"),
        ("حسن", "hassan"),
        ("إبراهيم", "ibrahim"),
        ("مصطفى", "mostafa"),
        ("كريم", "karim"),
        ("طارق", "tarek"),
        ("سامي", "sami"),
    ],
    "EG": [
        ("محمود", "mahmoud"),
        ("عمرو", "amr"),
        ("شريف", "sherif"),
        ("هاني", "hany"),
        ("وليد", "waleed"),
        ("أيمن", "ayman"),
        ("حازم", "hazem"),
        ("إسلام", "eslam"),
        ("مينا", "mina"),
        ("بيشوي", "bishoy"),
        ("زياد", "ziad"),
        ("مروان", "marwan"),
    ],
    "GULF": [
        ("عبدالله", "abdulla"),
        ("سعود", "saud"),
        ("فهد", "fahad"),
        ("سلطان", "sultan"),
        ("راشد", "rashed"),
        ("ناصر", "nasser"),
        ("تركي", "turki"),
        ("بندر", "bandar"),
        ("حمد", "hamad"),
        ("مشعل", "mishal"),
        ("ماجد", "majed"),
        ("نايف", "naif"),
    ],
    "LEVANT": [
        ("محمد", "mohammad"),
        ("رامي", "rami"),
        ("فادي", "fadi"),
        ("باسل", "basel"),
        ("عمر", "omar"),
        ("يزن", "yazan"),
        ("ليث", "laith"),
        ("أنس", "anas"),
        ("معاذ", "moath"),
        ("قصي", "qusai"),
        ("إياد", "iyad"),
        ("سامر", "samer"),
    ],
    "MAGHREB": [
        ("محمد", "mohamed"),
        ("أمين", "amine"),
        ("ياسين", "yacine"),
        ("رياض", "riad"),
        ("سفيان", "soufiane"),
        ("نبيل", "nabil"),
        ("عادل", "adel"),
        ("مهدي", "mehdi"),
        ("إلياس", "ilyes"),
        ("بلال", "bilal"),
        ("رضا", "reda"),
        ("وسيم", "wassim"),
    ],
}
_FEMALE = {
    "common": [
        ("فاطمة", "fatima"),
        ("مريم", "mariam"),
        ("سارة", "sara"),
        ("نور", "nour"),
        ("ليلى", "layla"),
        ("هدى", "huda"),
        ("ياسمين", "yasmin"),
        ("آية", "aya"),
        ("رنا", "rana"),
        ("دينا", "dina"),
        ("سلمى", "salma"),
        ("منى", "mona"),
    ],
    "EG": [
        ("شيماء", "shaimaa"),
        ("إسراء", "esraa"),
        ("ندى", "nada"),
        ("هبة", "heba"),
        ("مروة", "marwa"),
        ("رحاب", "rehab"),
        ("بسمة", "basma"),
        ("منة", "menna"),
        ("مارينا", "marina"),
        ("جيهان", "gihan"),
        ("حبيبة", "habiba"),
        ("يارا", "yara"),
    ],
    "GULF": [
        ("نورة", "noura"),
        ("العنود", "alanoud"),
        ("مها", "maha"),
        ("شهد", "shahad"),
        ("ريم", "reem"),
        ("لطيفة", "latifa"),
        ("حصة", "hessa"),
        ("جواهر", "jawaher"),
        ("عائشة", "aisha"),
        ("موزة", "moza"),
        ("غلا", "ghala"),
        ("دانة", "dana"),
    ],
    "LEVANT": [
        ("رزان", "razan"),
        ("لين", "leen"),
        ("تالا", "tala"),
        ("دانا", "dana"),
        ("رهف", "rahaf"),
        ("بيان", "bayan"),
        ("سجى", "saja"),
        ("هبة", "hiba"),
        ("روان", "rawan"),
        ("ديما", "dima"),
        ("جنى", "jana"),
        ("عبير", "abeer"),
    ],
    "MAGHREB": [
        ("أمينة", "amina"),
        ("خديجة", "khadija"),
        ("سهام", "siham"),
        ("إيمان", "imane"),
        ("وفاء", "wafa"),
        ("نسرين", "nesrine"),
        ("سميرة", "samira"),
        ("ليندة", "linda"),
        ("كنزة", "kenza"),
        ("ريمة", "rima"),
        ("صبرينة", "sabrina"),
        ("أسماء", "asma"),
    ],
}
_LAST = {
    "EG": [
        ("عبد الرحمن", "abdelrahman"),
        ("السيد", "elsayed"),
        ("مصطفى", "mostafa"),
        ("إبراهيم", "ibrahim"),
        ("حسن", "hassan"),
        ("الشافعي", "elshafei"),
        ("عبد العزيز", "abdelaziz"),
        ("فؤاد", "fouad"),
        ("منصور", "mansour"),
        ("النجار", "elnaggar"),
        ("شحاتة", "shehata"),
        ("جرجس", "girgis"),
        ("عبد الحميد", "abdelhamid"),
        ("سليمان", "soliman"),
        ("الجندي", "elgendy"),
    ],
    "SA": [
        ("العتيبي", "alotaibi"),
        ("القحطاني", "alqahtani"),
        ("الغامدي", "alghamdi"),
        ("الشهري", "alshehri"),
        ("الدوسري", "aldosari"),
        ("الحربي", "alharbi"),
        ("الزهراني", "alzahrani"),
        ("المطيري", "almutairi"),
        ("العنزي", "alanazi"),
        ("السبيعي", "alsubaie"),
        ("الشمري", "alshammari"),
        ("العمري", "alomari"),
    ],
    "AE": [
        ("المزروعي", "almazrouei"),
        ("الكعبي", "alkaabi"),
        ("الشامسي", "alshamsi"),
        ("النعيمي", "alnuaimi"),
        ("الظاهري", "aldhaheri"),
        ("المنصوري", "almansoori"),
        ("الهاشمي", "alhashmi"),
        ("السويدي", "alsuwaidi"),
        ("الفلاسي", "alfalasi"),
        ("المهيري", "almheiri"),
        ("الرميثي", "alromaithi"),
        ("البلوشي", "albalushi"),
    ],
    "BH": [
        ("آل خليفة", "alkhalifa"),
        ("الدوسري", "aldosari"),
        ("المناعي", "almannai"),
        ("الجلاهمة", "aljalahma"),
        ("الكوهجي", "alkooheji"),
        ("المحميد", "almahmeed"),
        ("فخرو", "fakhro"),
        ("كانو", "kanoo"),
        ("الزياني", "alzayani"),
        ("البنعلي", "albinali"),
        ("الموسوي", "almousawi"),
        ("الحايكي", "alhaiki"),
    ],
    "JO": [
        ("العبادي", "alabbadi"),
        ("المجالي", "almajali"),
        ("الخوالدة", "alkhawaldeh"),
        ("الزعبي", "alzoubi"),
        ("الطراونة", "altarawneh"),
        ("الحياري", "alhiyari"),
        ("النسور", "alnsour"),
        ("العمري", "alomari"),
        ("الرواشدة", "alrawashdeh"),
        ("بني هاني", "banihani"),
        ("الشوبكي", "alshobaki"),
        ("حداد", "haddad"),
    ],
    "PS": [
        ("الخطيب", "alkhatib"),
        ("عودة", "odeh"),
        ("البرغوثي", "barghouti"),
        ("الشريف", "alsharif"),
        ("أبو غوش", "abughosh"),
        ("النتشة", "natsheh"),
        ("الحسيني", "husseini"),
        ("صالح", "saleh"),
        ("قاسم", "qasem"),
        ("حمدان", "hamdan"),
        ("عيسى", "issa"),
        ("الطويل", "altaweel"),
    ],
    "DZ": [
        ("بن علي", "benali"),
        ("بوزيد", "bouzid"),
        ("بلقاسم", "belkacem"),
        ("حمادي", "hamadi"),
        ("مداني", "medani"),
        ("بن عمر", "benamar"),
        ("سعيدي", "saidi"),
        ("زروقي", "zerrouki"),
        ("بوعلام", "boualem"),
        ("شريفي", "cherifi"),
        ("بلعيد", "belaid"),
        ("مسعودي", "messaoudi"),
    ],
}
_CITIES = {
    "EG": [
        "القاهرة",
        "الإسكندرية",
        "الجيزة",
        "المنصورة",
        "طنطا",
        "أسيوط",
        "الأقصر",
        "أسوان",
        "بورسعيد",
        "الإسماعيلية",
        "الزقازيق",
        "المنيا",
    ],
    "SA": [
        "الرياض",
        "جدة",
        "مكة المكرمة",
        "المدينة المنورة",
        "الدمام",
        "الخبر",
        "الطائف",
        "تبوك",
        "أبها",
        "بريدة",
        "حائل",
        "جازان",
    ],
    "AE": [
        "دبي",
        "أبوظبي",
        "الشارقة",
        "العين",
        "عجمان",
        "رأس الخيمة",
        "الفجيرة",
        "أم القيوين",
        "خورفكان",
        "دبا الحصن",
    ],
    "BH": [
        "المنامة",
        "المحرق",
        "الرفاع",
        "مدينة عيسى",
        "مدينة حمد",
        "سترة",
        "البديع",
        "جدحفص",
        "عالي",
        "الحد",
    ],
    "JO": [
        "عمّان",
        "إربد",
        "الزرقاء",
        "العقبة",
        "السلط",
        "مادبا",
        "الكرك",
        "جرش",
        "المفرق",
        "عجلون",
        "معان",
        "الرمثا",
    ],
    "PS": [
        "رام الله",
        "نابلس",
        "الخليل",
        "بيت لحم",
        "جنين",
        "غزة",
        "طولكرم",
        "قلقيلية",
        "أريحا",
        "خان يونس",
        "بيت ساحور",
        "سلفيت",
    ],
    "DZ": [
        "الجزائر",
        "وهران",
        "قسنطينة",
        "عنابة",
        "سطيف",
        "البليدة",
        "باتنة",
        "تلمسان",
        "بجاية",
        "تيزي وزو",
        "بسكرة",
        "الشلف",
    ],
}
_PHONES = {
    "EG": ["+20 10# ### ####", "+20 11# ### ####", "+20 12# ### ####", "+20 15# ### ####"],
    "SA": ["+966 5# ### ####"],
    "AE": ["+971 5# ### ####"],
    "BH": ["+973 3### ####"],
    "JO": ["+962 7# ### ####"],
    "PS": ["+970 59# ### ###", "+970 56# ### ###"],
    "DZ": ["+213 5## ## ## ##", "+213 6## ## ## ##", "+213 7## ## ## ##"],
}
_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "hotmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
]
# Each supported locale: (country, region of its first names).
LOCALES = {
    "ar_EG": ("EG", "EG"),
    "ar_SA": ("SA", "GULF"),
    "ar_AE": ("AE", "GULF"),
    "ar_BH": ("BH", "GULF"),
    "ar_JO": ("JO", "LEVANT"),
    "ar_PS": ("PS", "LEVANT"),
    "ar_DZ": ("DZ", "MAGHREB"),
    "ar_AA": ("*", "*"),  # pan-Arab: anyone from any region
}
Pair = tuple[str, str]


def _pool(table: dict[str, list[Pair]], region: str) -> list[Pair]:
    if region == "*":
        return [p for rows in table.values() for p in rows]
    return table["common"] + table[region]


class ArabicPersonProvider(BaseProvider):
    """Regional Arabic people for one locale (see the module docstring)."""

    def __init__(self, generator: object, locale: str) -> None:
        super().__init__(generator)
        country, region = LOCALES[locale]
        self._male = _pool(_MALE, region)
        self._female = _pool(_FEMALE, region)
        if country == "*":
            self._last = [p for rows in _LAST.values() for p in rows]
            self._cities = [c for rows in _CITIES.values() for c in rows]
            self._phones = [p for rows in _PHONES.values() for p in rows]
        else:
            self._last = _LAST[country]
            self._cities = _CITIES[country]
            self._phones = _PHONES[country]
        self._person: tuple[Pair, Pair, bool] | None = None

    def reset(self) -> None:
        """Forget the current person; the next name call picks a new one."""
        self._person = None

    def _pick(self, female: bool | None = None) -> tuple[Pair, Pair, bool]:
        if female is None:
            female = self.generator.random.random() < 0.5
        first = self.random_element(self._female if female else self._male)
        return first, self.random_element(self._last), female

    def _current(self) -> tuple[Pair, Pair, bool]:
        if self._person is None:
            self._person = self._pick()
        return self._person

    def first_name(self) -> str:
        return self._current()[0][0]

    def last_name(self) -> str:
        return self._current()[1][0]

    def name(self) -> str:
        first, last, _ = self._current()
        return f"{first[0]} {last[0]}"

    def _gendered(self, female: bool) -> tuple[Pair, Pair, bool]:
        # Asked before any other name, a gendered name is the persona itself (a scenario
        # whose user must be a woman declares ``name: name_female``), so that user_name
        # and the e-mail methods then describe the same person.
        if self._person is None:
            self._person = self._pick(female)
            return self._person
        return self._pick(female)

    def first_name_male(self) -> str:
        return self._gendered(False)[0][0]

    def first_name_female(self) -> str:
        return self._gendered(True)[0][0]

    def name_male(self) -> str:
        first, last, _ = self._gendered(False)
        return f"{first[0]} {last[0]}"

    def name_female(self) -> str:
        first, last, _ = self._gendered(True)
        return f"{first[0]} {last[0]}"

    def other_name(self) -> str:
        """Someone other than the persona (a friend, a parent, the other side)."""
        first, last, _ = self._pick()
        return f"{first[0]} {last[0]}"

    def other_first_name(self) -> str:
        return self._pick()[0][0]

    def user_name(self) -> str:
        first, last, _ = self._current()
        # Handles are stable per person: the same seed gives the same pattern.
        number = self.generator.random.randint(1, 99)
        pattern = self.generator.random.randint(0, 4)
        if pattern == 0:
            return f"{first[1]}.{last[1]}"
        if pattern == 1:
            return f"{first[1]}_{last[1]}{number}"
        if pattern == 2:
            return f"{first[1]}{number}"
        if pattern == 3:
            return f"{first[1][0]}{last[1]}"
        return f"{first[1]}.{last[1][:4]}{number}"

    def _address(self) -> str:
        first, last, _ = self._current()
        pattern = self.generator.random.randint(0, 2)
        local = (
            f"{first[1]}.{last[1]}",
            f"{first[1]}{last[1]}{self.generator.random.randint(1, 99)}",
            f"{first[1][0]}.{last[1]}",
        )[pattern]
        return local.replace(" ", "")

    def free_email(self) -> str:
        return f"{self._address()}@{self.random_element(_DOMAINS)}"

    def email(self, safe: bool = True, domain: str | None = None) -> str:
        return f"{self._address()}@{domain or self.random_element(_DOMAINS)}"

    def safe_email(self) -> str:
        return f"{self._address()}@example.com"

    def city(self) -> str:
        return self.random_element(self._cities)

    def phone_number(self) -> str:
        return self.numerify(self.random_element(self._phones))
