# ruff: noqa: E501
"""Arabic for every interface string (source English -> Arabic), used by i18n_build.

The .ts file keeps what is already translated; this table seeds new strings. Keep the
``{placeholders}`` exactly as in the English.
"""

from __future__ import annotations

ARABIC: dict[str, str] = {
    # Shell and library
    "Frontline": "Frontline",
    "Language": "اللغة",
    "Interface language": "لغة الواجهة",
    "Sign out": "تسجيل الخروج",
    "Scenario library": "مكتبة السيناريوهات",
    "Library": "المكتبة",
    "My history": "سجلّي",
    "Search scenarios, procedures, tags…": "ابحث في السيناريوهات والإجراءات والوسوم…",
    "Start scenario": "ابدأ السيناريو",
    "No scenarios yet: the library folder is empty.": "لا توجد سيناريوهات بعد: مجلد المكتبة فارغ.",
    "{n} files could not be loaded; see the log.": "تعذّر تحميل {n} من الملفات؛ راجع السجل.",
    "{shown} of {total} scenarios": "{shown} من أصل {total} سيناريو",
    "All channels": "كل القنوات",
    "All languages": "كل اللغات",
    "All procedures": "كل الإجراءات",
    "All tags": "كل الوسوم",
    "Any difficulty": "أي مستوى صعوبة",
    "Difficulty {n}": "الصعوبة {n}",
    "Scenario": "السيناريو",
    "Procedure": "الإجراء",
    "Channels": "القنوات",
    "Difficulty": "الصعوبة",
    "Tags": "الوسوم",
    "Sensitivity": "الحساسية",
    "None": "لا شيء",
    "Content labels: the wellbeing briefing explains them before you start": "تصنيفات المحتوى: يشرحها إيجاز الرفاهية قبل أن تبدأ",
    "English": "الإنجليزية",
    "Arabic": "العربية",
    "Email": "البريد الإلكتروني",
    "Ticket": "تذكرة",
    "Chat": "محادثة",
    "Bullying": "التنمّر",
    "Hate speech": "خطاب الكراهية",
    "Child safety": "سلامة الأطفال",
    "Self-harm": "إيذاء النفس",
    "Violence": "العنف",
    "Harm to animals": "إيذاء الحيوانات",
    "Sexual content": "محتوى جنسي",
    "Dangerous acts": "أفعال خطرة",
    # History
    "When": "التاريخ",
    "Score": "الدرجة",
    "Result": "النتيجة",
    "Unfinished": "غير مكتملة",
    "Passed": "ناجح",
    "Failed": "راسب",
}
