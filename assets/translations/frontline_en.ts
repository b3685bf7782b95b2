<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Wellbeing limits</source>
        <translation>Wellbeing limits</translation>
    </message>
</context>
<context>
    <name>BetweenPage</name>
    <message>
        <source>Item {n} of {total} is next</source>
        <translation>Item {n} of {total} is next</translation>
    </message>
    <message>
        <source>Item {n} of {total} done — take a break or continue</source>
        <translation>Item {n} of {total} done — take a break or continue</translation>
    </message>
    <message>
        <source>On a break. The exam clock is stopped; continue when you are ready.</source>
        <translation>On a break. The exam clock is stopped; continue when you are ready.</translation>
    </message>
    <message>
        <source>The exam clock is running. A break stops it; your score is shown at the end.</source>
        <translation>The exam clock is running. A break stops it; your score is shown at the end.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Take a break</translation>
    </message>
    <message>
        <source>End the break and continue</source>
        <translation>End the break and continue</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Exam time left {t}</source>
        <translation>Exam time left {t}</translation>
    </message>
</context>
<context>
    <name>CalibrationScreen</name>
    <message>
        <source>Revealed</source>
        <translation>Revealed</translation>
    </message>
    <message>
        <source>Your grades are due</source>
        <translation>Your grades are due</translation>
    </message>
    <message>
        <source>{n} of {total} submitted</source>
        <translation>{n} of {total} submitted</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No calibration session yet: the lead (an admin) starts one.</source>
        <translation>No calibration session yet: the lead (an admin) starts one.</translation>
    </message>
    <message>
        <source>The results are revealed when every trainer has submitted. Until then nobody, the lead included, sees any grade.</source>
        <translation>The results are revealed when every trainer has submitted. Until then nobody, the lead included, sees any grade.</translation>
    </message>
    <message>
        <source>Submitted: {names}</source>
        <translation>Submitted: {names}</translation>
    </message>
    <message>
        <source>Still to submit: {names}</source>
        <translation>Still to submit: {names}</translation>
    </message>
    <message>
        <source>Past sessions compared</source>
        <translation>Past sessions compared</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Compare past sessions</source>
        <translation>Compare past sessions</translation>
    </message>
