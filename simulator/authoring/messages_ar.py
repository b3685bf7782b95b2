"""Arabic for the validator's messages (Qt-free).

``arabic(message)`` matches the English message against a table of patterns and
fills an Arabic template. Identifiers, keys, file names and quoted values stay in
Latin letters, each wrapped in Unicode isolates (U+2066 LRI ... U+2069 PDI) so the
bidi algorithm does not scramble them inside a right-to-left line. A message that
no pattern matches comes back unchanged, in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

LRI, PDI = "\u2066", "\u2069"

# "thread 'chat'", "example #2", "criterion 'c1'": the noun in front, in Arabic.
_NOUNS = {
    "thread": "المحادثة",
    "criterion": "المعيار",
    "criteria": "المعايير",
    "example": "المثال",
    "macro": "القالب",
    "term": "المصطلح",
    "step": "الخطوة",
    "team": "الفريق",
    "SOP": "الإجراء",
    "scenario": "السيناريو",
    "exam": "الاختبار",
    "persona": "الشخصية",
    "attachment": "المرفق",
    "event": "الحدث",
    "timeline": "الخط الزمني",
    "rubric": "سلم التقييم",
    "item": "البند",
    "section": "القسم",
    "back_office": "المكتب الخلفي",
}

_TYPES = {
    "nothing": "لا شيء",
    "true/false": "صح/خطأ",
    ".nan (not a number)": "‏.nan (ليس رقمًا)",
    "infinity": "ما لا نهاية",
    "a number that large": "رقمًا بهذا الحجم",
    "a number": "رقمًا",
    "text": "نصًّا",
    "a list": "قائمة",
    "a mapping": "جدول مفاتيح",
    "a mapping (key: value)": f"جدول مفاتيح ({LRI}key: value{PDI})",
    "true or false": "صح أو خطأ",
    "a whole number": "عددًا صحيحًا",
    "a number from -1e+15 to 1e+15": f"رقمًا من {LRI}-1e+15{PDI} إلى {LRI}1e+15{PDI}",
    "a list of texts": "قائمة نصوص",
}

# Whole subjects that are more than a noun and an id.
_WHATS = {
    "timeline event": "حدث الخط الزمني",
    "scenario": "السيناريو",
    "exam": "الاختبار",
    "SOP": "الإجراء",
    "scenario or SOP": "السيناريو أو الإجراء",
}


def iso(text: str) -> str:
    """``text`` kept left-to-right inside a right-to-left line."""
    return f"{LRI}{text}{PDI}" if text else text


def _what(text: str) -> str:
    """A subject such as ``thread 'chat'`` or ``example #2 (verdict: pass)``."""
    if text.strip() in _WHATS:
        return _WHATS[text.strip()]
    m = re.fullmatch(r"(\w+)((?: (?:#\d+|'[^']*'|\"[^\"]*\"))?)(.*)", text.strip())
    if m and m.group(1) in _NOUNS:
        rest = (m.group(2) + m.group(3)).strip()
        verdict = re.fullmatch(r"(#\d+) \(verdict: (\w+)\)", rest)
        if verdict:
            return f"{_NOUNS[m.group(1)]} {iso(verdict.group(1))} (الحكم: {iso(verdict.group(2))})"
        return f"{_NOUNS[m.group(1)]} {iso(rest)}".rstrip()
    return iso(text)


def _path(text: str) -> str:
    """``criterion 'c1'.check.mentions``: the subject in Arabic, the key path in Latin."""
    m = re.fullmatch(r"(.+?(?:'[^']*')?)\.([\w.\[\]]+)", text)
    if m:
        return f"{iso(m.group(2))} في {_what(m.group(1))}"
    return _what(text)


def _type(text: str) -> str:
    return _TYPES.get(text, iso(text))


def _hint(text: str | None) -> str:
    """`` (did you mean 'x'?)`` → ``، هل تقصد 'x'؟``."""
    if not text:
        return ""
    m = re.fullmatch(r" \(did you mean (.+)\?\)", text)
    return f" (هل تقصد {iso(m.group(1))}؟)" if m else iso(text)


_HINT = r"(?P<hint> \(did you mean .+?\?\))?"
_Q = r"'[^']*'|\"[^\"]*\""  # a Python repr of a text


def _k(name: str) -> Callable[[re.Match[str]], str]:
    return lambda m: iso(m.group(name))


Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]
_RULES: list[Rule] = []


