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
        <source>No scenarios yet: the library folder is empty.</source>
        <translation>لا توجد سيناريوهات بعد: مجلد المكتبة فارغ.</translation>
    </message>
    <message>
        <source>{n} files could not be loaded; see the log.</source>
        <translation>تعذّر تحميل {n} من الملفات؛ راجع السجل.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
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