</context>
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
    <name>CohortScreen</name>
    <message>
        <source>Unfinished</source>
        <translation>Unfinished</translation>
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
        <source>In calibration</source>
        <translation>In calibration</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Choose a cohort.</source>
        <translation>Choose a cohort.</translation>
    </message>
    <message>
        <source>Hidden: the people who checked in differ from another group's by fewer than 5.</source>
        <translation>Hidden: the people who checked in differ from another group's by fewer than 5.</translation>
    </message>
    <message>
        <source>Subtracting one group's figures from the other's would single those few people out.</source>
        <translation>Subtracting one group's figures from the other's would single those few people out.</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 people in this cohort have checked in.</source>
        <translation>Hidden: fewer than 5 people in this cohort have checked in.</translation>
    </message>
    <message>
        <source>Figures are shown only for 5 or more, so no one can be singled out.</source>
        <translation>Figures are shown only for 5 or more, so no one can be singled out.</translation>
    </message>
    <message>
        <source>{people} people, {checkins} check-ins.</source>
        <translation>{people} people, {checkins} check-ins.</translation>
    </message>
    <message>
        <source>Mean rating {value} of 10.</source>
        <translation>Mean rating {value} of 10.</translation>
    </message>
    <message>
        <source>Mean stress {value} of 5.</source>
        <translation>Mean stress {value} of 5.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Validate library</source>
        <translation>Validate library</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Open attempt</source>
        <translation>Open attempt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Pass rate per scenario</source>
        <translation>Pass rate per scenario</translation>
    </message>
    <message>
        <source>Attempts of the selected person</source>
        <translation>Attempts of the selected person</translation>
    </message>
    <message>
        <source>Wellbeing check-ins (anonymous, whole cohort)</source>
        <translation>Wellbeing check-ins (anonymous, whole cohort)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
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
        <source>No cohort yet: an admin creates cohorts.</source>
        <translation>No cohort yet: an admin creates cohorts.</translation>
    </message>
    <message>
        <source>{members} members · {attempts} attempts · pass rate {rate} · mean score {mean}</source>
        <translation>{members} members · {attempts} attempts · pass rate {rate} · mean score {mean}</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>New cohort name</source>
        <translation>New cohort name</translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation>Create cohort</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>κ, trainers</source>
        <translation>κ, trainers</translation>
    </message>
    <message>
        <source>Full agreement</source>
        <translation>Full agreement</translation>
    </message>
    <message>
        <source>κ, grader</source>
        <translation>κ, grader</translation>
    </message>
    <message>
        <source>Strict / lenient</source>
        <translation>Strict / lenient</translation>
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
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
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
    <name>Crash</name>
    <message>
        <source>Something went wrong ({kind}). Your work so far is saved. A report was written to {path}; please send it to your trainer or administrator.</source>
        <translation>Something went wrong ({kind}). Your work so far is saved. A report was written to {path}; please send it to your trainer or administrator.</translation>
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
        <source>{verdict} (override)</source>
        <translation>{verdict} (override)</translation>
    </message>
    <message>
        <source>Not found: {phrases}</source>
        <translation>Not found: {phrases}</translation>
    </message>
    <message>
        <source>the account lookup</source>
        <translation>the account lookup</translation>
    </message>
    <message>
        <source>the tag {value}</source>
        <translation>the tag {value}</translation>
    </message>
    <message>
        <source>the macro {value}</source>
        <translation>the macro {value}</translation>
    </message>
    <message>
        <source>an escalation to {value}</source>
        <translation>an escalation to {value}</translation>
    </message>
    <message>
        <source>a request for information</source>
        <translation>a request for information</translation>
    </message>
    <message>
        <source>resolving the conversation</source>
        <translation>resolving the conversation</translation>
    </message>
    <message>
        <source>closing the conversation</source>
        <translation>closing the conversation</translation>
    </message>
    <message>
        <source>an internal note</source>
        <translation>an internal note</translation>
    </message>
    <message>
        <source>the back-office action {value}</source>
        <translation>the back-office action {value}</translation>
    </message>
    <message>
        <source>the status {value}</source>
        <translation>the status {value}</translation>
    </message>
    <message>
        <source>the action {action}</source>
        <translation>the action {action}</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>No customer details</source>
        <translation>No customer details</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Account status</translation>
    </message>
    <message>
        <source>2-step verification</source>
        <translation>2-step verification</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Signed-in sessions</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Reported content</source>
        <translation>Reported content</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Age check</source>
        <translation>Age check</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Coins</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Recovery e-mail</source>
        <translation>Recovery e-mail</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>First order</translation>
    </message>
    <message>
        <source>Second order</source>
        <translation>Second order</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Payments review</source>
        <translation>Payments review</translation>
    </message>
    <message>
        <source>Coin purchases</source>
        <translation>Coin purchases</translation>
    </message>
    <message>
        <source>Purchase confirmation</source>
        <translation>Purchase confirmation</translation>
    </message>
    <message>
        <source>Reported video</source>
        <translation>Reported video</translation>
    </message>
    <message>
        <source>Reported account</source>
        <translation>Reported account</translation>
    </message>
    <message>
        <source>Law-enforcement referral</source>
        <translation>Law-enforcement referral</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Account in the back office</source>
        <translation>Account in the back office</translation>
    </message>
    <message>
        <source>Past tickets</source>
        <translation>Past tickets</translation>
    </message>
    <message>
        <source>Internal note (never sent to the user)</source>
        <translation>Internal note (never sent to the user)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
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
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Score (%)</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Missed where it applied</source>
        <translation>Missed where it applied</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Within SLA</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Sittings</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Pass rate per week</source>
        <translation>Pass rate per week</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Score distribution</translation>
    </message>
    <message>
        <source>Most missed criteria</source>
        <translation>Most missed criteria</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Exam outcomes</source>
        <translation>Exam outcomes</translation>
    </message>
    <message>
        <source>Trainees' progress</source>
        <translation>Trainees' progress</translation>
    </message>
    <message>
        <source>there is no report to export.</source>
        <translation>there is no report to export.</translation>
    </message>
    <message>
        <source>not available in this build ({what}).</source>
        <translation>not available in this build ({what}).</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>No cohort yet: an admin creates cohorts.</source>
        <translation>No cohort yet: an admin creates cohorts.</translation>
    </message>
    <message>
        <source>The first day comes after the last: change the dates.</source>
        <translation>The first day comes after the last: change the dates.</translation>
    </message>
    <message>
        <source>Reports are not available in this build.</source>
        <translation>Reports are not available in this build.</translation>
    </message>
    <message>
        <source>No finished attempts in this range.</source>
        <translation>No finished attempts in this range.</translation>
    </message>
    <message>
        <source>No exam sittings in this range.</source>
        <translation>No exam sittings in this range.</translation>
    </message>
    <message>
        <source>No answered threads in this range.</source>
        <translation>No answered threads in this range.</translation>
    </message>
    <message>
        <source>No thread with an SLA in this range.</source>
        <translation>No thread with an SLA in this range.</translation>
    </message>
    <message>
        <source>No finished attempts or exam sittings between {start} and {end} for these filters. Widen the dates or choose all languages and SOPs.</source>
        <translation>No finished attempts or exam sittings between {start} and {end} for these filters. Widen the dates or choose all languages and SOPs.</translation>
    </message>
    <message>
        <source>No criterion was missed in this range.</source>
        <translation>No criterion was missed in this range.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Cohort dashboard</source>
        <translation>Cohort dashboard</translation>
    </message>
    <message>
        <source>Back to cohorts</source>
        <translation>Back to cohorts</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>All SOPs</source>
        <translation>All SOPs</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>First response per channel</source>
        <translation>First response per channel</translation>
    </message>
    <message>
        <source>SLA breaches per channel</source>
        <translation>SLA breaches per channel</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>{name} wrote while you were typing. Read the new message, change your reply if you need to, then press Send again.</source>
        <translation>{name} wrote while you were typing. Read the new message, change your reply if you need to, then press Send again.</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>The user</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Open a conversation first.</translation>
    </message>
    <message>
        <source>tag {value}</source>
        <translation>tag {value}</translation>
    </message>
    <message>
        <source>escalate to {value}</source>
        <translation>escalate to {value}</translation>
    </message>
    <message>
        <source>set the status to {value}</source>
        <translation>set the status to {value}</translation>
    </message>
    <message>
        <source>🏷 Tagged {value}</source>
        <translation>🏷 Tagged {value}</translation>
    </message>
    <message>
        <source>⇪ Escalated to {value}</source>
        <translation>⇪ Escalated to {value}</translation>
    </message>
    <message>
        <source>✓ Status changed to solved</source>
        <translation>✓ Status changed to solved</translation>
    </message>
    <message>
        <source>Status changed to closed</source>
        <translation>Status changed to closed</translation>
    </message>
    <message>
        <source>Status changed to pending: information requested</source>
        <translation>Status changed to pending: information requested</translation>
    </message>
    <message>
        <source>✎ Internal note: {value}</source>
        <translation>✎ Internal note: {value}</translation>
    </message>
    <message>
        <source>↺ Reopened</source>
        <translation>↺ Reopened</translation>
    </message>
    <message>
        <source>Status changed to {value}</source>
        <translation>Status changed to {value}</translation>
    </message>
    <message>
        <source>⚙ Back office: {value}</source>
        <translation>⚙ Back office: {value}</translation>
    </message>
    <message>
        <source>New message ({channel}): {preview}</source>
        <translation>New message ({channel}): {preview}</translation>
    </message>
    <message>
        <source>{name} wrote while you were typing. Read it before you send.</source>
        <translation>{name} wrote while you were typing. Read it before you send.</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} left</translation>
    </message>
    <message>
        <source>Time spent · time left before the case ends</source>
        <translation>Time spent · time left before the case ends</translation>
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
    <name>DisputeBar</name>
    <message>
        <source>Disagree with a criterion?</source>
        <translation>Disagree with a criterion?</translation>
    </message>
    <message>
        <source>Why the verdict of this criterion is wrong</source>
        <translation>Why the verdict of this criterion is wrong</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
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
        <source>You may dispute until {when} UTC ({days} days after the attempt).</source>
        <translation>You may dispute until {when} UTC ({days} days after the attempt).</translation>
    </message>
    <message>
        <source>The dispute window closed on {when} UTC.</source>
        <translation>The dispute window closed on {when} UTC.</translation>
    </message>
    <message>
        <source>waiting for a trainer</source>
        <translation>waiting for a trainer</translation>
    </message>
    <message>
        <source>Overturned by a trainer:</source>
        <translation>Overturned by a trainer:</translation>
    </message>
    <message>
        <source>Upheld by a trainer:</source>
        <translation>Upheld by a trainer:</translation>
    </message>
