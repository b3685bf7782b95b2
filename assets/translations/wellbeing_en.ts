<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>Wellbeing</name>
    <message>
      <source> and </source>
      <translation> and </translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>0 = not at all</source>
      <translation>0 = not at all</translation>
    </message>
    <message>
      <source>10 = very much</source>
      <translation>10 = very much</translation>
    </message>
    <message>
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <source>A short break</source>
      <translation>A short break</translation>
    </message>
    <message>
      <source>A step of this SOP needs you to look at an image; it says so.</source>
      <translation>A step of this SOP needs you to look at an image; it says so.</translation>
    </message>
    <message>
      <source>Before you start</source>
      <translation>Before you start</translation>
    </message>
    <message>
      <source>Blur a revealed image again after</source>
      <translation>Blur a revealed image again after</translation>
    </message>
    <message>
      <source>Blur again</source>
      <translation>Blur again</translation>
    </message>
    <message>
      <source>Blur strength</source>
      <translation>Blur strength</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Check-in</translation>
    </message>
    <message>
      <source>Consents you have given</source>
      <translation>Consents you have given</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>Hide this message</source>
      <translation>Hide this message</translation>
    </message>
    <message>
      <source>How much is the last scenario staying with you right now?</source>
      <translation>How much is the last scenario staying with you right now?</translation>
    </message>
    <message>
      <source>How stressed have you felt this week? 1 = not at all, 5 = very.</source>
      <translation>How stressed have you felt this week? 1 = not at all, 5 = very.</translation>
    </message>
    <message>
      <source>I understand this scenario includes {category} and agree to see it. I can withdraw this at any time.</source>
      <translation>I understand this scenario includes {category} and agree to see it. I can withdraw this at any time.</translation>
    </message>
    <message>
      <source>I'm taking a break</source>
      <translation>I'm taking a break</translation>
    </message>
    <message>
      <source>Images stay blurred and in greyscale until you click Reveal. You can decide without revealing them.</source>
      <translation>Images stay blurred and in greyscale until you click Reveal. You can decide without revealing them.</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>None.</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Not now</translation>
    </message>
    <message>
      <source>Not shown: this category is handled as text only.</source>
      <translation>Not shown: this category is handled as text only.</translation>
    </message>
    <message>
      <source>On a break. The clock is paused; resume when you are ready.</source>
      <translation>On a break. The clock is paused; resume when you are ready.</translation>
    </message>
    <message>
      <source>Optional. Only you can see your answer; it is used to pace your practice and never affects a grade.</source>
      <translation>Optional. Only you can see your answer; it is used to pace your practice and never affects a grade.</translation>
    </message>
    <message>
      <source>Pause / support</source>
      <translation>Pause / support</translation>
    </message>
    <message>
      <source>Pause and support</source>
      <translation>Pause and support</translation>
    </message>
    <message>
      <source>Pause the clock and see support resources (Ctrl+Shift+P)</source>
      <translation>Pause the clock and see support resources (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <source>Pausing, breaks and asking for support never affect a grade.</source>
      <translation>Pausing, breaks and asking for support never affect a grade.</translation>
    </message>
    <message>
      <source>Postpone</source>
      <translation>Postpone</translation>
    </message>
    <message>
      <source>Postponing, taking an alternative or skipping never affects a grade.</source>
      <translation>Postponing, taking an alternative or skipping never affects a grade.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Resume</translation>
    </message>
    <message>
      <source>Reveal image</source>
      <translation>Reveal image</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Show sensitive images in greyscale</source>
      <translation>Show sensitive images in greyscale</translation>
    </message>
    <message>
      <source>Show this message</source>
      <translation>Show this message</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Skip</translation>
    </message>
    <message>
      <source>Skip: give me an equivalent item</source>
      <translation>Skip: give me an equivalent item</translation>
    </message>
    <message>
      <source>Stand up, look away from the screen, have a drink.</source>
      <translation>Stand up, look away from the screen, have a drink.</translation>
    </message>
    <message>
      <source>Support is always there:</source>
      <translation>Support is always there:</translation>
    </message>
    <message>
      <source>Take another scenario</source>
      <translation>Take another scenario</translation>
    </message>
    <message>
      <source>Thank you for saying so. A break is a good idea now, and the next scenario can be a lighter one. Support is below if you want it.</source>
      <translation>Thank you for saying so. A break is a good idea now, and the next scenario can be a lighter one. Support is below if you want it.</translation>
    </message>
    <message>
      <source>Thank you. Support is always one click away.</source>
      <translation>Thank you. Support is always one click away.</translation>
    </message>
    <message>
      <source>That scenario had graphic material. A pause of {minutes} minutes can help.</source>
      <translation>That scenario had graphic material. A pause of {minutes} minutes can help.</translation>
    </message>
    <message>
      <source>The SOP step {step} needs this image.</source>
      <translation>The SOP step {step} needs this image.</translation>
    </message>
    <message>
      <source>The clock is paused. Take the time you need.</source>
      <translation>The clock is paused. Take the time you need.</translation>
    </message>
    <message>
      <source>This scenario contains:</source>
      <translation>This scenario contains:</translation>
    </message>
    <message>
      <source>This week (optional)</source>
      <translation>This week (optional)</translation>
    </message>
    <message>
      <source>Today's time with sensitive scenarios is used up. Practise ordinary cases now; the budget resets tomorrow.</source>
      <translation>Today's time with sensitive scenarios is used up. Practise ordinary cases now; the budget resets tomorrow.</translation>
    </message>
    <message>
      <source>Wellbeing settings</source>
      <translation>Wellbeing settings</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <source>You can decide without revealing it.</source>
      <translation>You can decide without revealing it.</translation>
    </message>
    <message>
      <source>You have felt stressed for a while. Support is here:</source>
      <translation>You have felt stressed for a while. Support is here:</translation>
    </message>
    <message>
      <source>You have practised for a while. Time for a {minutes}-minute break.</source>
      <translation>You have practised for a while. Time for a {minutes}-minute break.</translation>
    </message>
    <message>
      <source>You withdrew consent for this category, so it will not start.</source>
      <translation>You withdrew consent for this category, so it will not start.</translation>
    </message>
    <message>
      <source>Your organisation sets these limits. In exams the gate always stays on.</source>
      <translation>Your organisation sets these limits. In exams the gate always stays on.</translation>
    </message>
    <message>
      <source>in an image</source>
      <translation>in an image</translation>
    </message>
    <message>
      <source>in text</source>
      <translation>in text</translation>
    </message>
    <message>
      <source>level 1: mentioned in passing</source>
      <translation>level 1: mentioned in passing</translation>
    </message>
    <message>
      <source>level 2: described</source>
      <translation>level 2: described</translation>
    </message>
    <message>
      <source>level 3: graphic or depicted</source>
      <translation>level 3: graphic or depicted</translation>
    </message>
    <message>
      <source>level {level} of {top}</source>
      <translation>level {level} of {top}</translation>
    </message>
    <message>
      <source>{category}, {level}</source>
      <translation>{category}, {level}</translation>
    </message>
    <message>
      <source>{category}, {level}, {kind}</source>
      <translation>{category}, {level}, {kind}</translation>
    </message>
    <message>
      <source>“{title}” contains:</source>
      <translation>“{title}” contains:</translation>
    </message>
  </context>
</TS>
