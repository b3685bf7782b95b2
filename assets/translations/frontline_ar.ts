<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Wellbeing limits</source>
        <translation>حدود الرفاهية</translation>
    </message>
</context>
<context>
    <name>BetweenPage</name>
    <message>
        <source>Item {n} of {total} is next</source>
        <translation>البند {n} من {total} هو التالي</translation>
    </message>
    <message>
        <source>Item {n} of {total} done — take a break or continue</source>
        <translation>انتهى البند {n} من {total} — خذ استراحة أو تابع</translation>
    </message>
    <message>
        <source>On a break. The exam clock is stopped; continue when you are ready.</source>
        <translation>أنت في استراحة. مؤقت الاختبار متوقف؛ تابع حين تكون مستعدًا.</translation>
    </message>
    <message>
        <source>The exam clock is running. A break stops it; your score is shown at the end.</source>
        <translation>مؤقت الاختبار يعمل. الاستراحة توقفه، ودرجتك تظهر في النهاية.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>خذ استراحة</translation>
    </message>
    <message>
        <source>End the break and continue</source>
        <translation>أنهِ الاستراحة وتابع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Exam time left {t}</source>
        <translation>الوقت المتبقي للاختبار {t}</translation>
    </message>
</context>
<context>
    <name>CalibrationScreen</name>
    <message>
        <source>Revealed</source>
        <translation>كُشفت النتائج</translation>
    </message>
    <message>
        <source>Your grades are due</source>
        <translation>بانتظار تقييماتك</translation>
    </message>
    <message>
        <source>{n} of {total} submitted</source>
        <translation>سلّم {n} من {total}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No calibration session yet: the lead (an admin) starts one.</source>
        <translation>لا توجد جلسة معايرة بعد: يبدؤها المسؤول عن المعايرة (أحد المشرفين).</translation>
    </message>
    <message>
        <source>The results are revealed when every trainer has submitted. Until then nobody, the lead included, sees any grade.</source>
        <translation>تُكشف النتائج حين يسلّم جميع المدرّبين. وحتى ذلك الحين لا يرى أحد أي تقييم، ولا المسؤول عن الجلسة.</translation>
    </message>
    <message>
        <source>Submitted: {names}</source>
        <translation>سلّم: {names}</translation>
    </message>
    <message>
        <source>Still to submit: {names}</source>
        <translation>لم يسلّم بعد: {names}</translation>
    </message>
    <message>
        <source>Past sessions compared</source>
        <translation>مقارنة الجلسات السابقة</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Compare past sessions</source>
        <translation>قارن الجلسات السابقة</translation>
    </message>