</context>
<context>
    <name>DisputeQueue</name>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Overturned</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>No dispute to answer.</source>
        <translation>No dispute to answer.</translation>
    </message>
    <message>
        <source>{trainee} disputes “{criterion}”</source>
        <translation>{trainee} disputes “{criterion}”</translation>
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
        <source>Automatic verdict of the criterion: {verdict}</source>
        <translation>Automatic verdict of the criterion: {verdict}</translation>
    </message>
    <message>
        <source>The trainee's reason:</source>
        <translation>The trainee's reason:</translation>
    </message>
    <message>
        <source>{status} by {name}, {when}</source>
        <translation>{status} by {name}, {when}</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Open disputes</translation>
    </message>
    <message>
        <source>All disputes</source>
        <translation>All disputes</translation>
    </message>
    <message>
        <source>Trainees may dispute for (days)</source>
        <translation>Trainees may dispute for (days)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Your answer (required)</source>
        <translation>Your answer (required)</translation>
    </message>
    <message>
        <source>Why the verdict stands, or why it was wrong</source>
        <translation>Why the verdict stands, or why it was wrong</translation>
    </message>
    <message>
        <source>Uphold the verdict</source>
        <translation>Uphold the verdict</translation>
    </message>
    <message>
        <source>Overturn the verdict</source>
        <translation>Overturn the verdict</translation>
    </message>
    <message>
        <source>Open attempt</source>
        <translation>Open attempt</translation>
    </message>
    <message>
        <source>Rubric example for the scenario's author</source>
        <translation>Rubric example for the scenario's author</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Score {score}% (needed {need}%)</source>
        <translation>Score {score}% (needed {need}%)</translation>
    </message>
    <message>
        <source>The time ran out; items not reached score 0.</source>
        <translation>The time ran out; items not reached score 0.</translation>
    </message>
    <message>
        <source>the mean score is below the pass mark</source>
        <translation>the mean score is below the pass mark</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>an item did not pass</source>
        <translation>an item did not pass</translation>
    </message>
    <message>
        <source>a critical mistake was made</source>
        <translation>a critical mistake was made</translation>
    </message>
    <message>
        <source>Not passed because: </source>
        <translation>Not passed because: </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
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
        <source>swapped (no penalty)</source>
        <translation>swapped (no penalty)</translation>
    </message>
    <message>
        <source>Double-click an item to see its results and evidence.</source>
        <translation>Double-click an item to see its results and evidence.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Awarded to</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Certificate of achievement</source>
        <translation>Certificate of achievement</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Save certificate…</translation>
    </message>
    <message>
        <source>Back to the exams</source>
        <translation>Back to the exams</translation>
    </message>
