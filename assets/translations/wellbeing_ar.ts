<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>Wellbeing</name>
    <message>
      <source> and </source>
      <translation> و</translation>
    </message>
    <message>
      <source> s</source>
      <translation> ث</translation>
    </message>
    <message>
      <source>0 = not at all</source>
      <translation>0 = إطلاقًا</translation>
    </message>
    <message>
      <source>10 = very much</source>
      <translation>10 = كثيرًا جدًا</translation>
    </message>
    <message>
      <source>; </source>
      <translation>؛ </translation>
    </message>
    <message>
      <source>A short break</source>
      <translation>استراحة قصيرة</translation>
    </message>
    <message>
      <source>A step of this SOP needs you to look at an image; it says so.</source>
      <translation>تتطلب إحدى خطوات الإجراء النظر إلى صورة، وهي تذكر ذلك صراحةً.</translation>
    </message>
    <message>
      <source>Before you start</source>
      <translation>قبل أن تبدأ</translation>
    </message>
    <message>
      <source>Blur a revealed image again after</source>
      <translation>إعادة تمويه الصورة المُظهَرة بعد</translation>
    </message>
    <message>
      <source>Blur again</source>
      <translation>تمويه مجددًا</translation>
    </message>
    <message>
      <source>Blur strength</source>
      <translation>شدة التمويه</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>اطمئنان</translation>
    </message>
    <message>
      <source>Consents you have given</source>
      <translation>الموافقات التي منحتها</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>متابعة</translation>
    </message>
    <message>
      <source>Hide this message</source>
      <translation>إخفاء هذه الرسالة</translation>
    </message>
    <message>
      <source>How much is the last scenario staying with you right now?</source>
      <translation>إلى أي حد ما زال السيناريو الأخير عالقًا في ذهنك الآن؟</translation>
    </message>
    <message>
      <source>How stressed have you felt this week? 1 = not at all, 5 = very.</source>
      <translation>ما مدى شعورك بالضغط هذا الأسبوع؟ 1 = إطلاقًا، 5 = كثيرًا.</translation>
    </message>
    <message>
      <source>I understand this scenario includes {category} and agree to see it. I can withdraw this at any time.</source>
      <translation>أفهم أن هذا السيناريو يتضمن {category} وأوافق على مشاهدته. يمكنني سحب موافقتي في أي وقت.</translation>
    </message>
    <message>
      <source>I'm taking a break</source>
      <translation>سآخذ استراحة</translation>
    </message>
    <message>
      <source>Images stay blurred and in greyscale until you click Reveal. You can decide without revealing them.</source>
      <translation>تبقى الصور مموّهة وبالأبيض والأسود حتى تضغط «إظهار». يمكنك اتخاذ القرار دون إظهارها.</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>لا شيء.</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>ليس الآن</translation>
    </message>
    <message>
      <source>Not shown: this category is handled as text only.</source>
      <translation>لا تُعرض: تُعالَج هذه الفئة نصًا فقط.</translation>
    </message>
    <message>
      <source>On a break. The clock is paused; resume when you are ready.</source>
      <translation>أنت في استراحة. الوقت متوقف؛ استأنف عندما تكون مستعدًا.</translation>
    </message>
    <message>
      <source>Optional. Only you can see your answer; it is used to pace your practice and never affects a grade.</source>
      <translation>اختياري. لا يرى إجابتك أحد سواك؛ تُستخدم لتنظيم وتيرة تدريبك ولا تؤثر أبدًا على أي درجة.</translation>
    </message>
    <message>
      <source>Pause / support</source>
      <translation>إيقاف مؤقت / دعم</translation>
    </message>
    <message>
      <source>Pause and support</source>
      <translation>إيقاف مؤقت ودعم</translation>
    </message>
    <message>
      <source>Pause the clock and see support resources (Ctrl+Shift+P)</source>
      <translation>أوقف الوقت واطّلع على مصادر الدعم (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <source>Pausing, breaks and asking for support never affect a grade.</source>
      <translation>الإيقاف المؤقت والاستراحات وطلب الدعم لا تؤثر أبدًا على أي درجة.</translation>
    </message>
    <message>
      <source>Postpone</source>
      <translation>تأجيل</translation>
    </message>
    <message>
      <source>Postponing, taking an alternative or skipping never affects a grade.</source>
      <translation>التأجيل أو اختيار بديل أو التخطي لا يؤثر أبدًا على أي درجة.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>استئناف</translation>
    </message>
    <message>
      <source>Reveal image</source>
      <translation>إظهار الصورة</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Show sensitive images in greyscale</source>
      <translation>عرض الصور الحساسة بالأبيض والأسود</translation>
    </message>
    <message>
      <source>Show this message</source>
      <translation>إظهار هذه الرسالة</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>تخطٍّ</translation>
    </message>
    <message>
      <source>Skip: give me an equivalent item</source>
      <translation>تخطٍّ: أعطني عنصرًا مكافئًا</translation>
    </message>
    <message>
      <source>Stand up, look away from the screen, have a drink.</source>
      <translation>قف، وأبعد نظرك عن الشاشة، واشرب شيئًا.</translation>
    </message>
    <message>
      <source>Support is always there:</source>
      <translation>الدعم متاح دائمًا:</translation>
    </message>
    <message>
      <source>Take another scenario</source>
      <translation>اختر سيناريو آخر</translation>
    </message>
    <message>
      <source>Thank you for saying so. A break is a good idea now, and the next scenario can be a lighter one. Support is below if you want it.</source>
      <translation>شكرًا لأنك أخبرتنا. الاستراحة فكرة جيدة الآن، ويمكن أن يكون السيناريو التالي أخف. تجد الدعم أدناه إن أردته.</translation>
    </message>
    <message>
      <source>Thank you. Support is always one click away.</source>
      <translation>شكرًا لك. الدعم على بُعد نقرة واحدة دائمًا.</translation>
    </message>
    <message>
      <source>That scenario had graphic material. A pause of {minutes} minutes can help.</source>
      <translation>تضمّن ذلك السيناريو مادة صريحة. قد تفيدك استراحة مدتها {minutes} دقائق.</translation>
    </message>
    <message>
      <source>The SOP step {step} needs this image.</source>
      <translation>خطوة الإجراء {step} تتطلب هذه الصورة.</translation>
    </message>
    <message>
      <source>The clock is paused. Take the time you need.</source>
      <translation>الوقت متوقف. خذ ما تحتاجه من وقت.</translation>
    </message>
    <message>
      <source>This scenario contains:</source>
      <translation>يتضمن هذا السيناريو:</translation>
    </message>
    <message>
      <source>This week (optional)</source>
      <translation>هذا الأسبوع (اختياري)</translation>
    </message>
    <message>
      <source>Today's time with sensitive scenarios is used up. Practise ordinary cases now; the budget resets tomorrow.</source>
      <translation>انتهى وقتك اليومي مع السيناريوهات الحساسة. تدرّب على حالات عادية الآن؛ يتجدد الرصيد غدًا.</translation>
    </message>
    <message>
      <source>Wellbeing settings</source>
      <translation>إعدادات الرفاه</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>سحب</translation>
    </message>
    <message>
      <source>You can decide without revealing it.</source>
      <translation>يمكنك اتخاذ القرار دون إظهارها.</translation>
    </message>
    <message>
      <source>You have felt stressed for a while. Support is here:</source>
      <translation>شعرت بالضغط منذ فترة. الدعم متاح هنا:</translation>
    </message>
    <message>
      <source>You have practised for a while. Time for a {minutes}-minute break.</source>
      <translation>لقد تدربت لفترة. حان وقت استراحة مدتها {minutes} دقيقة.</translation>
    </message>
    <message>
      <source>You withdrew consent for this category, so it will not start.</source>
      <translation>لقد سحبت موافقتك على هذه الفئة، لذلك لن يبدأ هذا السيناريو.</translation>
    </message>
    <message>
      <source>Your organisation sets these limits. In exams the gate always stays on.</source>
      <translation>تحدد جهة عملك هذه الحدود. في الاختبارات تبقى الحماية مفعّلة دائمًا.</translation>
    </message>
    <message>
      <source>in an image</source>
      <translation>في صورة</translation>
    </message>
    <message>
      <source>in text</source>
      <translation>في نص</translation>
    </message>
    <message>
      <source>level 1: mentioned in passing</source>
      <translation>المستوى 1: ذِكر عابر</translation>
    </message>
    <message>
      <source>level 2: described</source>
      <translation>المستوى 2: وصف</translation>
    </message>
    <message>
      <source>level 3: graphic or depicted</source>
      <translation>المستوى 3: صريح أو مصوَّر</translation>
    </message>
    <message>
      <source>level {level} of {top}</source>
      <translation>المستوى {level} من {top}</translation>
    </message>
    <message>
      <source>{category}, {level}</source>
      <translation>{category}، {level}</translation>
    </message>
    <message>
      <source>{category}, {level}, {kind}</source>
      <translation>{category}، {level}، {kind}</translation>
    </message>
    <message>
      <source>“{title}” contains:</source>
      <translation>يتضمن «{title}»:</translation>
    </message>
  </context>
</TS>