</context>
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
    <name>CohortScreen</name>
    <message>
        <source>Unfinished</source>
        <translation>غير مكتملة</translation>
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
        <source>In calibration</source>
        <translation>قيد المعايرة</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Choose a cohort.</source>
        <translation>اختر دفعة.</translation>
    </message>
    <message>
        <source>Hidden: the people who checked in differ from another group's by fewer than 5.</source>
        <translation>مخفية: يختلف من شاركوا في الاستبيان عن مجموعة أخرى بأقل من 5 أشخاص.</translation>
    </message>
    <message>
        <source>Subtracting one group's figures from the other's would single those few people out.</source>
        <translation>فطرح أرقام مجموعة من أرقام الأخرى قد يكشف هؤلاء الأشخاص القلائل.</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 people in this cohort have checked in.</source>
        <translation>مخفية: شارك في الاستبيان أقل من 5 أشخاص من هذه الدفعة.</translation>
    </message>
    <message>
        <source>Figures are shown only for 5 or more, so no one can be singled out.</source>
        <translation>لا تظهر الأرقام إلا لخمسة أشخاص أو أكثر، حتى لا يُعرف أحد بعينه.</translation>
    </message>
    <message>
        <source>{people} people, {checkins} check-ins.</source>
        <translation>{people} أشخاص، {checkins} استبيانات.</translation>
    </message>
    <message>
        <source>Mean rating {value} of 10.</source>
        <translation>متوسط التقييم {value} من 10.</translation>
    </message>
    <message>
        <source>Mean stress {value} of 5.</source>
        <translation>متوسط الضغط {value} من 5.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Validate library</source>
        <translation>تحقّق من المكتبة</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <source>Open attempt</source>
        <translation>افتح المحاولة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Pass rate per scenario</source>
        <translation>نسبة النجاح لكل سيناريو</translation>
    </message>
    <message>
        <source>Attempts of the selected person</source>
        <translation>محاولات الشخص المحدّد</translation>
    </message>
    <message>
        <source>Wellbeing check-ins (anonymous, whole cohort)</source>
        <translation>استبيانات الرفاهية (مجهولة الهوية، للدفعة كلها)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>المكتملة</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>نسبة النجاح</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>النوع</translation>
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
        <source>No cohort yet: an admin creates cohorts.</source>
        <translation>لا توجد دفعات بعد: ينشئها المسؤول.</translation>
    </message>
    <message>
        <source>{members} members · {attempts} attempts · pass rate {rate} · mean score {mean}</source>
        <translation>{members} أعضاء · {attempts} محاولات · نسبة النجاح {rate} · متوسط الدرجة {mean}</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>New cohort name</source>
        <translation>اسم الدفعة الجديدة</translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation>أنشئ الدفعة</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>المدرّبون</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>κ, trainers</source>
        <translation>κ بين المدرّبين</translation>
    </message>
    <message>
        <source>Full agreement</source>
        <translation>اتفاق تام</translation>
    </message>
    <message>
        <source>κ, grader</source>
        <translation>κ مع المصحّح الآلي</translation>
    </message>
    <message>
        <source>Strict / lenient</source>
        <translation>متشدّدون / متساهلون</translation>
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
        <source>Pending</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّقة</translation>
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
    <name>Crash</name>
    <message>
        <source>Something went wrong ({kind}). Your work so far is saved. A report was written to {path}; please send it to your trainer or administrator.</source>
        <translation>حدث خطأ ما ({kind}). عملك حتى الآن محفوظ. كُتب تقرير في {path}؛ أرسله من فضلك إلى مدرّبك أو إلى المسؤول.</translation>
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
        <source>{verdict} (override)</source>
        <translation>{verdict} (بتعديل المدرّب)</translation>
    </message>
    <message>
        <source>Not found: {phrases}</source>
        <translation>لم يُعثر على: {phrases}</translation>
    </message>
    <message>
        <source>the account lookup</source>
        <translation>البحث عن الحساب</translation>
    </message>
    <message>
        <source>the tag {value}</source>
        <translation>الوسم {value}</translation>
    </message>
    <message>
        <source>the macro {value}</source>
        <translation>الرد الجاهز {value}</translation>
    </message>
    <message>
        <source>an escalation to {value}</source>
        <translation>التصعيد إلى {value}</translation>
    </message>
    <message>
        <source>a request for information</source>
        <translation>طلب معلومات</translation>
    </message>
    <message>
        <source>resolving the conversation</source>
        <translation>حل المحادثة</translation>
    </message>
    <message>
        <source>closing the conversation</source>
        <translation>إغلاق المحادثة</translation>
    </message>
    <message>
        <source>an internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>the back-office action {value}</source>
        <translation>إجراء النظام الداخلي {value}</translation>
    </message>
    <message>
        <source>the status {value}</source>
        <translation>الحالة {value}</translation>
    </message>
    <message>
        <source>the action {action}</source>
        <translation>الإجراء {action}</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حاسم</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>No customer details</source>
        <translation>لا تتوفر بيانات للعميل</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>حالة الحساب</translation>
    </message>
    <message>
        <source>2-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>الجلسات المفتوحة</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>البلاغ</translation>
    </message>
    <message>
        <source>Reported content</source>
        <translation>المحتوى المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Age check</source>
        <translation>التحقق من العمر</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>العملات</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Recovery e-mail</source>
        <translation>بريد الاستعادة</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>الطلب الأول</translation>
    </message>
    <message>
        <source>Second order</source>
        <translation>الطلب الثاني</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Payments review</source>
        <translation>مراجعة المدفوعات</translation>
    </message>
    <message>
        <source>Coin purchases</source>
        <translation>شراء العملات</translation>
    </message>
    <message>
        <source>Purchase confirmation</source>
        <translation>تأكيد الشراء</translation>
    </message>
    <message>
        <source>Reported video</source>
        <translation>الفيديو المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Reported account</source>
        <translation>الحساب المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Law-enforcement referral</source>
        <translation>الإحالة إلى جهات إنفاذ القانون</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Account in the back office</source>
        <translation>الحساب في النظام الداخلي</translation>
    </message>
    <message>
        <source>Past tickets</source>
        <translation>التذاكر السابقة</translation>
    </message>
    <message>
        <source>Internal note (never sent to the user)</source>
        <translation>ملاحظة داخلية (لا تُرسل إلى المستخدم أبدًا)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>أضف الملاحظة</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
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
    <message>
        <source>Pass rate</source>
        <translation>نسبة النجاح</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>الأسبوع المبتدئ في</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>الدرجة (٪)</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Missed where it applied</source>
        <translation>نسبة الإخفاق حيث ينطبق المعيار</translation>
    </message>
    <message>
        <source>min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>s</source>
        <translation>ث</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>أول رد</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>ضمن مستوى الخدمة</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>تجاوز مهلة الرد</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>غير مكتملة</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Pass rate per week</source>
        <translation>نسبة النجاح لكل أسبوع</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>توزيع الدرجات</translation>
    </message>
    <message>
        <source>Most missed criteria</source>
        <translation>المعايير الأكثر إخفاقًا</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Exam outcomes</source>
        <translation>نتائج الاختبارات</translation>
    </message>
    <message>
        <source>Trainees' progress</source>
        <translation>تقدّم المتدرّبين</translation>
    </message>
    <message>
        <source>there is no report to export.</source>
        <translation>لا يوجد تقرير لتصديره.</translation>
    </message>
    <message>
        <source>not available in this build ({what}).</source>
        <translation>غير متاح في هذا الإصدار ({what}).</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>No cohort yet: an admin creates cohorts.</source>
        <translation>لا توجد دفعات بعد: ينشئها المسؤول.</translation>
    </message>
    <message>
        <source>The first day comes after the last: change the dates.</source>
        <translation>اليوم الأول يقع بعد اليوم الأخير: غيّر التاريخين.</translation>
    </message>
    <message>
        <source>Reports are not available in this build.</source>
        <translation>التقارير غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>No finished attempts in this range.</source>
        <translation>لا توجد محاولات مكتملة في هذه الفترة.</translation>
    </message>
    <message>
        <source>No exam sittings in this range.</source>
        <translation>لا توجد جلسات اختبار في هذه الفترة.</translation>
    </message>
    <message>
        <source>No answered threads in this range.</source>
        <translation>لا توجد محادثات تلقّت ردًّا في هذه الفترة.</translation>
    </message>
    <message>
        <source>No thread with an SLA in this range.</source>
        <translation>لا توجد محادثات لها مستوى خدمة في هذه الفترة.</translation>
    </message>
    <message>
        <source>No finished attempts or exam sittings between {start} and {end} for these filters. Widen the dates or choose all languages and SOPs.</source>
        <translation>لا توجد محاولات مكتملة ولا جلسات اختبار بين {start} و{end} بهذه المرشحات. وسّع نطاق التاريخ أو اختر كل اللغات وكل الإجراءات.</translation>
    </message>
    <message>
        <source>No criterion was missed in this range.</source>
        <translation>لم يُخفَق في أي معيار في هذه الفترة.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ الملف {path}</translation>
    </message>
    <message>
        <source>Cohort dashboard</source>
        <translation>لوحة مؤشرات الدفعة</translation>
    </message>
    <message>
        <source>Back to cohorts</source>
        <translation>العودة إلى الدفعات</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>All SOPs</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>First response per channel</source>
        <translation>أول رد حسب القناة</translation>
    </message>
    <message>
        <source>SLA breaches per channel</source>
        <translation>تجاوزات مستوى الخدمة حسب القناة</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>{name} wrote while you were typing. Read the new message, change your reply if you need to, then press Send again.</source>
        <translation>كتب {name} بينما كنت تكتب ردّك. اقرأ الرسالة الجديدة وعدّل ردّك إن لزم، ثم اضغط «إرسال» مرة أخرى.</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>افتح محادثة أولًا.</translation>
    </message>
    <message>
        <source>tag {value}</source>
        <translation>إضافة الوسم {value}</translation>
    </message>
    <message>
        <source>escalate to {value}</source>
        <translation>التصعيد إلى {value}</translation>
    </message>
    <message>
        <source>set the status to {value}</source>
        <translation>تغيير الحالة إلى {value}</translation>
    </message>
    <message>
        <source>🏷 Tagged {value}</source>
        <translation>🏷 أُضيف الوسم {value}</translation>
    </message>
    <message>
        <source>⇪ Escalated to {value}</source>
        <translation>⇪ صُعّدت إلى {value}</translation>
    </message>
    <message>
        <source>✓ Status changed to solved</source>
        <translation>✓ تغيّرت الحالة إلى محلولة</translation>
    </message>
    <message>
        <source>Status changed to closed</source>
        <translation>تغيّرت الحالة إلى مغلقة</translation>
    </message>
    <message>
        <source>Status changed to pending: information requested</source>
        <translation>تغيّرت الحالة إلى بانتظار الرد: طُلبت معلومات</translation>
    </message>
    <message>
        <source>✎ Internal note: {value}</source>
        <translation>✎ ملاحظة داخلية: {value}</translation>
    </message>
    <message>
        <source>↺ Reopened</source>
        <translation>↺ أُعيد فتحها</translation>
    </message>
    <message>
        <source>Status changed to {value}</source>
        <translation>تغيّرت الحالة إلى {value}</translation>
    </message>
    <message>
        <source>⚙ Back office: {value}</source>
        <translation>⚙ النظام الداخلي: {value}</translation>
    </message>
    <message>
        <source>New message ({channel}): {preview}</source>
        <translation>رسالة جديدة ({channel}): {preview}</translation>
    </message>
    <message>
        <source>{name} wrote while you were typing. Read it before you send.</source>
        <translation>كتب {name} بينما كنت تكتب ردّك. اقرأ رسالته قبل الإرسال.</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>متبقٍّ {time}</translation>
    </message>
    <message>
        <source>Time spent · time left before the case ends</source>
        <translation>الوقت المنقضي · الوقت المتبقي قبل انتهاء الحالة</translation>
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
    <name>DisputeBar</name>
    <message>
        <source>Disagree with a criterion?</source>
        <translation>لا توافق على معيار؟</translation>
    </message>
    <message>
        <source>Why the verdict of this criterion is wrong</source>
        <translation>لماذا الحكم على هذا المعيار خاطئ</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>اعترض</translation>
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
        <source>You may dispute until {when} UTC ({days} days after the attempt).</source>
        <translation>يمكنك الاعتراض حتى {when} بالتوقيت العالمي ({days} أيام بعد المحاولة).</translation>
    </message>
    <message>
        <source>The dispute window closed on {when} UTC.</source>
        <translation>انتهت مهلة الاعتراض في {when} بالتوقيت العالمي.</translation>
    </message>
    <message>
        <source>waiting for a trainer</source>
        <translation>بانتظار مدرّب</translation>
    </message>
    <message>
        <source>Overturned by a trainer:</source>
        <translation>ألغى مدرّب الحكم:</translation>
    </message>
    <message>
        <source>Upheld by a trainer:</source>
        <translation>ثبّت مدرّب الحكم:</translation>
    </message>