def rule(
    pattern: str,
) -> Callable[[Callable[[re.Match[str]], str]], Callable[[re.Match[str]], str]]:
    def add(fn: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
        _RULES.append((re.compile(pattern, re.S), fn))
        return fn

    return add


def g(m: re.Match[str], name: str) -> str:
    return iso(m.group(name) or "")


# --- keys, types and choices (content/problems.py) -------------------------------
rule(rf"unknown key (?P<key>{_Q}) in (?P<what>.+?){_HINT}; known: (?P<known>.*)")(
    lambda m: (
        f"مفتاح غير معروف {g(m, 'key')} في {_path(m['what'])}{_hint(m['hint'])}؛ "
        f"المفاتيح المعروفة: {g(m, 'known')}"
    )
)
rule(rf"(?P<what>.+?) has no (?P<key>{_Q}) \(required\)")(
    lambda m: f"ينقص {_path(m['what'])} المفتاح {g(m, 'key')} (مطلوب)"
)
rule(r"(?P<path>.+?) must be (?P<kind>.+?), not (?P<type>.+)")(
    lambda m: f"يجب أن تكون قيمة {_path(m['path'])} {_type(m['kind'])}، لا {_type(m['type'])}"
)
rule(rf"(?P<path>.+?) is (?P<value>{_Q}); use one of: (?P<options>.+?){_HINT}")(
    lambda m: (
        f"قيمة {_path(m['path'])} هي {g(m, 'value')}؛ استخدم إحدى القيم: "
        f"{g(m, 'options')}{_hint(m['hint'])}"
    )
)
rule(r"unknown check type (?P<key>'[^']*') in (?P<what>.+)")(
    lambda m: f"نوع تحقق غير معروف {g(m, 'key')} في {_path(m['what'])}"
)
rule(r"duplicate (?P<what>.+?) id (?P<id>'[^']*') \((?:first on line|also in) (?P<where>.+)\)")(
    lambda m: f"معرّف مكرر لـ{_what(m['what'])}: {g(m, 'id')} (ورد أيضًا في {g(m, 'where')})"
)
rule(r"duplicate (?P<what>.+?) id (?P<id>'[^']*')")(
    lambda m: f"معرّف مكرر لـ{_what(m['what'])}: {g(m, 'id')}"
)
rule(r"duplicate key (?P<key>'[^']*') \(first on line (?P<line>\d+)\)")(
    lambda m: f"مفتاح مكرر {g(m, 'key')} (أول ظهور له في السطر {m['line']})"
)
rule(r"key (?P<key>.+) must be text")(lambda m: f"يجب أن يكون المفتاح {g(m, 'key')} نصًّا")
# A duration: "{what}.{key}: {parse_duration's words}".
_DURATION_WHY = [
    (
        r"(?P<v>.+) is not a duration \(use 45s, 2m, 1h30m or seconds\)",
        "{v} ليست مدة (اكتب {ex} أو عدد الثواني)",
    ),
    (
        r"(?P<v>.+) is too long; a duration is at most (?P<max>\S+) s",
        "{v} أطول من اللازم؛ أقصى مدة {max} ثانية",
    ),
    (
        r"(?P<v>.+) is not a number; a duration is 0 or more seconds",
        "{v} ليست رقمًا؛ المدة 0 ثانية أو أكثر",
    ),
    (r"(?P<v>.+) is negative; a duration is 0 or more", "{v} سالبة؛ المدة 0 أو أكثر"),
]


def _duration_why(text: str) -> str | None:
    for pattern, template in _DURATION_WHY:
        m = re.fullmatch(pattern, text)
        if m:
            return template.format(
                v=iso(m["v"]),
                max=iso(m.groupdict().get("max") or ""),
                ex="، ".join(iso(x) for x in ("45s", "2m", "1h30m")),
            )
    return None


rule(
    r"(?P<path>[\w' #.\[\]-]+?): (?P<why>.+ is (?:not a duration|too long|not a number|negative).*)"
)(lambda m: f"{_path(m['path'])}: {_duration_why(m['why']) or iso(m['why'])}")

# --- YAML (content/yamlfile.py) ----------------------------------------------------
_YAML_HINTS: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (
        r"Line (?P<n>\d+) has no space after the colon in (?P<bad>'.*'); write (?P<good>'.*')\.",
        lambda m: (
            f"لا توجد مسافة بعد النقطتين في السطر {m['n']} في {g(m, 'bad')}؛ اكتب {g(m, 'good')}."
        ),
    ),
    (
        r"The value on this line has ': ' in it; put the value in quotes, e\.g\. (?P<e>.*)\.",
        lambda m: f"في قيمة هذا السطر {iso(': ')}؛ ضع القيمة بين علامتي تنصيص، مثل {g(m, 'e')}.",
    ),
    (
        r"This line is indented (?P<n>\d+) spaces, more than the line above \((?P<p>\d+)\), "
        r"which does not open a block; line it up with the line above\.",
        lambda m: (
            f"إزاحة هذا السطر {m['n']} مسافات، أكثر من السطر السابق ({m['p']}) الذي "
            "لا يفتح كتلة؛ اجعله على محاذاة السطر السابق."
        ),
    ),
    (
        r"This line is indented (?P<n>\d+) spaces, which lines up with no line above "
        r"\((?P<levels>.*)\); use the indentation of the key it belongs with\.",
        lambda m: (
            f"إزاحة هذا السطر {m['n']} مسافات ولا تحاذي أي سطر سابق ({m['levels']})؛ "
            "استخدم إزاحة المفتاح الذي ينتمي إليه."
        ),
    ),
]