</context>
<context>
    <name>ExamPanel</name>
    <message>
        <source>The time for {exam} ran out while you were away; it was graded on what you had sent.</source>
        <translation>The time for {exam} ran out while you were away; it was graded on what you had sent.</translation>
    </message>
    <message>
        <source>mean score ≥ {n}%</source>
        <translation>mean score ≥ {n}%</translation>
    </message>
    <message>
        <source>every item passed</source>
        <translation>every item passed</translation>
    </message>
    <message>
        <source>no critical failure</source>
        <translation>no critical failure</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
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
    <message>
        <source>Certification exams</source>
        <translation>Certification exams</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>To pass</source>
        <translation>To pass</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
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
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Start exam…</source>
        <translation>Start exam…</translation>
    </message>
    <message>
        <source>One timer for the whole exam. Scores are shown at the end. Sensitive items can be swapped for an equivalent with no penalty.</source>
        <translation>One timer for the whole exam. Scores are shown at the end. Sensitive items can be swapped for an equivalent with no penalty.</translation>
    </message>
    <message>
        <source>My sittings and certificates</source>
        <translation>My sittings and certificates</translation>
    </message>
    <message>
        <source>Open a finished sitting with a double-click.</source>
        <translation>Open a finished sitting with a double-click.</translation>
    </message>
    <message>
        <source>Your sitting of “{title}” was interrupted with {time} left. Resume it now?</source>
        <translation>Your sitting of “{title}” was interrupted with {time} left. Resume it now?</translation>
    </message>
    <message>
        <source>Resume the exam</source>
        <translation>Resume the exam</translation>
    </message>
</context>
<context>
    <name>ExamScreen</name>
    <message>
        <source>Your {m} minutes of paused exam time are used up, so the exam clock is running again. Take the time you need; support stays open for you.</source>
        <translation>Your {m} minutes of paused exam time are used up, so the exam clock is running again. Take the time you need; support stays open for you.</translation>
    </message>
    <message>
        <source>End this exam item?</source>
        <translation>End this exam item?</translation>
    </message>
    <message>
        <source>The item is graded on what you have done so far, and you cannot come back to it.</source>
        <translation>The item is graded on what you have done so far, and you cannot come back to it.</translation>
    </message>
    <message>
        <source>End the item</source>
        <translation>End the item</translation>
    </message>
    <message>
        <source>Exam time left {t}</source>
        <translation>Exam time left {t}</translation>
    </message>
    <message>
        <source>Exam time left {t} (running)</source>
        <translation>Exam time left {t} (running)</translation>
    </message>
    <message>
        <source>Exam time left {t} (paused)</source>
        <translation>Exam time left {t} (paused)</translation>
    </message>
    <message>
        <source>Item {n} of {total}</source>
        <translation>Item {n} of {total}</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Certificate saved to {path}</source>
        <translation>Certificate saved to {path}</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <source>Not graded yet</source>
        <translation>Not graded yet</translation>
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
        <source>Account looked up</source>
        <translation>Account looked up</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>Macro</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
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
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>{done} of {total} graded</source>
        <translation>{done} of {total} graded</translation>
    </message>
    <message>
        <source>Grade every criterion of every attempt as met or missed. You see neither the automatic verdict nor the other trainers' grades; the results are revealed when every trainer has submitted.</source>
        <translation>Grade every criterion of every attempt as met or missed. You see neither the automatic verdict nor the other trainers' grades; the results are revealed when every trainer has submitted.</translation>
    </message>
    <message>
        <source>Submit my grades</source>
        <translation>Submit my grades</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Your grade</source>
        <translation>Your grade</translation>
    </message>
    <message>
        <source>Attempt {n} of {total}: {title}</source>
        <translation>Attempt {n} of {total}: {title}</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
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
    <name>IntroPage</name>
    <message>
        <source>{n} items, played one after the other at the support desk.</source>
        <translation>{n} items, played one after the other at the support desk.</translation>
    </message>
    <message>
        <source>{m} minutes for the whole exam. The exam timer stays on screen; when it runs out, the item being played ends and the exam is graded.</source>
        <translation>{m} minutes for the whole exam. The exam timer stays on screen; when it runs out, the item being played ends and the exam is graded.</translation>
    </message>
    <message>
        <source>The exam clock is real time: it keeps running if you sign out or close Frontline, and a sitting whose time ran out is graded on what you sent.</source>
        <translation>The exam clock is real time: it keeps running if you sign out or close Frontline, and a sitting whose time ran out is graded on what you sent.</translation>
    </message>
    <message>
        <source>To pass: a mean score of at least {n}%.</source>
        <translation>To pass: a mean score of at least {n}%.</translation>
    </message>
    <message>
        <source>Every item must also pass on its own.</source>
        <translation>Every item must also pass on its own.</translation>
    </message>
    <message>
        <source>A critical mistake in any item fails the exam.</source>
        <translation>A critical mistake in any item fails the exam.</translation>
    </message>
    <message>
        <source>Before a sensitive item you get a briefing. If the exam has an equivalent lighter item you may take it instead: it is recorded as a swap, with no penalty.</source>
        <translation>Before a sensitive item you get a briefing. If the exam has an equivalent lighter item you may take it instead: it is recorded as a swap, with no penalty.</translation>
    </message>
    <message>
        <source>The exam clock stops while a briefing is open and during a break between items. During an item, Pause / support hides the case and stops the clock for up to {m} minutes in all. Pausing never affects a grade.</source>
        <translation>The exam clock stops while a briefing is open and during a break between items. During an item, Pause / support hides the case and stops the clock for up to {m} minutes in all. Pausing never affects a grade.</translation>
    </message>
    <message>
        <source>Scores are shown at the end, not after each item.</source>
        <translation>Scores are shown at the end, not after each item.</translation>
    </message>
    <message>
        <source>You have {m} minutes of extra time on this exam.</source>
        <translation>You have {m} minutes of extra time on this exam.</translation>
    </message>
    <message>
        <source>Sittings used: {used} of {allowed}.</source>
        <translation>Sittings used: {used} of {allowed}.</translation>
    </message>
    <message>
        <source>You have used every sitting this exam allows.</source>
        <translation>You have used every sitting this exam allows.</translation>
    </message>
    <message>
        <source>You can sit this exam again from {when}.</source>
        <translation>You can sit this exam again from {when}.</translation>
    </message>
    <message>
        <source>A sitting of this exam is still open: resume it instead.</source>
        <translation>A sitting of this exam is still open: resume it instead.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Begin the exam</source>
        <translation>Begin the exam</translation>
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
    <name>LanguageSwitch</name>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Show Frontline in {language}</source>
        <translation>Show Frontline in {language}</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>LibraryDetails</name>
    <message>
        <source>✓ Done</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <source>Follow the procedure “{sop}”.</source>
        <translation>Follow the procedure “{sop}”.</translation>
    </message>
    <message>
        <source>About {n} min (time limit {limit} min)</source>
        <translation>About {n} min (time limit {limit} min)</translation>
    </message>
    <message>
        <source>Your last score: {score}% ({n} attempts)</source>
        <translation>Your last score: {score}% ({n} attempts)</translation>
    </message>
    <message>
        <source>You have not tried it yet.</source>
        <translation>You have not tried it yet.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Choose a scenario to see what it asks of you.</source>
        <translation>Choose a scenario to see what it asks of you.</translation>
    </message>