</context>
<context>
    <name>DisputeQueue</name>
    <message>
        <source>Trainee</source>
        <translation>متدرّب</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>تاريخ الاعتراض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>أُلغي الحكم</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>ثُبّت الحكم</translation>
    </message>
    <message>
        <source>No dispute to answer.</source>
        <translation>لا توجد اعتراضات بانتظار الرد.</translation>
    </message>
    <message>
        <source>{trainee} disputes “{criterion}”</source>
        <translation>يعترض {trainee} على «{criterion}»</translation>
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
        <source>Automatic verdict of the criterion: {verdict}</source>
        <translation>الحكم الآلي على المعيار: {verdict}</translation>
    </message>
    <message>
        <source>The trainee's reason:</source>
        <translation>سبب المتدرّب:</translation>
    </message>
    <message>
        <source>{status} by {name}, {when}</source>
        <translation>{status} بقرار {name}، {when}</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>الاعتراضات</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>الاعتراضات المفتوحة</translation>
    </message>
    <message>
        <source>All disputes</source>
        <translation>كل الاعتراضات</translation>
    </message>
    <message>
        <source>Trainees may dispute for (days)</source>
        <translation>مهلة اعتراض المتدرّبين (بالأيام)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Your answer (required)</source>
        <translation>ردّك (مطلوب)</translation>
    </message>
    <message>
        <source>Why the verdict stands, or why it was wrong</source>
        <translation>لماذا يبقى الحكم، أو لماذا كان خاطئًا</translation>
    </message>
    <message>
        <source>Uphold the verdict</source>
        <translation>ثبّت الحكم</translation>
    </message>
    <message>
        <source>Overturn the verdict</source>
        <translation>ألغِ الحكم</translation>
    </message>
    <message>
        <source>Open attempt</source>
        <translation>افتح المحاولة</translation>
    </message>
    <message>
        <source>Rubric example for the scenario's author</source>
        <translation>مثال لمعايير التقييم لمؤلّف السيناريو</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>انسخ</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>لم ينجح</translation>
    </message>
    <message>
        <source>Score {score}% (needed {need}%)</source>
        <translation>الدرجة {score}% (المطلوب {need}%)</translation>
    </message>
    <message>
        <source>The time ran out; items not reached score 0.</source>
        <translation>انتهى الوقت؛ البنود التي لم تصلها درجتها 0.</translation>
    </message>
    <message>
        <source>the mean score is below the pass mark</source>
        <translation>متوسط الدرجات أقل من درجة النجاح</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>لم تصل إليه</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حاسم</translation>
    </message>
    <message>
        <source>an item did not pass</source>
        <translation>لم تنجح في أحد البنود</translation>
    </message>
    <message>
        <source>a critical mistake was made</source>
        <translation>وقع خطأ جسيم</translation>
    </message>
    <message>
        <source>Not passed because: </source>
        <translation>سبب عدم النجاح: </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
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
        <source>swapped (no penalty)</source>
        <translation>مُستبدَل (دون خصم)</translation>
    </message>
    <message>
        <source>Double-click an item to see its results and evidence.</source>
        <translation>انقر مرتين على بند لترى نتيجته وأدلتها.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>مُنحت إلى</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة حتى</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>Certificate of achievement</source>
        <translation>شهادة إنجاز</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>احفظ الشهادة…</translation>
    </message>
    <message>
        <source>Back to the exams</source>
        <translation>العودة إلى الاختبارات</translation>
    </message>