def _yaml_hint(text: str) -> str:
    for pattern, fn in _YAML_HINTS:
        m = re.fullmatch(pattern, text.strip(), re.S)
        if m:
            return fn(m)
    return (
        "السبب في الغالب مسافة ناقصة بعد النقطتين، أو إزاحة لا تحاذي السطر السابق."
        if text.strip()
        else ""
    )


rule(r"malformed YAML: more than one YAML document \(---\); keep one per file")(
    lambda m: f"YAML غير سليم: أكثر من مستند YAML واحد ({iso('---')})؛ اجعل في كل ملف مستندًا واحدًا"
)
rule(r"malformed YAML: (?P<problem>.+?)\. (?P<hint>(?:Line \d+|The value|This line).*)")(
    lambda m: f"YAML غير سليم: {g(m, 'problem')}. {_yaml_hint(m['hint'])}"
)
rule(r"malformed YAML: (?P<problem>.+)")(
    lambda m: f"YAML غير سليم: {g(m, 'problem')}. {_yaml_hint('?')}"
)
rule(r"a tab character; indent YAML with spaces only")(
    lambda m: f"حرف جدولة ({iso('Tab')})؛ استخدم المسافات وحدها لإزاحة YAML"
)
rule(r"the file is not UTF-8 text; save it as UTF-8")(
    lambda m: f"الملف ليس نصًّا بترميز {iso('UTF-8')}؛ احفظه بترميز {iso('UTF-8')}"
)
rule(r"this is a binary file, not a YAML text file")(lambda m: "هذا ملف ثنائي، وليس ملف YAML نصيًّا")
rule(r"the file is empty; a (?P<what>.+?) file is a YAML mapping")(
    lambda m: f"الملف فارغ؛ ملف {_what(m['what'])} جدول مفاتيح YAML"
)
rule(
    r"the file is (?P<kind>.+?); a (?P<what>.+?) file is a mapping of keys \(id:, title:, \.\.\.\)"
)(
    lambda m: (
        f"الملف {_type(m['kind'])}؛ ملف {_what(m['what'])} جدول مفاتيح ({iso('id:, title:, ...')})"
    )
)
rule(r"the file is nested too deeply \(more than (?P<n>\d+) levels\)")(
    lambda m: f"الملف متداخل أكثر من اللازم (أكثر من {m['n']} مستوى)"
)
rule(r"the text is longer than (?P<n>\d+) bytes")(lambda m: f"النص أطول من {m['n']} بايت")
rule(r"unsupported YAML tag (?P<tag>'[^']*'); write plain values")(
    lambda m: f"وسم YAML غير مدعوم {g(m, 'tag')}؛ اكتب قيمًا بسيطة"
)