</context>
<context>
    <name>LimitsTab</name>
    <message>
        <source>Support resources: give each line in English and in Arabic.</source>
        <translation>Support resources: give each line in English and in Arabic.</translation>
    </message>
    <message>
        <source>Saved. Trainees get these limits from their next scenario.</source>
        <translation>Saved. Trainees get these limits from their next scenario.</translation>
    </message>
    <message>
        <source>What trainees may choose</source>
        <translation>What trainees may choose</translation>
    </message>
    <message>
        <source>Daily budget (minutes)</source>
        <translation>Daily budget (minutes)</translation>
    </message>
    <message>
        <source>Support resources, one per line</source>
        <translation>Support resources, one per line</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Lowest blur level</source>
        <translation>Lowest blur level</translation>
    </message>
    <message>
        <source>Highest blur level</source>
        <translation>Highest blur level</translation>
    </message>
    <message>
        <source>Default blur level</source>
        <translation>Default blur level</translation>
    </message>
    <message>
        <source>Lowest blur level in exams</source>
        <translation>Lowest blur level in exams</translation>
    </message>
    <message>
        <source>Greyscale required</source>
        <translation>Greyscale required</translation>
    </message>
    <message>
        <source>Longest auto-hide (seconds)</source>
        <translation>Longest auto-hide (seconds)</translation>
    </message>
    <message>
        <source>Default auto-hide (seconds, 0: off)</source>
        <translation>Default auto-hide (seconds, 0: off)</translation>
    </message>
    <message>
        <source>Scenario time per day</source>
        <translation>Scenario time per day</translation>
    </message>
    <message>
        <source>Time per content category per day</source>
        <translation>Time per content category per day</translation>
    </message>
    <message>
        <source>Revealed media per day</source>
        <translation>Revealed media per day</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Save limits</translation>
    </message>