</context>
<context>
    <name>ExamPanel</name>
    <message>
        <source>The time for {exam} ran out while you were away; it was graded on what you had sent.</source>
        <translation>انتهى وقت {exam} وأنت غائب؛ وقد صُحّح على ما كنت أرسلته.</translation>
    </message>
    <message>
        <source>mean score ≥ {n}%</source>
        <translation>متوسط الدرجات ≥ {n}%</translation>
    </message>
    <message>
        <source>every item passed</source>
        <translation>النجاح في كل بند</translation>
    </message>
    <message>
        <source>no critical failure</source>
        <translation>بلا خطأ جسيم</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} دقيقة</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
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
    <message>
        <source>Certification exams</source>
        <translation>اختبارات الشهادة</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>To pass</source>
        <translation>شروط النجاح</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
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
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Start exam…</source>
        <translation>ابدأ الاختبار…</translation>
    </message>
    <message>
        <source>One timer for the whole exam. Scores are shown at the end. Sensitive items can be swapped for an equivalent with no penalty.</source>
        <translation>مؤقت واحد للاختبار كله، والدرجات تظهر في النهاية. يمكن استبدال البنود الحساسة ببند مكافئ دون أي خصم.</translation>
    </message>
    <message>
        <source>My sittings and certificates</source>
        <translation>اختباراتي وشهاداتي</translation>
    </message>
    <message>
        <source>Open a finished sitting with a double-click.</source>
        <translation>افتح اختبارًا منتهيًا بالنقر مرتين.</translation>
    </message>
    <message>
        <source>Your sitting of “{title}” was interrupted with {time} left. Resume it now?</source>
        <translation>توقف اختبارك «{title}» وبقي من وقته {time}. هل تريد متابعته الآن؟</translation>
    </message>
    <message>
        <source>Resume the exam</source>
        <translation>تابع الاختبار</translation>
    </message>
</context>
<context>
    <name>ExamScreen</name>
    <message>
        <source>Your {m} minutes of paused exam time are used up, so the exam clock is running again. Take the time you need; support stays open for you.</source>
        <translation>استنفدت دقائق الإيقاف المتاحة لك في الاختبار ({m} دقيقة)، لذا عاد مؤقّت الاختبار إلى العمل. خذ الوقت الذي تحتاجه؛ الدعم ما زال متاحًا لك.</translation>
    </message>
    <message>
        <source>End this exam item?</source>
        <translation>إنهاء هذا البند من الاختبار؟</translation>
    </message>
    <message>
        <source>The item is graded on what you have done so far, and you cannot come back to it.</source>
        <translation>سيُصحَّح البند على ما أنجزته حتى الآن، ولن تستطيع العودة إليه.</translation>
    </message>
    <message>
        <source>End the item</source>
        <translation>أنهِ البند</translation>
    </message>
    <message>
        <source>Exam time left {t}</source>
        <translation>الوقت المتبقي للاختبار {t}</translation>
    </message>
    <message>
        <source>Exam time left {t} (running)</source>
        <translation>الوقت المتبقي للاختبار {t} (المؤقّت يعمل)</translation>
    </message>
    <message>
        <source>Exam time left {t} (paused)</source>
        <translation>الوقت المتبقي للاختبار {t} (متوقف)</translation>
    </message>
    <message>
        <source>Item {n} of {total}</source>
        <translation>البند {n} من {total}</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>Certificate saved to {path}</source>
        <translation>حُفظت الشهادة في {path}</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <source>Not graded yet</source>
        <translation>لم يُقيَّم بعد</translation>
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
        <source>Account looked up</source>
        <translation>تم البحث عن الحساب</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>رد جاهز</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>صُعّدت الحالة</translation>
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
        <source>Action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>متدرّب</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>{done} of {total} graded</source>
        <translation>قُيّم {done} من {total}</translation>
    </message>
    <message>
        <source>Grade every criterion of every attempt as met or missed. You see neither the automatic verdict nor the other trainers' grades; the results are revealed when every trainer has submitted.</source>
        <translation>قيّم كل معيار في كل محاولة: متحقّق أو غير متحقّق. لا ترى الحكم الآلي ولا تقييمات المدرّبين الآخرين، وتُكشف النتائج حين يسلّم جميع المدرّبين.</translation>
    </message>
    <message>
        <source>Submit my grades</source>
        <translation>سلّم تقييماتي</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Your grade</source>
        <translation>تقييمك</translation>
    </message>
    <message>
        <source>Attempt {n} of {total}: {title}</source>
        <translation>المحاولة {n} من {total}: {title}</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
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
    <name>IntroPage</name>
    <message>
        <source>{n} items, played one after the other at the support desk.</source>
        <translation>{n} بنود تؤدّيها واحدًا تلو الآخر في مكتب الدعم.</translation>
    </message>
    <message>
        <source>{m} minutes for the whole exam. The exam timer stays on screen; when it runs out, the item being played ends and the exam is graded.</source>
        <translation>{m} دقيقة للاختبار كله. يبقى مؤقت الاختبار ظاهرًا، وعند انتهاء الوقت ينتهي البند الجاري ويُقيَّم الاختبار.</translation>
    </message>
    <message>
        <source>The exam clock is real time: it keeps running if you sign out or close Frontline, and a sitting whose time ran out is graded on what you sent.</source>
        <translation>مؤقّت الاختبار وقت حقيقي: يستمر إذا سجّلت الخروج أو أغلقت Frontline، والجلسة التي ينتهي وقتها تُصحَّح على ما أرسلته.</translation>
    </message>
    <message>
        <source>To pass: a mean score of at least {n}%.</source>
        <translation>للنجاح: متوسط درجات لا يقل عن {n}%.</translation>
    </message>
    <message>
        <source>Every item must also pass on its own.</source>
        <translation>ويجب النجاح في كل بند على حدة أيضًا.</translation>
    </message>
    <message>
        <source>A critical mistake in any item fails the exam.</source>
        <translation>أي خطأ جسيم في أي بند يعني عدم النجاح في الاختبار.</translation>
    </message>
    <message>
        <source>Before a sensitive item you get a briefing. If the exam has an equivalent lighter item you may take it instead: it is recorded as a swap, with no penalty.</source>
        <translation>قبل أي بند حساس يظهر لك تنبيه تمهيدي. وإن كان في الاختبار بند مكافئ أخف فيمكنك أداؤه بدلًا منه: يُسجَّل ذلك استبدالًا دون أي خصم.</translation>
    </message>
    <message>
        <source>The exam clock stops while a briefing is open and during a break between items. During an item, Pause / support hides the case and stops the clock for up to {m} minutes in all. Pausing never affects a grade.</source>
        <translation>يتوقف مؤقّت الاختبار أثناء التنبيه المسبق وأثناء الاستراحة بين البنود. وفي أثناء البند، يُخفي «إيقاف مؤقت / دعم» الحالة ويوقف المؤقّت حتى {m} دقيقة إجمالًا. الإيقاف لا يؤثر في الدرجة أبدًا.</translation>
    </message>
    <message>
        <source>Scores are shown at the end, not after each item.</source>
        <translation>تظهر الدرجات في النهاية، لا بعد كل بند.</translation>
    </message>
    <message>
        <source>You have {m} minutes of extra time on this exam.</source>
        <translation>لديك {m} دقيقة إضافية في هذا الاختبار.</translation>
    </message>
    <message>
        <source>Sittings used: {used} of {allowed}.</source>
        <translation>المحاولات المستخدمة: {used} من {allowed}.</translation>
    </message>
    <message>
        <source>You have used every sitting this exam allows.</source>
        <translation>استخدمت كل المحاولات التي يسمح بها هذا الاختبار.</translation>
    </message>
    <message>
        <source>You can sit this exam again from {when}.</source>
        <translation>يمكنك أداء هذا الاختبار مرة أخرى ابتداءً من {when}.</translation>
    </message>
    <message>
        <source>A sitting of this exam is still open: resume it instead.</source>
        <translation>ما زالت جلسة من هذا الاختبار مفتوحة: استأنفها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Begin the exam</source>
        <translation>ابدأ الاختبار</translation>
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
    <name>LanguageSwitch</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Show Frontline in {language}</source>
        <translation>اعرض Frontline بـ{language}</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
