# ruff: noqa: E501
"""Arabic for every interface string (source English -> Arabic), used by tools/i18n_build.

The .ts file keeps what is already translated; this table seeds new strings. Keep the
``{placeholders}`` exactly as in the English.
"""

from __future__ import annotations

ARABIC: dict[str, str] = {
    # Shell and library
    "Frontline": "Frontline",
    "Something went wrong ({kind}). Your work so far is saved. A report was written to {path}; please send it to your trainer or administrator.": "حدث خطأ ما ({kind}). عملك حتى الآن محفوظ. كُتب تقرير في {path}؛ أرسله من فضلك إلى مدرّبك أو إلى المسؤول.",
    "Language": "اللغة",
    "Interface language": "لغة الواجهة",
    "Show Frontline in {language}": "اعرض Frontline بـ{language}",
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
    # Desk: composer, conversation, inbox
    "{n} words": "{n} كلمة",
    "Write your reply… (Ctrl+Enter to send)": "اكتب ردّك… (Ctrl+Enter للإرسال)",
    "Macros (Ctrl+M)": "الردود الجاهزة (Ctrl+M)",
    "Send": "إرسال",
    "Macros": "الردود الجاهزة",
    "Look up account": "البحث عن الحساب",
    "Resolve": "حلّ",
    "Search macros…": "ابحث في الردود الجاهزة…",
    "Priority: {p}": "الأولوية: {p}",
    "Category": "الفئة",
    "You": "أنت",
    "User": "المستخدم",
    "From: {who} · {at}": "من: {who} · {at}",
    "User Support": "فريق دعم المستخدمين",
    "Agent reply": "ردّ الموظف",
    "User wrote": "كتب المستخدم",
    "{name} is typing…": "{name} يكتب الآن…",
    "New": "جديدة",
    "Open": "مفتوحة",
    "Resolved": "محلولة",
    "Closed": "مغلقة",
    "Low": "منخفضة",
    "Normal": "عادية",
    "High": "عالية",
    "Urgent": "عاجلة",
    "Choose a conversation in the inbox.": "اختر محادثة من صندوق الوارد.",
    "Open a conversation first.": "افتح محادثة أولًا.",
    "New message ({channel}): {preview}": "رسالة جديدة ({channel}): {preview}",
    "Shortcuts (F1)": "اختصارات لوحة المفاتيح (F1)",
    "End scenario": "إنهاء السيناريو",
    # The desk while a pause is open (desk/paused.py)
    "Paused": "إيقاف مؤقت",
    "The case is out of sight while you take a pause. Take the time you need: breathe, stretch, look away from the screen.": "الحالة مخفية ما دمت في إيقاف مؤقت. خذ الوقت الذي تحتاجه: تنفّس بهدوء، وتمدّد، وأرِح عينيك بعيدًا عن الشاشة.",
    "Your draft and your place are kept. When you are ready, resume.": "مسودة ردّك وموضعك محفوظان. تابع حين تكون مستعدًا.",
    "Keyboard shortcuts": "اختصارات لوحة المفاتيح",
    "Next conversation": "المحادثة التالية",
    "Previous conversation": "المحادثة السابقة",
    "Send the reply": "إرسال الرد",
    "Search macros": "البحث في الردود الجاهزة",
    "Look up the account": "البحث عن الحساب",
    "Resolve the conversation": "حلّ المحادثة",
    "Show or hide this help": "إظهار هذه المساعدة أو إخفاؤها",
    # Back-office tool
    "Status": "الحالة",
    "Created": "تاريخ الإنشاء",
    "Region": "المنطقة",
    "Notes": "ملاحظات",
    "Username": "اسم المستخدم",
    "Name": "الاسم",
    "First name": "الاسم الأول",
    "Last name": "اسم العائلة",
    "Phone": "الهاتف",
    "City": "المدينة",
    "Back-office tool": "أداة الدعم الداخلية",
    "Look up account (Ctrl+L)": "البحث عن الحساب (Ctrl+L)",
    "Tag, e.g. account-security": "وسم، مثل account-security",
    "Add tag": "إضافة وسم",
    "Escalate": "تصعيد",
    "Request info": "طلب معلومات",
    "Resolve (Ctrl+R)": "حلّ (Ctrl+R)",
    "Close": "إغلاق",
    "Procedure steps": "خطوات الإجراء",
    "Account found": "تم العثور على الحساب",
    "Tagged {value}": "أُضيف الوسم {value}",
    "Macro {value} inserted in the reply": "أُدرج الرد الجاهز {value} في ردّك",
    "Escalated to {value}": "صُعّدت الحالة إلى {value}",
    "Information requested": "طُلبت معلومات إضافية",
    "Conversation resolved": "حُلّت المحادثة",
    "Conversation closed": "أُغلقت المحادثة",
    "Open the results of a finished attempt with a double-click.": "افتح نتائج محاولة مكتملة بالنقر المزدوج عليها.",
    # Results
    "Criterion": "المعيار",
    "Weight": "الوزن",
    "Evidence": "الدليل",
    "N/A": "لا ينطبق",
    "Met": "مستوفى",
    "Missed": "غير مستوفى",
    "Not found: {phrases}": "لم يُعثر على: {phrases}",
    "the account lookup": "البحث عن الحساب",
    "the tag {value}": "الوسم {value}",
    "the macro {value}": "الرد الجاهز {value}",
    "an escalation to {value}": "التصعيد إلى {value}",
    "a request for information": "طلب معلومات",
    "resolving the conversation": "حل المحادثة",
    "closing the conversation": "إغلاق المحادثة",
    "the action {action}": "الإجراء {action}",
    "{verdict} (override)": "{verdict} (بتعديل المدرّب)",
    "{wpm} ⚠ likely pasted: faster than anyone types": "{wpm} ⚠ على الأرجح نص ملصق: أسرع مما يكتبه أي شخص",
    "automatic: {score}%, {verdict}": "الآلي: {score}%، {verdict}",
    "Decided by a trainer's override": "حُسم بتعديل من المدرّب",
    "Disputed: trainers disagree; the automatic verdict stands": "موضع خلاف: المدرّبون مختلفون، ويبقى الحكم الآلي",
    "critical": "حاسم",
    "Results: {title}": "النتائج: {title}",
    "Not passed": "لم ينجح",
    "Pass mark {mark}%": "درجة النجاح {mark}%",
    "none": "لا يوجد",
    "SLA breached": "تجاوز مهلة الرد",
    "within SLA": "ضمن مهلة الرد",
    "Conversation {id}": "المحادثة {id}",
    "first response {first}, handled in {handle}, {sla}": "أول رد بعد {first}، ومدة المعالجة {handle}، {sla}",
    "SLA breaches": "تجاوزات مهلة الرد",
    "First-touch resolution": "الحل من أول تواصل",
    "Words per minute": "الكلمات في الدقيقة",
    "Mean first response": "متوسط زمن أول رد",
    "Pause": "إيقاف مؤقت",
    "Replay": "إعادة العرض",
    "Back to the library": "العودة إلى المكتبة",
    "Evidence in your replies": "الدليل في ردودك",
    "Measures": "المقاييس",
    # Home and sign-in
    "An attempt at “{title}” was interrupted. Resume where you left off?": "توقفت محاولتك في «{title}». هل تريد المتابعة من حيث توقفت؟",
    "Resume": "متابعة",
    "End it as it stands": "إنهاؤها كما هي",
    "Enter your name and password.": "أدخل اسمك وكلمة المرور.",
    "The two passwords are not the same.": "كلمتا المرور غير متطابقتين.",
    "Wrong name or password.": "الاسم أو كلمة المرور غير صحيحة.",
    "Welcome to Frontline": "مرحبًا بك في Frontline",
    "This is the first start. Create the administrator account; you can add trainers and trainees afterwards.": "هذا هو التشغيل الأول. أنشئ حساب المسؤول، ويمكنك إضافة المدرّبين والمتدرّبين لاحقًا.",
    "Create administrator": "إنشاء حساب المسؤول",
    "Sign in": "تسجيل الدخول",
    "Opening the store…": "جارٍ فتح قاعدة البيانات…",
    "Sign in to practise scenarios and see your results.": "سجّل الدخول لتتدرّب على السيناريوهات وتطّلع على نتائجك.",
    "Display name": "الاسم المعروض",
    "Password": "كلمة المرور",
    "Repeat password": "أعد كتابة كلمة المرور",
    "At least 8 characters": "8 أحرف على الأقل",
    # The desk's defects (issue 17)
    "Account security": "أمان الحسابات",
    "Appeals review": "مراجعة الطعون",
    "Emergency response": "الاستجابة للطوارئ",
    "Trust and safety": "الثقة والأمان",
    "Minor safety": "سلامة القاصرين",
    "Law enforcement response": "الاستجابة لجهات إنفاذ القانون",
    "Payments": "المدفوعات",
    "Privacy": "الخصوصية",
    "Choose a team…": "اختر فريقًا…",
    "End the scenario?": "إنهاء السيناريو؟",
    "It is graded on what you have done so far, and cannot be taken back. Open conversations count as not handled.": "سيُقيَّم على ما أنجزته حتى الآن، ولا يمكن التراجع عن ذلك. المحادثات المفتوحة تُحسب غير مُعالَجة.",
    "End and see results": "أنهِ واعرض النتائج",
    "All conversations are resolved": "حُلّت كل المحادثات",
    "This is the last open conversation: once it is done, the scenario ends and your results show. Choose Stay to keep working on it.": "هذه آخر محادثة مفتوحة: عند إنهائها ينتهي السيناريو وتظهر نتائجك. اختر «البقاء» لتواصل العمل عليها.",
    "See your results": "اعرض نتائجك",
    "Add a tag": "أضف وسمًا",
    "Escalate to a team": "صعّد الحالة إلى فريق",
    "Close the conversation": "أغلق المحادثة",
    "End the scenario": "أنهِ السيناريو",
    "Pause and see support resources": "أوقف الوقت واطّلع على مصادر الدعم",
    "Account looked up": "تم البحث عن الحساب",
    "Macro": "رد جاهز",
    "Tag": "وسم",
    "Escalated": "صُعّدت الحالة",
    "Stay": "البقاء",
    "Replies in {language}": "يردّ بـ{language}",
}