</context>
<context>
    <name>MacroPicker</name>
    <message>
        <source>Also: {effects}</source>
        <translation>Also: {effects}</translation>
    </message>
    <message>
        <source>Search macros…</source>
        <translation>Search macros…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>End the scenario?</source>
        <translation>End the scenario?</translation>
    </message>
    <message>
        <source>It is graded on what you have done so far, and cannot be taken back. Open conversations count as not handled.</source>
        <translation>It is graded on what you have done so far, and cannot be taken back. Open conversations count as not handled.</translation>
    </message>
    <message>
        <source>End and see results</source>
        <translation>End and see results</translation>
    </message>
    <message>
        <source>All conversations are resolved</source>
        <translation>All conversations are resolved</translation>
    </message>
    <message>
        <source>This is the last open conversation: once it is done, the scenario ends and your results show. Choose Stay to keep working on it.</source>
        <translation>This is the last open conversation: once it is done, the scenario ends and your results show. Choose Stay to keep working on it.</translation>
    </message>
    <message>
        <source>See your results</source>
        <translation>See your results</translation>
    </message>
    <message>
        <source>Leave the exam?</source>
        <translation>Leave the exam?</translation>
    </message>
    <message>
        <source>The exam clock keeps running while you are away: time while you are signed out or Frontline is closed counts. Your answers so far are saved.</source>
        <translation>The exam clock keeps running while you are away: time while you are signed out or Frontline is closed counts. Your answers so far are saved.</translation>
    </message>
    <message>
        <source>Leave the exam</source>
        <translation>Leave the exam</translation>
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
        <translation>New calibration session</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Attempts to grade</source>
        <translation>Attempts to grade</translation>
    </message>
    <message>
        <source>Trainers (two or more)</source>
        <translation>Trainers (two or more)</translation>
    </message>
    <message>
        <source>e.g. March: account recovery</source>
        <translation>e.g. March: account recovery</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Start the session</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Criterion: {name}</source>
        <translation>Criterion: {name}</translation>
    </message>
    <message>
        <source>Resolved: {target}</source>
        <translation>Resolved: {target}</translation>
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
        <source>by {name}, {when}</source>
        <translation>by {name}, {when}</translation>
    </message>
    <message>
        <source>Trainer overrides</source>
        <translation>Trainer overrides</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>New verdict</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Verdict of record: {verdict}, {score}% (overrides count)</source>
        <translation>Verdict of record: {verdict}, {score}% (overrides count)</translation>
    </message>
    <message>
        <source>Disputed: trainers disagree, so the automatic verdict stands until a lead or admin resolves it.</source>
        <translation>Disputed: trainers disagree, so the automatic verdict stands until a lead or admin resolves it.</translation>
    </message>
    <message>
        <source>Add override</source>
        <translation>Add override</translation>
    </message>
    <message>
        <source>Resolve the disagreement</source>
        <translation>Resolve the disagreement</translation>
    </message>
    <message>
        <source>No overrides yet.</source>
        <translation>No overrides yet.</translation>
    </message>
    <message>
        <source>Why the automatic grading got it wrong</source>
        <translation>Why the automatic grading got it wrong</translation>
    </message>
    <message>
        <source>The verdict of the attempt</source>
        <translation>The verdict of the attempt</translation>
    </message>
    <message>
        <source>Automatic verdict: {verdict}, {score}% (kept as it is)</source>
        <translation>Automatic verdict: {verdict}, {score}% (kept as it is)</translation>
    </message>
</context>
<context>
    <name>PausedPanel</name>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>The case is out of sight while you take a pause. Take the time you need: breathe, stretch, look away from the screen.</source>
        <translation>The case is out of sight while you take a pause. Take the time you need: breathe, stretch, look away from the screen.</translation>
    </message>
    <message>
        <source>Your draft and your place are kept. When you are ready, resume.</source>
        <translation>Your draft and your place are kept. When you are ready, resume.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Added {name}.</source>
        <translation>Added {name}.</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translation>New password set for {name}.</translation>
    </message>
    <message>
        <source>{name} now uses {language}.</source>
        <translation>{name} now uses {language}.</translation>
    </message>
    <message>
        <source>{name} added to {cohort}.</source>
        <translation>{name} added to {cohort}.</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>Change {name}</translation>
    </message>
    <message>
        <source>Select a person to change them</source>
        <translation>Select a person to change them</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
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
        <source>letters, digits, . _ @ -</source>
        <translation>letters, digits, . _ @ -</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>Set language</translation>
    </message>
    <message>
        <source>Add to cohort</source>
        <translation>Add to cohort</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Replies in {language}</source>
        <translation>Replies in {language}</translation>
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
        <source>automatic: {score}%, {verdict}</source>
        <translation>automatic: {score}%, {verdict}</translation>
    </message>
    <message>
        <source>Decided by a trainer's override</source>
        <translation>Decided by a trainer's override</translation>
    </message>
    <message>
        <source>Disputed: trainers disagree; the automatic verdict stands</source>
        <translation>Disputed: trainers disagree; the automatic verdict stands</translation>
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
        <source>{wpm} ⚠ likely pasted: faster than anyone types</source>
        <translation>{wpm} ⚠ likely pasted: faster than anyone types</translation>
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
        <source>Account looked up</source>
        <translation>Account looked up</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>Macro</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
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
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retry this scenario</source>
        <translation>Retry this scenario</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Next: {title}</translation>
    </message>
    <message>
        <source>The next scenario you have not passed yet</source>
        <translation>The next scenario you have not passed yet</translation>
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
    <name>RevealPage</name>
    <message>
        <source>Cohen's kappa</source>
        <translation>Cohen's kappa</translation>
    </message>
    <message>
        <source>Fleiss' kappa</source>
        <translation>Fleiss' kappa</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Lenient</translation>
    </message>
    <message>
        <source>In line</source>
        <translation>In line</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Agreement per criterion</translation>
    </message>
    <message>
        <source>Trainers: strict or lenient</source>
        <translation>Trainers: strict or lenient</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Kappa between trainers</source>
        <translation>Kappa between trainers</translation>
    </message>
    <message>
        <source>All trainers agree</source>
        <translation>All trainers agree</translation>
    </message>
    <message>
        <source>Kappa, grader and trainers</source>
        <translation>Kappa, grader and trainers</translation>
    </message>
    <message>
        <source>Grades equal to the grader's</source>
        <translation>Grades equal to the grader's</translation>
    </message>
    <message>
        <source>Graded met: {counts}</source>
        <translation>Graded met: {counts}</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Graded met</source>
        <translation>Graded met</translation>
    </message>
    <message>
        <source>Median of the trainers</source>
        <translation>Median of the trainers</translation>
    </message>
    <message>
        <source>Automatic grader</source>
        <translation>Automatic grader</translation>
    </message>
    <message>
        <source>Leaning</source>
        <translation>Leaning</translation>
    </message>
    <message>
        <source>Kappa: 1 is full agreement, 0 what chance would give, below 0 worse than chance; — when everyone gave the same grade throughout. A trainer 10 points or more below the median share of met is strict, as far above lenient.</source>
        <translation>Kappa: 1 is full agreement, 0 what chance would give, below 0 worse than chance; — when everyone gave the same grade throughout. A trainer 10 points or more below the median share of met is strict, as far above lenient.</translation>
    </message>
    <message>
        <source>{title}: {trainers} trainers, {attempts} attempts. {method} between trainers {kappa}; grader and trainers {grader}.</source>
        <translation>{title}: {trainers} trainers, {attempts} attempts. {method} between trainers {kappa}; grader and trainers {grader}.</translation>
    </message>