# --- references with did-you-mean (authoring/rules.py, content/rules_desk.py) -----
rule(
    r"(?P<what>.+?) uses \{(?P<name>\w+)\}, which is not a persona field(?P<hint> \(did you "
    r"mean .+?\?\))?; known: (?P<known>.*)"
)(
    lambda m: (
        f"يستخدم {_what(m['what'])} {iso('{' + m['name'] + '}')}، وهو ليس من حقول "
        f"الشخصية{_hint(m['hint'])}؛ الحقول المعروفة: {g(m, 'known')}"
    )
)
rule(
    rf"(?P<what>.+?) escalates to (?P<v>{_Q}), not a team of SOP (?P<sop>'[^']*'){_HINT} "
    r"\((?P<listed>.*)\)"
)(
    lambda m: (
        f"يصعّد {_what(m['what'])} إلى {g(m, 'v')}، وهو ليس من فرق الإجراء "
        f"{g(m, 'sop')}{_hint(m['hint'])} ({g(m, 'listed')})"
    )
)
rule(
    rf"(?P<what>.+?) uses macro (?P<v>{_Q}), not one of SOP (?P<sop>'[^']*'){_HINT} "
    r"\((?P<listed>.*)\)"
)(
    lambda m: (
        f"يستخدم {_what(m['what'])} القالب {g(m, 'v')}، وهو ليس من قوالب الإجراء "
        f"{g(m, 'sop')}{_hint(m['hint'])} ({g(m, 'listed')})"
    )
)
rule(
    rf"(?P<what>.+?) uses (?P<v>{_Q}), not a term of SOP (?P<sop>'[^']*'){_HINT}; "
    r"terms: (?P<known>.*)"
)(
    lambda m: (
        f"يستخدم {_what(m['what'])} {g(m, 'v')}، وهو ليس من مصطلحات الإجراء "
        f"{g(m, 'sop')}{_hint(m['hint'])}؛ المصطلحات: {g(m, 'known')}"
    )
)
rule(rf"(?P<what>.+?) uses thread (?P<v>{_Q}), which is not declared under threads: \((?P<l>.*)\)")(
    lambda m: (
        f"يستخدم {_what(m['what'])} المحادثة {g(m, 'v')}، وهي غير معلنة تحت "
        f"{iso('threads')}: ({g(m, 'l') if m['l'] != 'none' else 'لا شيء'})"
    )
)
rule(
    rf"(?P<what>.+?) uses (?P<kind>step|team|SOP|thread|channel|sop) (?P<v>{_Q}), "
    rf"(?P<rest>.+?){_HINT}(?P<tail> \(.*\)|;.*)?"
)(
    lambda m: (
        f"يستخدم {_what(m['what'])} {_NOUNS.get(m['kind'], iso(m['kind']))} "
        f"{g(m, 'v')}، {iso(m['rest'])}{_hint(m['hint'])}{iso(m['tail'] or '')}"
    )
)
rule(
    rf"(?P<what>.+?) uses back-office action (?P<v>{_Q}), which back_office\.actions does "
    r"not declare \((?P<listed>.*)\)"
)(
    lambda m: (
        f"يستخدم {_what(m['what'])} إجراء المكتب الخلفي {g(m, 'v')}، ولم يُعلَن في "
        f"{iso('back_office.actions')} ({g(m, 'listed')})"
    )
)
rule(r"(?P<what>.+?) checks state: the scenario has no back_office")(
    lambda m: f"يتحقق {_what(m['what'])} من الحالة، لكن السيناريو ليس فيه {iso('back_office')}"
)
rule(
    r"(?P<what>.+?) checks state (?P<key>'[^']*'), which back_office\.state does not have "
    r"\((?P<listed>.*)\)"
)(
    lambda m: (
        f"يتحقق {_what(m['what'])} من الحالة {g(m, 'key')}، وهي غير موجودة في "
        f"{iso('back_office.state')} ({g(m, 'listed')})"
    )
)
rule(
    r"(?P<what>.+?) wants (?P<key>\w+): (?P<v>.+?), which neither the start state nor (?P<rest>.*)"
)(
    lambda m: (
        f"يتطلب {_what(m['what'])} {iso(m['key'] + ': ' + m['v'])}، ولا تعطيها حالة "
        "البداية ولا أي إجراء في المكتب الخلفي"
    )
)
rule(
    r"sla: (?P<p1>\S+) \((?P<t1>[\d.e+]+s)\) must be shorter than (?P<p2>\S+) \((?P<t2>[\d.e+]+s)\)"
)(
    lambda m: (
        f"{iso('sla')}: يجب أن تكون مهلة {g(m, 'p1')} ({g(m, 't1')}) أقصر من مهلة "
        f"{g(m, 'p2')} ({g(m, 't2')})"
    )
)
rule(
    rf"(?P<what>.+?) (?:uses|names|is on) thread (?P<v>{_Q}), "
    rf"which is not declared under threads{_HINT}.*"
)(
    lambda m: (
        f"يستخدم {_what(m['what'])} المحادثة {g(m, 'v')}، وهي غير معلنة تحت "
        f"{iso('threads')}{_hint(m['hint'])}"
    )
)
rule(rf"(?P<what>.+?) (?:uses|names|is on) (?P<kind>\w+) (?P<v>{_Q}), which (?P<rest>.+?){_HINT}")(
    lambda m: (
        f"يستخدم {_what(m['what'])} {_NOUNS.get(m['kind'], iso(m['kind']))} "
        f"{g(m, 'v')}، {iso('which ' + m['rest'])}{_hint(m['hint'])}"
    )
)