</context>
<context>
    <name>LibraryDetails</name>
    <message>
        <source>✓ Done</source>
        <translation>✓ أنجزته</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>لم تُنجزه بعد</translation>
    </message>
    <message>
        <source>Follow the procedure “{sop}”.</source>
        <translation>اتبع إجراء «{sop}».</translation>
    </message>
    <message>
        <source>About {n} min (time limit {limit} min)</source>
        <translation>نحو {n} دقيقة (المهلة {limit} دقيقة)</translation>
    </message>
    <message>
        <source>Your last score: {score}% ({n} attempts)</source>
        <translation>درجتك الأخيرة: {score}% (عدد المحاولات: {n})</translation>
    </message>
    <message>
        <source>You have not tried it yet.</source>
        <translation>لم تجرّبه بعد.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Choose a scenario to see what it asks of you.</source>
        <translation>اختر سيناريو لترى ما يُطلب منك فيه.</translation>
    </message>
</context>
<context>
    <name>LimitsTab</name>
    <message>
        <source>Support resources: give each line in English and in Arabic.</source>
        <translation>موارد الدعم: اكتب كل سطر بالإنجليزية وبالعربية.</translation>
    </message>
    <message>
        <source>Saved. Trainees get these limits from their next scenario.</source>
        <translation>تم الحفظ. تسري هذه الحدود على المتدرّبين من السيناريو التالي.</translation>
    </message>
    <message>
        <source>What trainees may choose</source>
        <translation>ما يمكن للمتدرّبين اختياره</translation>
    </message>
    <message>
        <source>Daily budget (minutes)</source>
        <translation>الحد اليومي (بالدقائق)</translation>
    </message>
    <message>
        <source>Support resources, one per line</source>
        <translation>موارد الدعم، موردًا في كل سطر</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Lowest blur level</source>
        <translation>أدنى مستوى للتمويه</translation>
    </message>
    <message>
        <source>Highest blur level</source>
        <translation>أعلى مستوى للتمويه</translation>
    </message>
    <message>
        <source>Default blur level</source>
        <translation>مستوى التمويه الافتراضي</translation>
    </message>
    <message>
        <source>Lowest blur level in exams</source>
        <translation>أدنى مستوى للتمويه في الاختبارات</translation>
    </message>
    <message>
        <source>Greyscale required</source>
        <translation>التدرّج الرمادي إلزامي</translation>
    </message>
    <message>
        <source>Longest auto-hide (seconds)</source>
        <translation>أطول مدة للإخفاء التلقائي (بالثواني)</translation>
    </message>
    <message>
        <source>Default auto-hide (seconds, 0: off)</source>
        <translation>الإخفاء التلقائي الافتراضي (بالثواني، 0: متوقف)</translation>
    </message>
    <message>
        <source>Scenario time per day</source>
        <translation>وقت السيناريوهات في اليوم</translation>
    </message>
    <message>
        <source>Time per content category per day</source>
        <translation>الوقت لكل فئة محتوى في اليوم</translation>
    </message>
    <message>
        <source>Revealed media per day</source>
        <translation>الوسائط المكشوفة في اليوم</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>احفظ الحدود</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Also: {effects}</source>
        <translation>وأيضًا: {effects}</translation>
    </message>
    <message>
        <source>Search macros…</source>
        <translation>ابحث في الردود الجاهزة…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stay</source>
        <translation>ابقَ</translation>
    </message>
    <message>
        <source>End the scenario?</source>
        <translation>إنهاء السيناريو؟</translation>
    </message>
    <message>
        <source>It is graded on what you have done so far, and cannot be taken back. Open conversations count as not handled.</source>
        <translation>سيُقيَّم على ما أنجزته حتى الآن، ولا يمكن التراجع عن ذلك. المحادثات المفتوحة تُحسب غير مُعالَجة.</translation>
    </message>
    <message>
        <source>End and see results</source>
        <translation>أنهِ واعرض النتائج</translation>
    </message>
    <message>
        <source>All conversations are resolved</source>
        <translation>حُلّت كل المحادثات</translation>
    </message>
    <message>
        <source>This is the last open conversation: once it is done, the scenario ends and your results show. Choose Stay to keep working on it.</source>
        <translation>هذه آخر محادثة مفتوحة: عند إنهائها ينتهي السيناريو وتظهر نتائجك. اختر «البقاء» لتواصل العمل عليها.</translation>
    </message>
    <message>
        <source>See your results</source>
        <translation>اعرض نتائجك</translation>
    </message>
    <message>
        <source>Leave the exam?</source>
        <translation>مغادرة الاختبار؟</translation>
    </message>
    <message>
        <source>The exam clock keeps running while you are away: time while you are signed out or Frontline is closed counts. Your answers so far are saved.</source>
        <translation>يستمر مؤقّت الاختبار في أثناء غيابك: يُحتسب الوقت الذي تكون فيه خارج الحساب أو يكون Frontline مغلقًا. إجاباتك حتى الآن محفوظة.</translation>
    </message>
    <message>
        <source>Leave the exam</source>
        <translation>غادر الاختبار</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New calibration session</source>
        <translation>جلسة معايرة جديدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Attempts to grade</source>
        <translation>المحاولات المطلوب تقييمها</translation>
    </message>
    <message>
        <source>Trainers (two or more)</source>
        <translation>المدرّبون (اثنان أو أكثر)</translation>
    </message>
    <message>
        <source>e.g. March: account recovery</source>
        <translation>مثلًا: مارس، استعادة الحسابات</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>ابدأ الجلسة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Criterion: {name}</source>
        <translation>المعيار: {name}</translation>
    </message>
    <message>
        <source>Resolved: {target}</source>
        <translation>حُسم: {target}</translation>
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
        <source>by {name}, {when}</source>
        <translation>بواسطة {name}، {when}</translation>
    </message>
    <message>
        <source>Trainer overrides</source>
        <translation>تعديلات المدرّب</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>التعديل على</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>الحكم الجديد</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>Verdict of record: {verdict}, {score}% (overrides count)</source>
        <translation>الحكم المعتمد: {verdict}، {score}% (التعديلات محتسبة)</translation>
    </message>
    <message>
        <source>Disputed: trainers disagree, so the automatic verdict stands until a lead or admin resolves it.</source>
        <translation>موضع خلاف: المدرّبون مختلفون، فيبقى الحكم الآلي حتى يحسمه المشرف أو المسؤول.</translation>
    </message>
    <message>
        <source>Add override</source>
        <translation>أضف التعديل</translation>
    </message>
    <message>
        <source>Resolve the disagreement</source>
        <translation>احسم الخلاف</translation>
    </message>
    <message>
        <source>No overrides yet.</source>
        <translation>لا توجد تعديلات بعد.</translation>
    </message>
    <message>
        <source>Why the automatic grading got it wrong</source>
        <translation>لماذا أخطأ التقييم الآلي</translation>
    </message>
    <message>
        <source>The verdict of the attempt</source>
        <translation>حكم المحاولة</translation>
    </message>
    <message>
        <source>Automatic verdict: {verdict}, {score}% (kept as it is)</source>
        <translation>الحكم الآلي: {verdict}، {score}% (يبقى كما هو)</translation>
    </message>