</context>
<context>
    <name>ReviewResults</name>
    <message>
        <source>Back to the cohort</source>
        <translation>Back to the cohort</translation>
    </message>
    <message>
        <source>Evidence in the trainee's replies</source>
        <translation>Evidence in the trainee's replies</translation>
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
    <name>Shortcuts</name>
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
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <source>Escalate to a team</source>
        <translation>Escalate to a team</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>Resolve the conversation</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Close the conversation</translation>
    </message>
    <message>
        <source>End the scenario</source>
        <translation>End the scenario</translation>
    </message>
    <message>
        <source>Pause and see support resources</source>
        <translation>Pause and see support resources</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Show or hide this help</translation>
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
    <name>SittingReview</name>
    <message>
        <source>Exam sitting: {title}</source>
        <translation>Exam sitting: {title}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}, {score}% (pass mark {mark}%)</source>
        <translation>Verdict: {verdict}, {score}% (pass mark {mark}%)</translation>
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
        <source>Time used {used} of {limit}</source>
        <translation>Time used {used} of {limit}</translation>
    </message>
    <message>
        <source>Paused {paused}, of which {credited} did not count</source>
        <translation>Paused {paused}, of which {credited} did not count</translation>
    </message>
    <message>
        <source>Decided by a trainer's override (automatic: {verdict}, {score}%)</source>
        <translation>Decided by a trainer's override (automatic: {verdict}, {score}%)</translation>
    </message>
    <message>
        <source>This exam requires review: its certificate is issued once a trainer confirms the verdict (override the verdict, with a reason).</source>
        <translation>This exam requires review: its certificate is issued once a trainer confirms the verdict (override the verdict, with a reason).</translation>
    </message>
    <message>
        <source>The time ran out; items not reached score 0.</source>
        <translation>The time ran out; items not reached score 0.</translation>
    </message>
    <message>
        <source>Not passed because: </source>
        <translation>Not passed because: </translation>
    </message>
    <message>
        <source>Extra time: {m} minutes</source>
        <translation>Extra time: {m} minutes</translation>
    </message>
    <message>
        <source>Accommodation: {m} minutes, {when}: {reason}</source>
        <translation>Accommodation: {m} minutes, {when}: {reason}</translation>
    </message>
    <message>
        <source>Items (double-click to review one)</source>
        <translation>Items (double-click to review one)</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Back to the cohort</source>
        <translation>Back to the cohort</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
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
        <source>swapped from {id}</source>
        <translation>swapped from {id}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Counted as</translation>
    </message>
    <message>
        <source>Pause / support</source>
        <translation>Pause / support</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>from the allowance</source>
        <translation>from the allowance</translation>
    </message>
    <message>
        <source>between items</source>
        <translation>between items</translation>
    </message>