# --- rubric and examples (authoring/rules.py) --------------------------------------
rule(
    r"criteria (?P<a>'[^']*') and (?P<b>'[^']*') contradict each other: the best score is "
    r"(?P<best>\S+), under the pass mark (?P<mark>\S+)"
)(
    lambda m: (
        f"المعياران {g(m, 'a')} و{g(m, 'b')} متناقضان: أعلى درجة ممكنة {m['best']}، "
        f"وهي دون درجة النجاح {m['mark']}"
    )
)
rule(r"criteria (?P<a>'[^']*') and (?P<b>'[^']*') contradict each other and one is (?P<rest>.*)")(
    lambda m: (
        f"المعياران {g(m, 'a')} و{g(m, 'b')} متناقضان، وأحدهما حاسم "
        f"({iso('critical')}): لا يمكن لأي رد أن ينجح في هذا السيناريو"
    )
)
rule(r"(?P<what>example #\d+ \(verdict: \w+\)): fails names unknown criteria: (?P<ids>.*)")(
    lambda m: f"{_what(m['what'])}: في {iso('fails')} معايير غير معروفة: {g(m, 'ids')}"
)
rule(r"(?P<what>example #\d+ \(verdict: \w+\)) cannot be graded: (?P<why>.*)")(
    lambda m: f"تعذّر تقييم {_what(m['what'])}: {iso(m['why'])}"
)
rule(
    r"(?P<what>example #\d+ \(verdict: \w+\)) fails: score (?P<s>\S+) \(pass mark (?P<p>\S+)\); "
    r"failed: (?P<ids>.*)"
)(
    lambda m: (
        f"يرسب {_what(m['what'])}: الدرجة {m['s']} (درجة النجاح {m['p']})؛ المعايير "
        f"الراسبة: {iso(m['ids']) if m['ids'] != 'none' else 'لا شيء'}"
    )
)
rule(r"(?P<what>example #\d+ \(verdict: \w+\)) passes: score (?P<s>\S+); it should fail")(
    lambda m: f"ينجح {_what(m['what'])}: الدرجة {m['s']}؛ وكان يجب أن يرسب"
)
rule(
    r"(?P<what>example #\d+ \(verdict: \w+\)): criterion "
    r"(?P<c>'[^']*') passes but the example says it fails"
)(lambda m: f"{_what(m['what'])}: المعيار {g(m, 'c')} ينجح، لكن المثال يقول إنه يرسب")
rule(
    r"(?P<what>example #\d+ \(verdict: \w+\)): criterion "
    r"(?P<c>'[^']*') cannot be judged without a clock"
)(lambda m: f"{_what(m['what'])}: لا يمكن الحكم على المعيار {g(m, 'c')} بلا ساعة")
rule(r"(?P<what>example #\d+): fails goes with verdict: fail only")(
    lambda m: f"{_what(m['what'])}: المفتاح {iso('fails')} لا يُستخدم إلا مع {iso('verdict: fail')}"
)

# --- persona, threads, triggers ------------------------------------------------------
rule(r"persona locale (?P<loc>'[^']*') is not a Faker locale \(e\.g\. ar_EG, en_US\)")(
    lambda m: f"لغة الشخصية {g(m, 'loc')} ليست من لغات Faker (مثل {iso('ar_EG')}، {iso('en_US')})"
)
rule(r"persona field (?P<f>'[^']*'): Faker (?P<loc>\S+) has no method (?P<meth>'[^']*')")(
    lambda m: f"حقل الشخصية {g(m, 'f')}: ليس في Faker {g(m, 'loc')} الدالة {g(m, 'meth')}"
)
rule(
    r"persona field (?P<f>'[^']*') comes out in Latin letters "
    r"\((?P<v>.*?)\) in an ar scenario(?P<rest>.*)"
)(
    lambda m: (
        f"حقل الشخصية {g(m, 'f')} يخرج بحروف لاتينية ({g(m, 'v')}) في سيناريو عربي؛ "
        f"استخدم لغة عربية مثل {iso('ar_EG')}"
    )
)
rule(r"macro (?P<m>'[^']*') of SOP (?P<sop>'[^']*') uses (?P<f>.+?), which this (?P<rest>.*)")(
    lambda m: (
        f"القالب {g(m, 'm')} في الإجراء {g(m, 'sop')} يستخدم {g(m, 'f')}، وهذه "
        "الحقول ليست في شخصية هذا السيناريو"
    )
)
rule(r"attachment (?P<a>'[^']*'): no file (?P<f>\S+) under (?P<root>.+)")(
    lambda m: f"المرفق {g(m, 'a')}: لا يوجد ملف {g(m, 'f')} تحت {g(m, 'root')}"
)
rule(r"when: no_reply on thread (?P<t>'[^']*') can never fire: (?P<why>.*)")(
    lambda m: (
        f"{iso('when: no_reply')} على المحادثة {g(m, 't')} لن يقع أبدًا: "
        + (
            "لا يكتب العميل أبدًا في هذه المحادثة"
            if m["why"] == "the user never writes on that thread"
            else iso(m["why"])
        )
    )
)
rule(
    r"when: no_reply for (?P<s>\S+) can never fire: the "
    r"scenario's time_limit \((?P<t>\S+)\) ends first"
)(
    lambda m: (
        f"{iso('when: no_reply')} لمدة {g(m, 's')} لن يقع أبدًا: تنتهي مهلة السيناريو "
        f"{iso('time_limit')} ({g(m, 't')}) قبله"
    )
)
rule(r"thread (?P<t>'[^']*') has no user message")(
    lambda m: f"المحادثة {g(m, 't')} ليس فيها رسالة من العميل"
)
rule(r"SOP id (?P<id>'[^']*') must match its file name \((?P<f>[^)]*)\)(?P<rest>.*)")(
    lambda m: (
        f"يجب أن يطابق معرّف الإجراء {g(m, 'id')} اسم ملفه ({g(m, 'f')}): "
        "السيناريوهات تجد الإجراءات بأسماء ملفاتها"
    )
)
rule(r"SOP (?P<sop>'[^']*') has errors \((?P<p>.*)\)")(
    lambda m: f"في الإجراء {g(m, 'sop')} أخطاء ({g(m, 'p')})"
)
rule(r"skipped: cannot read (?:it|the folder) \((?P<why>.*)\)")(
    lambda m: f"تم التخطي: تعذّرت القراءة ({iso(m['why'])})"
)