</context>
<context>
    <name>PausedPanel</name>
    <message>
        <source>Paused</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>The case is out of sight while you take a pause. Take the time you need: breathe, stretch, look away from the screen.</source>
        <translation>الحالة مخفية ما دمت في إيقاف مؤقت. خذ الوقت الذي تحتاجه: تنفّس بهدوء، وتمدّد، وأرِح عينيك بعيدًا عن الشاشة.</translation>
    </message>
    <message>
        <source>Your draft and your place are kept. When you are ready, resume.</source>
        <translation>مسودة ردّك وموضعك محفوظان. تابع حين تكون مستعدًا.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Added {name}.</source>
        <translation>تمت إضافة {name}.</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translation>عُيّنت كلمة مرور جديدة لـ {name}.</translation>
    </message>
    <message>
        <source>{name} now uses {language}.</source>
        <translation>يستخدم {name} الآن {language}.</translation>
    </message>
    <message>
        <source>{name} added to {cohort}.</source>
        <translation>أُضيف {name} إلى {cohort}.</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Select a person to change them</source>
        <translation>اختر شخصًا لتعديل بياناته</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>متدرّب</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>مدرّب</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
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
        <source>letters, digits, . _ @ -</source>
        <translation>حروف لاتينية وأرقام و . _ @ -</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>كلمة مرور جديدة (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>أضف الشخص</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>تعيين اللغة</translation>
    </message>
    <message>
        <source>Add to cohort</source>
        <translation>أضف إلى الدفعة</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Replies in {language}</source>
        <translation>يردّ بـ{language}</translation>
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
        <source>automatic: {score}%, {verdict}</source>
        <translation>الآلي: {score}%، {verdict}</translation>
    </message>
    <message>
        <source>Decided by a trainer's override</source>
        <translation>حُسم بتعديل من المدرّب</translation>
    </message>
    <message>
        <source>Disputed: trainers disagree; the automatic verdict stands</source>
        <translation>موضع خلاف: المدرّبون مختلفون، ويبقى الحكم الآلي</translation>
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
        <source>{wpm} ⚠ likely pasted: faster than anyone types</source>
        <translation>{wpm} ⚠ على الأرجح نص ملصق: أسرع مما يكتبه أي شخص</translation>
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
        <source>Account looked up</source>
        <translation>تم البحث عن الحساب</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>رد جاهز</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>صُعّدت الحالة</translation>
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
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>النظام الداخلي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Retry this scenario</source>
        <translation>أعد هذا السيناريو</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>التالي: {title}</translation>
    </message>
    <message>
        <source>The next scenario you have not passed yet</source>
        <translation>السيناريو التالي الذي لم تنجح فيه بعد</translation>
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
    <name>RevealPage</name>
    <message>
        <source>Cohen's kappa</source>
        <translation>كابا كوهين</translation>
    </message>
    <message>
        <source>Fleiss' kappa</source>
        <translation>كابا فلايس</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>متشدّد</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>متساهل</translation>
    </message>
    <message>
        <source>In line</source>
        <translation>متّسق</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>الاتفاق لكل معيار</translation>
    </message>
    <message>
        <source>Trainers: strict or lenient</source>
        <translation>المدرّبون: التشدّد والتساهل</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Kappa between trainers</source>
        <translation>كابا بين المدرّبين</translation>
    </message>
    <message>
        <source>All trainers agree</source>
        <translation>اتفاق جميع المدرّبين</translation>
    </message>
    <message>
        <source>Kappa, grader and trainers</source>
        <translation>كابا بين المصحّح الآلي والمدرّبين</translation>
    </message>
    <message>
        <source>Grades equal to the grader's</source>
        <translation>تقييمات تطابق المصحّح الآلي</translation>
    </message>
    <message>
        <source>Graded met: {counts}</source>
        <translation>قُيّم متحقّقًا: {counts}</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>مدرّب</translation>
    </message>
    <message>
        <source>Graded met</source>
        <translation>قيّمه متحقّقًا</translation>
    </message>
    <message>
        <source>Median of the trainers</source>
        <translation>وسيط المدرّبين</translation>
    </message>
    <message>
        <source>Automatic grader</source>
        <translation>المصحّح الآلي</translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation>الميل</translation>
    </message>
    <message>
        <source>Kappa: 1 is full agreement, 0 what chance would give, below 0 worse than chance; — when everyone gave the same grade throughout. A trainer 10 points or more below the median share of met is strict, as far above lenient.</source>
        <translation>كابا: 1 اتفاق تام، و0 ما تعطيه المصادفة، وما دون 0 أسوأ من المصادفة؛ و— حين يعطي الجميع التقييم نفسه في كل مرة. المدرّب الذي تقلّ نسبة ما قيّمه متحقّقًا عن الوسيط بعشر نقاط أو أكثر متشدّد، ومن يزيد عليه بمثلها متساهل.</translation>
    </message>
    <message>
        <source>{title}: {trainers} trainers, {attempts} attempts. {method} between trainers {kappa}; grader and trainers {grader}.</source>
        <translation>{title}: {trainers} مدرّبين، {attempts} محاولات. {method} بين المدرّبين {kappa}؛ وبين المصحّح الآلي والمدرّبين {grader}.</translation>
    </message>
</context>
<context>
    <name>ReviewResults</name>
    <message>
        <source>Back to the cohort</source>
        <translation>العودة إلى الدفعة</translation>
    </message>
    <message>
        <source>Evidence in the trainee's replies</source>
        <translation>الدليل في ردود المتدرّب</translation>
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
    <name>Shortcuts</name>
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
        <source>Add a tag</source>
        <translation>أضف وسمًا</translation>
    </message>
    <message>
        <source>Escalate to a team</source>
        <translation>صعّد الحالة إلى فريق</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>حلّ المحادثة</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>أغلق المحادثة</translation>
    </message>
    <message>
        <source>End the scenario</source>
        <translation>أنهِ السيناريو</translation>
    </message>
    <message>
        <source>Pause and see support resources</source>
        <translation>أوقف الوقت واطّلع على مصادر الدعم</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>إظهار هذه المساعدة أو إخفاؤها</translation>
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
    <name>SittingReview</name>
    <message>
        <source>Exam sitting: {title}</source>
        <translation>جلسة اختبار: {title}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}, {score}% (pass mark {mark}%)</source>
        <translation>النتيجة: {verdict}، {score}% (درجة النجاح {mark}%)</translation>
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
        <source>Time used {used} of {limit}</source>
        <translation>الوقت المستخدم {used} من {limit}</translation>
    </message>
    <message>
        <source>Paused {paused}, of which {credited} did not count</source>
        <translation>إيقاف مؤقت {paused}، لم يُحتسب منه {credited}</translation>
    </message>
    <message>
        <source>Decided by a trainer's override (automatic: {verdict}, {score}%)</source>
        <translation>حُسم بتعديل من المدرّب (الآلي: {verdict}، {score}%)</translation>
    </message>
    <message>
        <source>This exam requires review: its certificate is issued once a trainer confirms the verdict (override the verdict, with a reason).</source>
        <translation>هذا الاختبار يتطلب مراجعة: تصدر شهادته بعد أن يؤكد مدرّب الحكم (عدّل الحكم مع ذكر السبب).</translation>
    </message>
    <message>
        <source>The time ran out; items not reached score 0.</source>
        <translation>انتهى الوقت؛ البنود التي لم تصلها درجتها 0.</translation>
    </message>
    <message>
        <source>Not passed because: </source>
        <translation>سبب عدم النجاح: </translation>
    </message>
    <message>
        <source>Extra time: {m} minutes</source>
        <translation>وقت إضافي: {m} دقيقة</translation>
    </message>
    <message>
        <source>Accommodation: {m} minutes, {when}: {reason}</source>
        <translation>ترتيب خاص: {m} دقيقة، {when}: {reason}</translation>
    </message>
    <message>
        <source>Items (double-click to review one)</source>
        <translation>البنود (انقر مرتين لمراجعة بند)</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>فترات الإيقاف</translation>
    </message>
    <message>
        <source>Back to the cohort</source>
        <translation>العودة إلى الدفعة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
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
        <source>swapped from {id}</source>
        <translation>بديل عن {id}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>At</source>
        <translation>عند</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>احتُسب كـ</translation>
    </message>
    <message>
        <source>Pause / support</source>
        <translation>إيقاف مؤقت / دعم</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>تنبيه مسبق</translation>
    </message>
    <message>
        <source>from the allowance</source>
        <translation>من الرصيد المسموح</translation>
    </message>
    <message>
        <source>between items</source>
        <translation>بين البنود</translation>
    </message>
