<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>{n} words</source>
        <translation>{n} words</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter to send)</source>
        <translation>Write your reply… (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Priority: {p}</source>
        <translation>Priority: {p}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>User Support</source>
        <translation>User Support</translation>
    </message>
    <message>
        <source>From: {who} · {at}</source>
        <translation>From: {who} · {at}</translation>
    </message>
    <message>
        <source>Agent reply</source>
        <translation>Agent reply</translation>
    </message>
    <message>
        <source>User wrote</source>
        <translation>User wrote</translation>
    </message>
    <message>
        <source>{name} is typing…</source>
        <translation>{name} is typing…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Choose a conversation in the inbox.</source>
        <translation>Choose a conversation in the inbox.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Not found: {phrases}</source>
        <translation>Not found: {phrases}</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Open a conversation first.</translation>
    </message>
    <message>
        <source>New message ({channel}): {preview}</source>
        <translation>New message ({channel}): {preview}</translation>
    </message>
    <message>
        <source>Shortcuts (F1)</source>
        <translation>Shortcuts (F1)</translation>
    </message>
    <message>
        <source>End scenario</source>
        <translation>End scenario</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <source>Search macros</source>
        <translation>Search macros</translation>
    </message>
    <message>
        <source>Look up the account</source>
        <translation>Look up the account</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>Resolve the conversation</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Show or hide this help</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>{shown} of {total} scenarios</source>
        <translation>{shown} of {total} scenarios</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Any difficulty</translation>
    </message>
    <message>
        <source>Difficulty {n}</source>
        <translation>Difficulty {n}</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation>Scenario library</translation>
    </message>
    <message>
        <source>Search scenarios, procedures, tags…</source>
        <translation>Search scenarios, procedures, tags…</translation>
    </message>
    <message>
        <source>Start scenario</source>
        <translation>Start scenario</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>My history</source>
        <translation>My history</translation>
    </message>
    <message>
        <source>Open the results of a finished attempt with a double-click.</source>
        <translation>Open the results of a finished attempt with a double-click.</translation>
    </message>
    <message>
        <source>No scenarios yet: the library folder is empty.</source>
        <translation>No scenarios yet: the library folder is empty.</translation>
    </message>
    <message>
        <source>{n} files could not be loaded; see the log.</source>
        <translation>{n} files could not be loaded; see the log.</translation>
    </message>
    <message>
        <source>An attempt at “{title}” was interrupted. Resume where you left off?</source>
        <translation>An attempt at “{title}” was interrupted. Resume where you left off?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>End it as it stands</source>
        <translation>End it as it stands</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Search macros…</source>
        <translation>Search macros…</translation>
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
        <translation>Results: {title}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Pass mark {mark}%</source>
        <translation>Pass mark {mark}%</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <source>within SLA</source>
        <translation>within SLA</translation>
    </message>
    <message>
        <source>Conversation {id}</source>
        <translation>Conversation {id}</translation>
    </message>
    <message>
        <source>first response {first}, handled in {handle}, {sla}</source>
        <translation>first response {first}, handled in {handle}, {sla}</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA breaches</translation>
    </message>
    <message>
        <source>First-touch resolution</source>
        <translation>First-touch resolution</translation>
    </message>
    <message>
        <source>Words per minute</source>
        <translation>Words per minute</translation>
    </message>
    <message>
        <source>Mean first response</source>
        <translation>Mean first response</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Back to the library</translation>
    </message>
    <message>
        <source>Evidence in your replies</source>
        <translation>Evidence in your replies</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Content labels: the wellbeing briefing explains them before you start</source>
        <translation>Content labels: the wellbeing briefing explains them before you start</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Bullying</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>Hate speech</translation>
    </message>
    <message>
        <source>Child safety</source>
        <translation>Child safety</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Self-harm</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Harm to animals</source>
        <translation>Harm to animals</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>Sexual content</translation>
    </message>
    <message>
        <source>Dangerous acts</source>
        <translation>Dangerous acts</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Enter your name and password.</source>
        <translation>Enter your name and password.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Wrong name or password.</translation>
    </message>
    <message>
        <source>Welcome to Frontline</source>
        <translation>Welcome to Frontline</translation>
    </message>
    <message>
        <source>This is the first start. Create the administrator account; you can add trainers and trainees afterwards.</source>
        <translation>This is the first start. Create the administrator account; you can add trainers and trainees afterwards.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to practise scenarios and see your results.</source>
        <translation>Sign in to practise scenarios and see your results.</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Opening the store…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
</context>
<context>
    <name>ToolPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Back-office tool</source>
        <translation>Back-office tool</translation>
    </message>
    <message>
        <source>Look up account</source>
        <translation>Look up account</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Tag, e.g. account-security</source>
        <translation>Tag, e.g. account-security</translation>
    </message>
    <message>
        <source>Account found</source>
        <translation>Account found</translation>
    </message>
    <message>
        <source>Tagged {value}</source>
        <translation>Tagged {value}</translation>
    </message>
    <message>
        <source>Macro {value} inserted in the reply</source>
        <translation>Macro {value} inserted in the reply</translation>
    </message>
    <message>
        <source>Escalated to {value}</source>
        <translation>Escalated to {value}</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Information requested</translation>
    </message>
    <message>
        <source>Conversation resolved</source>
        <translation>Conversation resolved</translation>
    </message>
    <message>
        <source>Conversation closed</source>
        <translation>Conversation closed</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Request info</source>
        <translation>Request info</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Procedure steps</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
</context>
</TS>