# --- loader (content/loader.py) ------------------------------------------------------
_PLAIN = {
    "a scenario needs at least one thread": "يحتاج السيناريو إلى محادثة واحدة على الأقل",
    "the timeline needs at least one message": "يحتاج الخط الزمني إلى رسالة واحدة على الأقل",
    "a timeline event needs exactly one of at: or when:": (
        f"يحتاج كل حدث في الخط الزمني إلى واحد فقط من {iso('at:')} أو {iso('when:')}"
    ),
    "when: needs exactly one of no_reply: THREAD or reply: THREAD": (
        f"يحتاج {iso('when:')} إلى واحد فقط من {iso('no_reply: THREAD')} أو {iso('reply: THREAD')}"
    ),
    "when: mentions goes with reply:, not no_reply:": (
        f"{iso('when: mentions')} يأتي مع {iso('reply:')}، لا مع {iso('no_reply:')}"
    ),
    "when: after goes with reply:, not no_reply:": (
        f"{iso('when: after')} يأتي مع {iso('reply:')}، لا مع {iso('no_reply:')}"
    ),
    "when: no_reply needs for: DURATION (e.g. for: 60s)": (
        f"{iso('when: no_reply')} يحتاج إلى {iso('for: DURATION')} (مثل {iso('for: 60s')})"
    ),
    "when: for goes with no_reply:, not reply:": (
        f"{iso('when: for')} يأتي مع {iso('no_reply:')}، لا مع {iso('reply:')}"
    ),
    "unless: value goes with action:": f"{iso('unless: value')} يأتي مع {iso('action:')}",
    "time_limit must be more than 0": f"يجب أن تكون {iso('time_limit')} أكبر من 0",
}


def _fixed(text: str) -> Callable[[re.Match[str]], str]:
    return lambda m: text


for _en, _ar in _PLAIN.items():
    rule(re.escape(_en))(_fixed(_ar))
rule(r"format (?P<v>\S+) is not known; this program reads 1")(
    lambda m: f"الصيغة {g(m, 'v')} غير معروفة؛ هذا البرنامج يقرأ الصيغة 1"
)
rule(r"sensitivity level (?P<v>\S+) must be 1, 2 or 3")(
    lambda m: f"يجب أن يكون مستوى الحساسية {g(m, 'v')} 1 أو 2 أو 3"
)
rule(r"difficulty (?P<v>\S+) must be 1 to 5")(
    lambda m: f"يجب أن تكون الصعوبة {g(m, 'v')} من 1 إلى 5"
)
rule(r"pass_mark (?P<v>\S+) must be 0 to 100")(
    lambda m: f"يجب أن تكون درجة النجاح {g(m, 'v')} من 0 إلى 100"
)
rule(r"id (?P<v>'[^']*') may only use a-z, 0-9 and -")(
    lambda m: f"لا يجوز أن يحتوي المعرّف {g(m, 'v')} إلا على {iso('a-z')} و{iso('0-9')} و{iso('-')}"
)
rule(r"(?P<where>.+?): weight must be 0 or more")(
    lambda m: f"{_what(m['where'])}: يجب أن يكون الوزن 0 أو أكثر"
)
rule(r"(?P<what>.+?) has no check type")(lambda m: f"ليس لـ{_what(m['what'])} نوع تحقق")
rule(r"(?P<what>.+?) has (?P<n>\d+) check types(?P<rest>.*)")(
    lambda m: f"لـ{_what(m['what'])} {m['n']} أنواع تحقق، والمطلوب نوع واحد"
)
rule(r"unless: (?P<k>\w+) needs at least one phrase")(
    lambda m: f"{iso('unless: ' + m['k'])} يحتاج إلى عبارة واحدة على الأقل"
)
rule(r"back_office\.state\.(?P<k>\S+) must be a plain value")(
    lambda m: f"يجب أن تكون {iso('back_office.state.' + m['k'])} قيمة بسيطة"
)
rule(r"back_office action (?P<a>'[^']*') needs sets: \{key: value\}")(
    lambda m: f"إجراء المكتب الخلفي {g(m, 'a')} يحتاج إلى {iso('sets: {key: value}')}"
)
rule(
    r"macro (?P<m>'[^']*') escalates to (?P<t>'[^']*'), not a "
    r"team of SOP (?P<sop>'[^']*') \((?P<l>.*)\)"
)(
    lambda m: (
        f"القالب {g(m, 'm')} يصعّد إلى {g(m, 't')}، وهو ليس من فرق الإجراء "
        f"{g(m, 'sop')} ({g(m, 'l')})"
    )
)

