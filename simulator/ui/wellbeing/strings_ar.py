"""Arabic for every wellbeing string (the English source is the key)."""

ARABIC: dict[str, str] = {
    # Briefing
    "Before you start": "قبل أن تبدأ",
    "This scenario contains:": "يتضمن هذا السيناريو:",
    "“{title}” contains:": "يتضمن «{title}»:",
    " and ": " و",
    "Images stay blurred and in greyscale until you click Reveal. "
    "You can decide without revealing them.": "تبقى الصور مموّهة وبالأبيض والأسود حتى تضغط «إظهار». "
    "يمكنك اتخاذ القرار دون إظهارها.",
    "A step of this SOP needs you to look at an image; it says so.": "تتطلب إحدى خطوات "
    "الإجراء النظر إلى صورة، وهي تذكر ذلك صراحةً.",
    "I understand this scenario includes {category} and agree to see it. "
    "I can withdraw this at any time.": "أفهم أن هذا السيناريو يتضمن {category} وأوافق على "
    "مشاهدته. يمكنني سحب موافقتي في أي وقت.",
    "Support is always there:": "الدعم متاح دائمًا:",
    "Postponing, taking an alternative or skipping never affects a grade.": "التأجيل أو "
    "اختيار بديل أو التخطي لا يؤثر أبدًا على أي درجة.",
    "Continue": "متابعة",
    "Postpone": "تأجيل",
    "Take another scenario": "اختر سيناريو آخر",
    "Skip: give me an equivalent item": "تخطٍّ: أعطني عنصرًا مكافئًا",
    # Check-in
    "Check-in": "اطمئنان",
    "How much is the last scenario staying with you right now?": "إلى أي حد ما زال "
    "السيناريو الأخير عالقًا في ذهنك الآن؟",
    "Optional. Only you can see your answer; it is used to pace your practice "
    "and never affects a grade.": "اختياري. لا يرى إجابتك أحد سواك؛ تُستخدم لتنظيم وتيرة "
    "تدريبك ولا تؤثر أبدًا على أي درجة.",
    "Skip": "تخطٍّ",
    "Save": "حفظ",
    "0 = not at all": "0 = إطلاقًا",
    "10 = very much": "10 = كثيرًا جدًا",
    "Thank you for saying so. A break is a good idea now, and the next scenario can be "
    "a lighter one. Support is below if you want it.": "شكرًا لأنك أخبرتنا. الاستراحة "
    "فكرة جيدة الآن، ويمكن أن يكون السيناريو التالي أخف. تجد الدعم أدناه إن أردته.",
    "Thank you. Support is always one click away.": "شكرًا لك. الدعم على بُعد نقرة واحدة دائمًا.",
    # Collapsed text
    "Hide this message": "إخفاء هذه الرسالة",
    "Show this message": "إظهار هذه الرسالة",
    # Labels
    "level 1: mentioned in passing": "المستوى 1: ذِكر عابر",
    "level 2: described": "المستوى 2: وصف",
    "level 3: graphic or depicted": "المستوى 3: صريح أو مصوَّر",
    "in an image": "في صورة",
    "in text": "في نص",
    "; ": "؛ ",
    # Sensitive image
    "Reveal image": "إظهار الصورة",
    "Blur again": "تمويه مجددًا",
    "You can decide without revealing it.": "يمكنك اتخاذ القرار دون إظهارها.",
    "Not shown: this category is handled as text only.": "لا تُعرض: تُعالَج هذه الفئة نصًا فقط.",
    "The SOP step {step} needs this image.": "خطوة الإجراء {step} تتطلب هذه الصورة.",
    # Support
    "Pause and support": "إيقاف مؤقت ودعم",
    "The clock is paused. Take the time you need.": "الوقت متوقف. خذ ما تحتاجه من وقت.",
    "Resume": "استئناف",
    "Pause / support": "إيقاف مؤقت / دعم",
    "Pause the clock and see support resources (Ctrl+Shift+P)": "أوقف الوقت واطّلع على "
    "مصادر الدعم (Ctrl+Shift+P)",
    # Preferences
    "Blur strength": "شدة التمويه",
    "Show sensitive images in greyscale": "عرض الصور الحساسة بالأبيض والأسود",
    "Blur a revealed image again after": "إعادة تمويه الصورة المُظهَرة بعد",
    " s": " ث",
    "Your organisation sets these limits. In exams the gate always stays on.": "تحدد جهة "
    "عملك هذه الحدود. في الاختبارات تبقى الحماية مفعّلة دائمًا.",
    # Breaks
    "A short break": "استراحة قصيرة",
    "That scenario had graphic material. A pause of {minutes} minutes can help.": "تضمّن ذلك "
    "السيناريو مادة صريحة. قد تفيدك استراحة مدتها {minutes} دقائق.",
    "You have practised for a while. Time for a {minutes}-minute break.": "لقد تدربت لفترة. "
    "حان وقت استراحة مدتها {minutes} دقيقة.",
    "Stand up, look away from the screen, have a drink.": "قف، وأبعد نظرك عن الشاشة، واشرب شيئًا.",
    "I'm taking a break": "سآخذ استراحة",
    "Not now": "ليس الآن",
    "On a break. The clock is paused; resume when you are ready.": "أنت في استراحة. الوقت "
    "متوقف؛ استأنف عندما تكون مستعدًا.",
    "{category}, {level}, {kind}": "{category}، {level}، {kind}",
    "Pausing, breaks and asking for support never affect a grade.": "الإيقاف المؤقت "
    "والاستراحات وطلب الدعم لا تؤثر أبدًا على أي درجة.",
    # Hooks
    "Today's time with sensitive scenarios is used up. Practise ordinary cases now; "
    "the budget resets tomorrow.": "انتهى وقتك اليومي مع السيناريوهات الحساسة. تدرّب على "
    "حالات عادية الآن؛ يتجدد الرصيد غدًا.",
    "You withdrew consent for this category, so it will not start.": "لقد سحبت موافقتك على "
    "هذه الفئة، لذلك لن يبدأ هذا السيناريو.",
    # Settings dialog
    "Wellbeing settings": "إعدادات الرفاه",
    "Consents you have given": "الموافقات التي منحتها",
    "None.": "لا شيء.",
    "Withdraw": "سحب",
    "{category}, {level}": "{category}، {level}",
    "This week (optional)": "هذا الأسبوع (اختياري)",
    "How stressed have you felt this week? 1 = not at all, 5 = very.": "ما مدى شعورك "
    "بالضغط هذا الأسبوع؟ 1 = إطلاقًا، 5 = كثيرًا.",
    "You have felt stressed for a while. Support is here:": "شعرت بالضغط منذ فترة. الدعم متاح هنا:",
    "level {level} of {top}": "المستوى {level} من {top}",
}