</context>
<context>
    <name>StaffEntries</name>
    <message>
        <source>You grade this attempt in a calibration session: it opens once the session's results are revealed.</source>
        <translation>تقيّم هذه المحاولة في جلسة معايرة: تُفتح بعد كشف نتائج الجلسة.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>الاستوديو</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>الاعتراضات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
</context>
<context>
    <name>StudioScreen</name>
    <message>
        <source>Open a library folder</source>
        <translation>افتح مجلد مكتبة</translation>
    </message>
    <message>
        <source>SOPs</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>الاختبارات</translation>
    </message>
    <message>
        <source>Cannot open {file}: {error}</source>
        <translation>تعذّر فتح {file}: {error}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to {file}?</source>
        <translation>أتحفظ التغييرات في {file}؟</translation>
    </message>
    <message>
        <source>Cannot save {file}: {error}</source>
        <translation>تعذّر حفظ {file}: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>حُفظ {file}.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>لا مشكلات.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>خطأ واحد</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>الأخطاء: {n}</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>تنبيه واحد</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>التنبيهات: {n}</translation>
    </message>
    <message>
        <source>Trying {title} — seed {seed}</source>
        <translation>تجربة «{title}» — البذرة {seed}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Seed {seed}, {locale}: {verdict}, score {score} — failed criteria: {failed}</source>
        <translation>البذرة {seed}، {locale}: {verdict}، الدرجة {score} — المعايير غير المستوفاة: {failed}</translation>
    </message>
    <message>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Compare with another version of the SOP</source>
        <translation>قارن بنسخة أخرى من الإجراء</translation>
    </message>
    <message>
        <source>What</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>macro</source>
        <translation>الرد الجاهز</translation>
    </message>
    <message>
        <source>team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>المتأثّر</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>لا تغيير</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>افتح مكتبة…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Persona locale</source>
        <translation>لغة الشخصية ومنطقتها</translation>
    </message>
    <message>
        <source>Empty: the scenario's own locale</source>
        <translation>فارغ: لغة السيناريو نفسه ومنطقته</translation>
    </message>
    <message>
        <source>Play now</source>
        <translation>جرّب الآن</translation>
    </message>
    <message>
        <source>verdict: pass</source>
        <translation>الحكم: ناجح</translation>
    </message>
    <message>
        <source>verdict: fail</source>
        <translation>الحكم: راسب</translation>
    </message>
    <message>
        <source>Add example from the play</source>
        <translation>أضف مثالًا من التجربة</translation>
    </message>
    <message>
        <source>Compare SOP</source>
        <translation>قارن الإجراء</translation>
    </message>
    <message>
        <source>Preview personas</source>
        <translation>استعرض الشخصيات</translation>
    </message>
    <message>
        <source>End and back to the editor</source>
        <translation>أنهِ وعُد إلى المحرّر</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>التجربة</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <source>SOP diff</source>
        <translation>فروق الإجراء</translation>
    </message>
    <message>
        <source>Open a library and choose a file.</source>
        <translation>افتح مكتبة واختر ملفًا.</translation>
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
        <source>Account security</source>
        <translation>أمان الحسابات</translation>
    </message>
    <message>
        <source>Appeals review</source>
        <translation>مراجعة الطعون</translation>
    </message>
    <message>
        <source>Emergency response</source>
        <translation>الاستجابة للطوارئ</translation>
    </message>
    <message>
        <source>Trust and safety</source>
        <translation>الثقة والأمان</translation>
    </message>
    <message>
        <source>Minor safety</source>
        <translation>سلامة القاصرين</translation>
    </message>
    <message>
        <source>Law enforcement response</source>
        <translation>الاستجابة لجهات إنفاذ القانون</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>اختر فريقًا…</translation>
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
        <source>Internal note added</source>
        <translation>أُضيفت الملاحظة الداخلية</translation>
    </message>
    <message>
        <source>Status changed to {value}</source>
        <translation>تغيّرت الحالة إلى {value}</translation>
    </message>
    <message>
        <source>Done in the back office: {value}</source>
        <translation>نُفّذ في النظام الداخلي: {value}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>A tag needs a value</source>
        <translation>الوسم يحتاج إلى قيمة</translation>
    </message>
    <message>
        <source>Choose a macro</source>
        <translation>اختر ردًا جاهزًا</translation>
    </message>
    <message>
        <source>This case has no SOP, so no macros</source>
        <translation>لا يوجد إجراء لهذه الحالة، لذا لا توجد ردود جاهزة</translation>
    </message>
    <message>
        <source>No macro {value} in this SOP (macros: {known})</source>
        <translation>لا يوجد رد جاهز {value} في هذا الإجراء (الردود: {known})</translation>
    </message>
    <message>
        <source>Choose a team to escalate to</source>
        <translation>اختر فريقًا للتصعيد إليه</translation>
    </message>
    <message>
        <source>This case cannot be escalated to {value} (teams: {known})</source>
        <translation>لا يمكن تصعيد هذه الحالة إلى {value} (الفرق: {known})</translation>
    </message>
    <message>
        <source>Nothing to resolve on {thread}: no message yet</source>
        <translation>لا شيء لحلّه في {thread}: لم تصل رسالة بعد</translation>
    </message>
    <message>
        <source>Nothing to close on {thread}: no message yet</source>
        <translation>لا شيء لإغلاقه في {thread}: لم تصل رسالة بعد</translation>
    </message>
    <message>
        <source>{thread} is already resolved</source>
        <translation>{thread} محلولة بالفعل</translation>
    </message>
    <message>
        <source>{thread} is already closed</source>
        <translation>{thread} مغلقة بالفعل</translation>
    </message>
    <message>
        <source>No open conversation</source>
        <translation>لا توجد محادثة مفتوحة</translation>
    </message>
    <message>
        <source>Write the note first</source>
        <translation>اكتب الملاحظة أولًا</translation>
    </message>
    <message>
        <source>{thread} already has that status</source>
        <translation>{thread} في هذه الحالة أصلًا</translation>
    </message>
    <message>
        <source>Nothing to change on {thread} yet: no message has come</source>
        <translation>لا شيء يتغيّر في {thread} بعد: لم تصل أي رسالة</translation>
    </message>
    <message>
        <source>{thread} is closed</source>
        <translation>{thread} مغلقة</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>افتح محادثة أولًا.</translation>
    </message>
    <message>
        <source>This case's back office has no action {value}</source>
        <translation>لا يوجد في النظام الداخلي لهذه الحالة إجراء باسم {value}</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>البريد الجديد</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>الهاتف المرتبط</translation>
    </message>
    <message>
        <source>Linked email</source>
        <translation>البريد المرتبط</translation>
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
        <source>Pending</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>Waiting on the user's answer</source>
        <translation>بانتظار رد المستخدم</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Waiting on another team</source>
        <translation>بانتظار فريق آخر</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>Open the conversation again</source>
        <translation>افتح المحادثة من جديد</translation>
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
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>TotalsRow</name>
    <message>
        <source>Members: {n}</source>
        <translation>الأعضاء: {n}</translation>
    </message>
    <message>
        <source>Finished attempts: {n}</source>
        <translation>المحاولات المكتملة: {n}</translation>
    </message>
    <message>
        <source>Pass rate: {rate}</source>
        <translation>نسبة النجاح: {rate}</translation>
    </message>
    <message>
        <source>Mean score: {mean}</source>
        <translation>متوسط الدرجة: {mean}</translation>
    </message>
</context>
<context>
    <name>TraineesCard</name>
    <message>
        <source>Trainee</source>
        <translation>متدرّب</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>المكتملة</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>نسبة النجاح</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>اختر متدرّبًا.</translation>
    </message>
    <message>
        <source>{name} has no finished attempt in this range.</source>
        <translation>ليس لدى {name} محاولة مكتملة في هذه الفترة.</translation>
    </message>
    <message>
        <source>Trainees' progress</source>
        <translation>تقدّم المتدرّبين</translation>
    </message>
    <message>
        <source>Mean score per week: {name}</source>
        <translation>متوسط الدرجة لكل أسبوع: {name}</translation>
    </message>
    <message>
        <source>Mean score per week</source>
        <translation>متوسط الدرجة لكل أسبوع</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validate library</source>
        <translation>تحقّق من المكتبة</translation>
    </message>
    <message>
        <source>{n} problems in {folder}:</source>
        <translation>{n} مشكلات في {folder}:</translation>
    </message>
    <message>
        <source>No problems in {folder}.</source>
        <translation>لا توجد مشكلات في {folder}.</translation>
    </message>
</context>
</TS>