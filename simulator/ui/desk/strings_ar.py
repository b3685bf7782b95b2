# ruff: noqa: E501
"""Arabic for the desk's new strings: the customer panel, back office, notes and the
event trail (merged into ``i18n_ar.ARABIC`` for i18n_build).

Keep the ``{placeholders}`` exactly as in the English.
"""

from __future__ import annotations

ARABIC: dict[str, str] = {
    # The customer context panel
    "Customer": "العميل",
    "No customer details": "لا تتوفر بيانات للعميل",
    "Account in the back office": "الحساب في النظام الداخلي",
    "Past tickets": "التذاكر السابقة",
    "Internal note (never sent to the user)": "ملاحظة داخلية (لا تُرسل إلى المستخدم أبدًا)",
    "Add note": "أضف الملاحظة",
    "Account status": "حالة الحساب",
    "2-step verification": "التحقق بخطوتين",
    "Signed-in sessions": "الجلسات المفتوحة",
    "Refund": "الاسترداد",
    "Report": "البلاغ",
    "Reported content": "المحتوى المُبلَّغ عنه",
    "Age check": "التحقق من العمر",
    "Coins": "العملات",
    "Password": "كلمة المرور",
    "Recovery e-mail": "بريد الاستعادة",
    "Profile": "الملف الشخصي",
    "Order": "الطلب",
    "First order": "الطلب الأول",
    "Second order": "الطلب الثاني",
    "Purchases": "المشتريات",
    "Payments review": "مراجعة المدفوعات",
    "Coin purchases": "شراء العملات",
    "Purchase confirmation": "تأكيد الشراء",
    "Reported video": "الفيديو المُبلَّغ عنه",
    "Reported account": "الحساب المُبلَّغ عنه",
    "Law-enforcement referral": "الإحالة إلى جهات إنفاذ القانون",
    # Statuses
    "Open": "مفتوحة",
    "Pending": "بانتظار الرد",
    "On hold": "معلّقة",
    "Solved": "محلولة",
    "Closed": "مغلقة",
    # Statuses and their buttons
    "Status changed to {value}": "تغيّرت الحالة إلى {value}",
    "↺ Reopened": "↺ أُعيد فتحها",
    "open": "مفتوحة",
    "pending": "بانتظار الرد",
    "on hold": "معلّقة",
    "solved": "محلولة",
    "Reopen": "إعادة الفتح",
    "Waiting on the user's answer": "بانتظار رد المستخدم",
    "Waiting on another team": "بانتظار فريق آخر",
    "Open the conversation again": "افتح المحادثة من جديد",
    "{thread} already has that status": "{thread} في هذه الحالة أصلًا",
    "Nothing to change on {thread} yet: no message has come": "لا شيء يتغيّر في {thread} بعد: لم تصل أي رسالة",
    "{thread} is closed": "{thread} مغلقة",
    # Macros: preview and effects
    "Also: {effects}": "وأيضًا: {effects}",
    "tag {value}": "إضافة الوسم {value}",
    "escalate to {value}": "التصعيد إلى {value}",
    "set the status to {value}": "تغيير الحالة إلى {value}",
    # The collision drill
    "{name} wrote while you were typing. Read it before you send.": "كتب {name} بينما كنت تكتب ردّك. اقرأ رسالته قبل الإرسال.",
    "{name} wrote while you were typing. Read the new message, change your reply if you need to, then press Send again.": "كتب {name} بينما كنت تكتب ردّك. اقرأ الرسالة الجديدة وعدّل ردّك إن لزم، ثم اضغط «إرسال» مرة أخرى.",
    "The user": "المستخدم",
    # The header's clock
    "{time} left": "متبقٍّ {time}",
    "Time spent · time left before the case ends": "الوقت المنقضي · الوقت المتبقي قبل انتهاء الحالة",
    # Outcomes of the tool
    "Internal note added": "أُضيفت الملاحظة الداخلية",
    "Done in the back office: {value}": "نُفّذ في النظام الداخلي: {value}",
    "Write the note first": "اكتب الملاحظة أولًا",
    "This case's back office has no action {value}": "لا يوجد في النظام الداخلي لهذه الحالة إجراء باسم {value}",
    # The event trail in a conversation
    "🏷 Tagged {value}": "🏷 أُضيف الوسم {value}",
    "⇪ Escalated to {value}": "⇪ صُعّدت إلى {value}",
    "✓ Status changed to solved": "✓ تغيّرت الحالة إلى محلولة",
    "Status changed to closed": "تغيّرت الحالة إلى مغلقة",
    "Status changed to pending: information requested": "تغيّرت الحالة إلى بانتظار الرد: طُلبت معلومات",
    "✎ Internal note: {value}": "✎ ملاحظة داخلية: {value}",
    "⚙ Back office: {value}": "⚙ النظام الداخلي: {value}",
    # The library's details pane and the results' suggestions
    "✓ Done": "✓ أنجزته",
    "Not done yet": "لم تُنجزه بعد",
    "Follow the procedure “{sop}”.": "اتبع إجراء «{sop}».",
    "About {n} min (time limit {limit} min)": "نحو {n} دقيقة (المهلة {limit} دقيقة)",
    "Your last score: {score}% ({n} attempts)": "درجتك الأخيرة: {score}% (عدد المحاولات: {n})",
    "You have not tried it yet.": "لم تجرّبه بعد.",
    "Goal": "الهدف",
    "Choose a scenario to see what it asks of you.": "اختر سيناريو لترى ما يُطلب منك فيه.",
    "Retry this scenario": "أعد هذا السيناريو",
    "Next: {title}": "التالي: {title}",
    "The next scenario you have not passed yet": "السيناريو التالي الذي لم تنجح فيه بعد",
    # The results' replay and evidence
    "Internal note": "ملاحظة داخلية",
    "Back office": "النظام الداخلي",
    "an internal note": "ملاحظة داخلية",
    "the back-office action {value}": "إجراء النظام الداخلي {value}",
    "the status {value}": "الحالة {value}",
}