# --- checks, texts and SOPs (content/loader.py, content/library.py, content/media.py) --
rule(r"(?P<what>.+?) has no check type; use exactly one of: (?P<kinds>.*)")(
    lambda m: f"ليس لـ{_path(m['what'])} نوع تحقق؛ استخدم واحدًا فقط من: {g(m, 'kinds')}"
)
rule(r"(?P<what>.+?) has (?P<n>\d+) check types; use exactly one of: (?P<kinds>.*)")(
    lambda m: f"لـ{_path(m['what'])} {m['n']} أنواع تحقق؛ استخدم واحدًا فقط من: {g(m, 'kinds')}"
)
rule(r"(?P<what>.+?) needs at least one phrase")(
    lambda m: f"يحتاج {_path(m['what'])} إلى عبارة واحدة على الأقل"
)
rule(r"(?P<what>.+?)\.length needs min_words, max_words or both")(
    lambda m: (
        f"يحتاج {_path(m['what'] + '.length')} إلى {iso('min_words')} أو "
        f"{iso('max_words')} أو كليهما"
    )
)
rule(r"(?P<what>.+?)\.action needs a mapping such as \{type: tag, value: \.\.\.\}")(
    lambda m: (
        f"يحتاج {_path(m['what'] + '.action')} إلى جدول مفاتيح مثل {iso('{type: tag, value: ...}')}"
    )
)
rule(r"(?P<what>.+?)\.order needs two or more actions")(
    lambda m: f"يحتاج {_path(m['what'] + '.order')} إلى إجراءين أو أكثر"
)
rule(r"(?P<what>.+?)\.state needs a mapping such as \{two_step: reset\}")(
    lambda m: f"يحتاج {_path(m['what'] + '.state')} إلى جدول مفاتيح مثل {iso('{two_step: reset}')}"
)
rule(r"(?P<what>.+?) needs en:, ar: or both")(
    lambda m: f"يحتاج {_path(m['what'])} إلى {iso('en:')} أو {iso('ar:')} أو كليهما"
)
rule(rf"SOP (?P<sop>'[^']*') not found: there is no (?P<path>\S+?){_HINT}")(
    lambda m: f"لم يُعثر على الإجراء {g(m, 'sop')}: لا يوجد {g(m, 'path')}{_hint(m['hint'])}"
)
rule(r"id (?P<v>'[^']*') may only use a-z, 0-9 and - \(e\.g\. (?P<e>[\w-]+)\)")(
    lambda m: (
        f"لا يجوز أن يحتوي المعرّف {g(m, 'v')} إلا على {iso('a-z')} و{iso('0-9')} "
        f"و{iso('-')} (مثل {g(m, 'e')})"
    )
)
rule(
    r"attachment (?P<a>'[^']*'): (?P<what>.+?) material is text only; describe it in the "
    r"message and attach no image"
)(lambda m: f"المرفق {g(m, 'a')}: مادة {g(m, 'what')} نصية فقط؛ صِفها في الرسالة ولا ترفق صورة")
rule(
    rf"attachment (?P<a>'[^']*'): needed_for_step (?P<s>'[^']*') is not a step of SOP "
    rf"(?P<sop>'[^']*'){_HINT} \((?P<l>.*)\)"
)(
    lambda m: (
        f"المرفق {g(m, 'a')}: {iso('needed_for_step')} {g(m, 's')} ليست من خطوات "
        f"الإجراء {g(m, 'sop')}{_hint(m['hint'])} ({g(m, 'l')})"
    )
)