# The exam screens keep their Arabic beside them; the table above wins on a shared string.
from simulator.ui.exam.strings_ar import ARABIC as _EXAM_ARABIC  # noqa: E402

for _source, _text in _EXAM_ARABIC.items():
    ARABIC.setdefault(_source, _text)

# The trainer and admin screens keep their Arabic beside them too.
from simulator.ui.trainer.strings_ar import ARABIC as _TRAINER_ARABIC  # noqa: E402

for _source, _text in _TRAINER_ARABIC.items():
    ARABIC.setdefault(_source, _text)
from simulator.ui.trainer.strings_ar_calibration import ARABIC as _CALIBRATION_ARABIC  # noqa: E402

for _source, _text in _CALIBRATION_ARABIC.items():
    ARABIC.setdefault(_source, _text)

# The trainer's studio keeps its Arabic beside it.
from simulator.ui.studio.strings_ar import ARABIC as _STUDIO_ARABIC  # noqa: E402

for _source, _text in _STUDIO_ARABIC.items():
    ARABIC.setdefault(_source, _text)

# The wellbeing screens' Arabic (their wtr() strings, catalogue wellbeing_*.ts).
from simulator.ui.wellbeing.strings_ar import ARABIC as _WELLBEING_ARABIC  # noqa: E402

for _source, _text in _WELLBEING_ARABIC.items():
    ARABIC.setdefault(_source, _text)

# The desk's customer panel, back office, notes and event trail.
from simulator.ui.desk.strings_ar import ARABIC as _DESK_ARABIC  # noqa: E402

for _source, _text in _DESK_ARABIC.items():
    ARABIC.setdefault(_source, _text)

# The trainer's cohort dashboard and the cohort report's PDF.
from simulator.ui.trainer.strings_ar_reports import ARABIC as _REPORTS_ARABIC  # noqa: E402

for _source, _text in _REPORTS_ARABIC.items():
    ARABIC.setdefault(_source, _text)