</context>
<context>
    <name>StaffEntries</name>
    <message>
        <source>You grade this attempt in a calibration session: it opens once the session's results are revealed.</source>
        <translation>You grade this attempt in a calibration session: it opens once the session's results are revealed.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>StudioScreen</name>
    <message>
        <source>Open a library folder</source>
        <translation>Open a library folder</translation>
    </message>
    <message>
        <source>SOPs</source>
        <translation>SOPs</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Exams</translation>
    </message>
    <message>
        <source>Cannot open {file}: {error}</source>
        <translation>Cannot open {file}: {error}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to {file}?</source>
        <translation>Save the changes to {file}?</translation>
    </message>
    <message>
        <source>Cannot save {file}: {error}</source>
        <translation>Cannot save {file}: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>Trying {title} — seed {seed}</source>
        <translation>Trying {title} — seed {seed}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Seed {seed}, {locale}: {verdict}, score {score} — failed criteria: {failed}</source>
        <translation>Seed {seed}, {locale}: {verdict}, score {score} — failed criteria: {failed}</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>trainee</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Compare with another version of the SOP</source>
        <translation>Compare with another version of the SOP</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>macro</source>
        <translation>macro</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterion</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>exam</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Open library…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Persona locale</source>
        <translation>Persona locale</translation>
    </message>
    <message>
        <source>Empty: the scenario's own locale</source>
        <translation>Empty: the scenario's own locale</translation>
    </message>
    <message>
        <source>Play now</source>
        <translation>Play now</translation>
    </message>
    <message>
        <source>verdict: pass</source>
        <translation>verdict: pass</translation>
    </message>
    <message>
        <source>verdict: fail</source>
        <translation>verdict: fail</translation>
    </message>
    <message>
        <source>Add example from the play</source>
        <translation>Add example from the play</translation>
    </message>
    <message>
        <source>Compare SOP</source>
        <translation>Compare SOP</translation>
    </message>
    <message>
        <source>Preview personas</source>
        <translation>Preview personas</translation>
    </message>
    <message>
        <source>End and back to the editor</source>
        <translation>End and back to the editor</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>SOP diff</source>
        <translation>SOP diff</translation>
    </message>
    <message>
        <source>Open a library and choose a file.</source>
        <translation>Open a library and choose a file.</translation>
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
        <source>Account security</source>
        <translation>Account security</translation>
    </message>
    <message>
        <source>Appeals review</source>
        <translation>Appeals review</translation>
    </message>
    <message>
        <source>Emergency response</source>
        <translation>Emergency response</translation>
    </message>
    <message>
        <source>Trust and safety</source>
        <translation>Trust and safety</translation>
    </message>
    <message>
        <source>Minor safety</source>
        <translation>Minor safety</translation>
    </message>
    <message>
        <source>Law enforcement response</source>
        <translation>Law enforcement response</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Choose a team…</source>
        <translation>Choose a team…</translation>
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
        <source>Internal note added</source>
        <translation>Internal note added</translation>
    </message>
    <message>
        <source>Status changed to {value}</source>
        <translation>Status changed to {value}</translation>
    </message>
    <message>
        <source>Done in the back office: {value}</source>
        <translation>Done in the back office: {value}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>solved</translation>
    </message>
    <message>
        <source>A tag needs a value</source>
        <translation>A tag needs a value</translation>
    </message>
    <message>
        <source>Choose a macro</source>
        <translation>Choose a macro</translation>
    </message>
    <message>
        <source>This case has no SOP, so no macros</source>
        <translation>This case has no SOP, so no macros</translation>
    </message>
    <message>
        <source>No macro {value} in this SOP (macros: {known})</source>
        <translation>No macro {value} in this SOP (macros: {known})</translation>
    </message>
    <message>
        <source>Choose a team to escalate to</source>
        <translation>Choose a team to escalate to</translation>
    </message>
    <message>
        <source>This case cannot be escalated to {value} (teams: {known})</source>
        <translation>This case cannot be escalated to {value} (teams: {known})</translation>
    </message>
    <message>
        <source>Nothing to resolve on {thread}: no message yet</source>
        <translation>Nothing to resolve on {thread}: no message yet</translation>
    </message>
    <message>
        <source>Nothing to close on {thread}: no message yet</source>
        <translation>Nothing to close on {thread}: no message yet</translation>
    </message>
    <message>
        <source>{thread} is already resolved</source>
        <translation>{thread} is already resolved</translation>
    </message>
    <message>
        <source>{thread} is already closed</source>
        <translation>{thread} is already closed</translation>
    </message>
    <message>
        <source>No open conversation</source>
        <translation>No open conversation</translation>
    </message>
    <message>
        <source>Write the note first</source>
        <translation>Write the note first</translation>
    </message>
    <message>
        <source>{thread} already has that status</source>
        <translation>{thread} already has that status</translation>
    </message>
    <message>
        <source>Nothing to change on {thread} yet: no message has come</source>
        <translation>Nothing to change on {thread} yet: no message has come</translation>
    </message>
    <message>
        <source>{thread} is closed</source>
        <translation>{thread} is closed</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Open a conversation first.</translation>
    </message>
    <message>
        <source>This case's back office has no action {value}</source>
        <translation>This case's back office has no action {value}</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>New email</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Linked phone</translation>
    </message>
    <message>
        <source>Linked email</source>
        <translation>Linked email</translation>
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
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Waiting on the user's answer</source>
        <translation>Waiting on the user's answer</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Waiting on another team</source>
        <translation>Waiting on another team</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Open the conversation again</source>
        <translation>Open the conversation again</translation>
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
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>TotalsRow</name>
    <message>
        <source>Members: {n}</source>
        <translation>Members: {n}</translation>
    </message>
    <message>
        <source>Finished attempts: {n}</source>
        <translation>Finished attempts: {n}</translation>
    </message>
    <message>
        <source>Pass rate: {rate}</source>
        <translation>Pass rate: {rate}</translation>
    </message>
    <message>
        <source>Mean score: {mean}</source>
        <translation>Mean score: {mean}</translation>
    </message>
</context>
<context>
    <name>TraineesCard</name>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Choose a trainee.</source>
        <translation>Choose a trainee.</translation>
    </message>
    <message>
        <source>{name} has no finished attempt in this range.</source>
        <translation>{name} has no finished attempt in this range.</translation>
    </message>
    <message>
        <source>Trainees' progress</source>
        <translation>Trainees' progress</translation>
    </message>
    <message>
        <source>Mean score per week: {name}</source>
        <translation>Mean score per week: {name}</translation>
    </message>
    <message>
        <source>Mean score per week</source>
        <translation>Mean score per week</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validate library</source>
        <translation>Validate library</translation>
    </message>
    <message>
        <source>{n} problems in {folder}:</source>
        <translation>{n} problems in {folder}:</translation>
    </message>
    <message>
        <source>No problems in {folder}.</source>
        <translation>No problems in {folder}.</translation>
    </message>
</context>
</TS>