# --- exam files (exams/definition.py) -------------------------------------------------
rule(r"(?P<path>.+?) names (?P<id>'[^']*') twice")(
    lambda m: f"يذكر {g(m, 'path')} {g(m, 'id')} مرتين"
)
rule(r"pool\.draw must be 1 or more \(scenarios per SOP\)")(
    lambda m: f"يجب أن يكون {iso('pool.draw')} 1 أو أكثر (عدد السيناريوهات لكل إجراء)"
)
rule(r"pass\.mean_score is a percentage from 0 to 100")(
    lambda m: f"{iso('pass.mean_score')} نسبة مئوية من 0 إلى 100"
)
rule(r"format (?P<v>\S+) is not known; this Frontline reads 1")(
    lambda m: f"الصيغة {g(m, 'v')} غير معروفة؛ نسخة Frontline هذه تقرأ الصيغة 1"
)
rule(r"id (?P<v>'[^']*') may use only a-z, 0-9 and -")(
    lambda m: f"لا يجوز أن يحتوي المعرّف {g(m, 'v')} إلا على {iso('a-z')} و{iso('0-9')} و{iso('-')}"
)
rule(r"id (?P<v>'[^']*') differs from the file name (?P<f>\S+)")(
    lambda m: f"المعرّف {g(m, 'v')} يختلف عن اسم الملف {g(m, 'f')}"
)
rule(r"(?P<k>version|validity_days|max_attempts) must be 1 or more")(
    lambda m: f"يجب أن تكون قيمة {g(m, 'k')} 1 أو أكثر"
)
rule(r"(?P<k>cooldown|support_pause_limit) cannot be negative")(
    lambda m: f"لا يجوز أن تكون قيمة {g(m, 'k')} سالبة"
)
rule(r"an exam needs scenarios: or pool: \(or both\)")(
    lambda m: f"يحتاج الاختبار إلى {iso('scenarios:')} أو {iso('pool:')} (أو كليهما)"
)
rule(r"scenario (?P<s>'[^']*') is not in the library(?: (?P<root>.+))?")(
    lambda m: f"السيناريو {g(m, 's')} ليس في المكتبة {g(m, 'root')}".rstrip()
)
rule(r"scenario (?P<s>'[^']*') is in (?P<a>\w+); the exam is in (?P<b>\w+)")(
    lambda m: f"السيناريو {g(m, 's')} بلغة {g(m, 'a')}، والاختبار بلغة {g(m, 'b')}"
)
rule(r"(?P<s>'[^']*') is in scenarios: and in pool:")(
    lambda m: f"{g(m, 's')} موجود في {iso('scenarios:')} وفي {iso('pool:')} معًا"
)
rule(r"swap (?P<s>'[^']*') is also an exam item")(
    lambda m: f"البديل {g(m, 's')} هو أيضًا بند في الاختبار"
)

# --- folder walks (authoring/validate.py) ---------------------------------------------
_PLAIN_WALK = {
    "no scenario files (no .yaml file in it)": f"لا ملفات سيناريو (ليس فيه ملف {LRI}.yaml{PDI})",
    "skipped: a symbolic link loop": "تم التخطي: رابط رمزي يدور في حلقة",
    "skipped: a broken symbolic link": "تم التخطي: رابط رمزي مكسور",
    "skipped: not a regular file (a pipe or a device?)": (
        "تم التخطي: ليس ملفًا عاديًّا (أنبوب أو جهاز؟)"
    ),
    "no such file or folder": "لا يوجد ملف أو مجلد بهذا الاسم",
}
for _en, _ar in _PLAIN_WALK.items():
    rule(re.escape(_en))(_fixed(_ar))

# --- persona errors (content/persona.py, reported as "where: what") --------------------
rule(r"(?P<where>persona[\w.]*): Faker has no locale (?P<loc>'[^']*') \(e\.g\. ar_EG, en_US\)")(
    lambda m: (
        f"{g(m, 'where')}: ليست في Faker اللغة {g(m, 'loc')} (مثل {iso('ar_EG')}، {iso('en_US')})"
    )
)
rule(r"(?P<where>persona[\w.]*): Faker locale (?P<loc>\S+) has no method (?P<meth>'[^']*')")(
    lambda m: f"{g(m, 'where')}: ليس في لغة Faker {g(m, 'loc')} الدالة {g(m, 'meth')}"
)
rule(
    r"(?P<where>persona[\w.]*): Faker method (?P<meth>'[^']*') cannot be used here \((?P<why>.*)\)"
)(lambda m: f"{g(m, 'where')}: لا يمكن استخدام دالة Faker {g(m, 'meth')} هنا ({g(m, 'why')})")


def arabic(message: str) -> str:
    """The Arabic for a validator message, or ``message`` unchanged when no pattern fits."""
    for pattern, fn in _RULES:
        m = pattern.fullmatch(message)
        if m:
            return fn(m)
    return message


def translated(message: str) -> bool:
    """Whether ``arabic`` has a pattern for ``message``."""
    return any(p.fullmatch(message) for p, _ in _RULES)
