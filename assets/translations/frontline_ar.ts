<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>محادثة</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>{n} words</source>
        <translation>{n} كلمة</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter to send)</source>
        <translation>اكتب ردّك… (Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Priority: {p}</source>
        <translation>الأولوية: {p}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>User Support</source>
        <translation>فريق دعم المستخدمين</translation>
    </message>
    <message>
        <source>From: {who} · {at}</source>
        <translation>من: {who} · {at}</translation>
    </message>
    <message>
        <source>Agent reply</source>
        <translation>ردّ الموظف</translation>
    </message>
    <message>
        <source>User wrote</source>
        <translation>كتب المستخدم</translation>
    </message>
    <message>
        <source>{name} is typing…</source>
        <translation>{name} يكتب الآن…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Choose a conversation in the inbox.</source>
        <translation>اختر محادثة من صندوق الوارد.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Not found: {phrases}</source>
        <translation>لم يُعثر على: {phrases}</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حاسم</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>افتح محادثة أولًا.</translation>
    </message>
    <message>
        <source>New message ({channel}): {preview}</source>
        <translation>رسالة جديدة ({channel}): {preview}</translation>
    </message>
    <message>
        <source>Shortcuts (F1)</source>
        <translation>اختصارات لوحة المفاتيح (F1)</translation>
    </message>
    <message>
        <source>End scenario</source>
        <translation>إنهاء السيناريو</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>المحادثة التالية</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>المحادثة السابقة</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <source>Search macros</source>
        <translation>البحث في الردود الجاهزة</translation>
    </message>
    <message>
        <source>Look up the account</source>
        <translation>البحث عن الحساب</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>حلّ المحادثة</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>إظهار هذه المساعدة أو إخفاؤها</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>غير مكتملة</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>{shown} of {total} scenarios</source>
        <translation>{shown} من أصل {total} سيناريو</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>أي مستوى صعوبة</translation>
    </message>
    <message>
        <source>Difficulty {n}</source>
        <translation>الصعوبة {n}</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation>مكتبة السيناريوهات</translation>
    </message>
    <message>
        <source>Search scenarios, procedures, tags…</source>
        <translation>ابحث في السيناريوهات والإجراءات والوسوم…</translation>
    </message>
    <message>
        <source>Start scenario</source>
        <translation>ابدأ السيناريو</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>My history</source>
        <translation>سجلّي</translation>
    </message>
    <message>
        <source>Open the results of a finished attempt with a double-click.</source>
        <translation>افتح نتائج محاولة مكتملة بالنقر المزدوج عليها.</translation>
    </message>
    <message>
        <source>No scenarios yet: the library folder is empty.</source>
        <translation>لا توجد سيناريوهات بعد: مجلد المكتبة فارغ.</translation>
    </message>
    <message>
        <source>{n} files could not be loaded; see the log.</source>
        <translation>تعذّر تحميل {n} من الملفات؛ راجع السجل.</translation>
    </message>
    <message>
        <source>An attempt at “{title}” was interrupted. Resume where you left off?</source>
        <translation>توقفت محاولتك في «{title}». هل تريد المتابعة من حيث توقفت؟</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>End it as it stands</source>
        <translation>إنهاؤها كما هي</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Search macros…</source>
        <translation>ابحث في الردود الجاهزة…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Results: {title}</source>
        <translation>النتائج: {title}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>لم ينجح</translation>
    </message>
    <message>
        <source>Pass mark {mark}%</source>
        <translation>درجة النجاح {mark}%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>تجاوز مهلة الرد</translation>
    </message>
    <message>
        <source>within SLA</source>
        <translation>ضمن مهلة الرد</translation>
    </message>
    <message>
        <source>Conversation {id}</source>
        <translation>المحادثة {id}</translation>
    </message>
    <message>
        <source>first response {first}, handled in {handle}, {sla}</source>
        <translation>أول رد بعد {first}، ومدة المعالجة {handle}، {sla}</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>تجاوزات مهلة الرد</translation>
    </message>
    <message>
        <source>First-touch resolution</source>
        <translation>الحل من أول تواصل</translation>
    </message>
    <message>
        <source>Words per minute</source>
        <translation>الكلمات في الدقيقة</translation>
    </message>
    <message>
        <source>Mean first response</source>
        <translation>متوسط زمن أول رد</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>إعادة العرض</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>العودة إلى المكتبة</translation>
    </message>
    <message>
        <source>Evidence in your replies</source>
        <translation>الدليل في ردودك</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>المقاييس</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>الصعوبة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Content labels: the wellbeing briefing explains them before you start</source>
        <translation>تصنيفات المحتوى: يشرحها إيجاز الرفاهية قبل أن تبدأ</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Bullying</source>
        <translation>التنمّر</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>خطاب الكراهية</translation>
    </message>
    <message>
        <source>Child safety</source>
        <translation>سلامة الأطفال</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>إيذاء النفس</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>العنف</translation>
    </message>
    <message>
        <source>Harm to animals</source>
        <translation>إيذاء الحيوانات</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>محتوى جنسي</translation>
    </message>
    <message>
        <source>Dangerous acts</source>
        <translation>أفعال خطرة</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Enter your name and password.</source>
        <translation>أدخل اسمك وكلمة المرور.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>الاسم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Welcome to Frontline</source>
        <translation>مرحبًا بك في Frontline</translation>
    </message>
    <message>
        <source>This is the first start. Create the administrator account; you can add trainers and trainees afterwards.</source>
        <translation>هذا هو التشغيل الأول. أنشئ حساب المسؤول، ويمكنك إضافة المدرّبين والمتدرّبين لاحقًا.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>إنشاء حساب المسؤول</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to practise scenarios and see your results.</source>
        <translation>سجّل الدخول لتتدرّب على السيناريوهات وتطّلع على نتائجك.</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Back-office tool</source>
        <translation>أداة الدعم الداخلية</translation>
    </message>
    <message>
        <source>Look up account</source>
        <translation>البحث عن الحساب</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <source>Tag, e.g. account-security</source>
        <translation>وسم، مثل account-security</translation>
    </message>
    <message>
        <source>Account found</source>
        <translation>تم العثور على الحساب</translation>
    </message>
    <message>
        <source>Tagged {value}</source>
        <translation>أُضيف الوسم {value}</translation>
    </message>
    <message>
        <source>Macro {value} inserted in the reply</source>
        <translation>أُدرج الرد الجاهز {value} في ردّك</translation>
    </message>
    <message>
        <source>Escalated to {value}</source>
        <translation>صُعّدت الحالة إلى {value}</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>طُلبت معلومات إضافية</translation>
    </message>
    <message>
        <source>Conversation resolved</source>
        <translation>حُلّت المحادثة</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>أُغلقت المحادثة</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>تصعيد</translation>
    </message>
    <message>
        <source>Request info</source>
        <translation>طلب معلومات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>خطوات الإجراء</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
</context>
</TS>