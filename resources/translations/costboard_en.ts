<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%1 tokens: %n row(s) priced from the model price catalog</source>
        <translation>
            <numerusform>%1 tokens: %n row priced from the model price catalog</numerusform>
            <numerusform>%1 tokens: %n rows priced from the model price catalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priced row(s) fall in months whose bill is imported: the bill is their cost, and they are its check (usage against invoice)</source>
        <translation>
            <numerusform>%n priced row falls in a month whose bill is imported: the bill is its cost, and it is the bill’s check (usage against invoice)</numerusform>
            <numerusform>%n priced rows fall in months whose bill is imported: the bill is their cost, and they are its check (usage against invoice)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 tokens have no price on their day: they are not booked (never at zero). Add the price, then import the file again:</source>
        <translation>
            <numerusform>%n row of %1 tokens has no price on its day: it is not booked (never at zero). Add the price, then import the file again:</numerusform>
            <numerusform>%n rows of %1 tokens have no price on their day: they are not booked (never at zero). Add the price, then import the file again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message numerus="yes">
        <source>Total over %n month(s)</source>
        <translation>
            <numerusform>Total over %n month</numerusform>
            <numerusform>Total over %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEvaluationCommand</name>
    <message numerus="yes">
        <source>Score %1 on %n criterion(s)</source>
        <translation>
            <numerusform>Score %1 on %n criterion</numerusform>
            <numerusform>Score %1 on %n criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSentences</name>
    <message numerus="yes">
        <source>%n alert(s) open, %1 critical.</source>
        <translation>
            <numerusform>%n alert open, %1 critical.</numerusform>
            <numerusform>%n alerts open, %1 critical.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) open, none critical.</source>
        <translation>
            <numerusform>%n alert open, none critical.</numerusform>
            <numerusform>%n alerts open, none critical.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetBenchmarkVolumesCommand</name>
    <message numerus="yes">
        <source>Enter %n week(s) of volume for %1</source>
        <translation>
            <numerusform>Enter %n week of volume for %1</numerusform>
            <numerusform>Enter %n weeks of volume for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetKpiValuesCommand</name>
    <message numerus="yes">
        <source>Enter %n value(s) of “%1”</source>
        <translation>
            <numerusform>Enter %n value of “%1”</numerusform>
            <numerusform>Enter %n values of “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message numerus="yes">
        <source>and %n more in the alert centre</source>
        <translation>
            <numerusform>and %n more in the alert centre</numerusform>
            <numerusform>and %n more in the alert centre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <comment>a quantity and its unit: 12,000 tokens</comment>
        <translation>
            <numerusform>%1 token</numerusform>
            <numerusform>%1 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 word(s)</source>
        <comment>a quantity and its unit: 5,000 words</comment>
        <translation>
            <numerusform>%1 word</numerusform>
            <numerusform>%1 words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 character(s)</source>
        <comment>a quantity and its unit: 50,000 characters</comment>
        <translation>
            <numerusform>%1 character</numerusform>
            <numerusform>%1 characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 request(s)</source>
        <comment>a quantity and its unit: 1.5 requests</comment>
        <translation>
            <numerusform>%1 request</numerusform>
            <numerusform>%1 requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 image(s)</source>
        <comment>a quantity and its unit: 40 images</comment>
        <translation>
            <numerusform>%1 image</numerusform>
            <numerusform>%1 images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 document(s)</source>
        <comment>a quantity and its unit: 300 documents</comment>
        <translation>
            <numerusform>%1 document</numerusform>
            <numerusform>%1 documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 page(s)</source>
        <comment>a quantity and its unit: 1,200 pages</comment>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 user(s)</source>
        <comment>a quantity and its unit: 25 users</comment>
        <translation>
            <numerusform>%1 user</numerusform>
            <numerusform>%1 users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 seat(s)</source>
        <comment>a quantity and its unit: 25 licence seats</comment>
        <translation>
            <numerusform>%1 seat</numerusform>
            <numerusform>%1 seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <comment>a quantity and its unit: 720 hours</comment>
        <translation>
            <numerusform>%1 hour</numerusform>
            <numerusform>%1 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 GPU-hour(s)</source>
        <comment>a quantity and its unit: 96 GPU-hours</comment>
        <translation>
            <numerusform>%1 GPU-hour</numerusform>
            <numerusform>%1 GPU-hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 person-day(s)</source>
        <comment>a quantity and its unit: 12.5 person-days</comment>
        <translation>
            <numerusform>%1 person-day</numerusform>
            <numerusform>%1 person-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <comment>a quantity and its unit: 30 days</comment>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 month(s)</source>
        <comment>a quantity and its unit: 12 months</comment>
        <translation>
            <numerusform>%1 month</numerusform>
            <numerusform>%1 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 GB</source>
        <comment>a quantity of gigabytes: 250 GB</comment>
        <translation>
            <numerusform>%1 GB</numerusform>
            <numerusform>%1 GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <comment>a quantity and its unit: 90 minutes</comment>
        <translation>
            <numerusform>%1 minute</numerusform>
            <numerusform>%1 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message numerus="yes">
        <source>%n cost line(s) in a currency without an exchange rate are left out of the totals.</source>
        <translation>
            <numerusform>%n cost line in a currency without an exchange rate is left out of the totals.</numerusform>
            <numerusform>%n cost lines in a currency without an exchange rate are left out of the totals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts raised in %1 or still open at its end, worst first (%n open).</source>
        <translation>
            <numerusform>Alerts raised in %1 or still open at its end, worst first (%n open).</numerusform>
            <numerusform>Alerts raised in %1 or still open at its end, worst first (%n open).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReportActions</name>
    <message numerus="yes">
        <source>The report for %1 was saved to %2 (%n page(s)). Open it now?</source>
        <translation>
            <numerusform>The report for %1 was saved to %2 (%n page). Open it now?</numerusform>
            <numerusform>The report for %1 was saved to %2 (%n pages). Open it now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::cli</name>
    <message numerus="yes">
        <source>%1: %2, %n rows read</source>
        <translation>
            <numerusform>%1: %2, %n row read</numerusform>
            <numerusform>%1: %2, %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported as batch %1: %n rows booked as %2 cost lines</source>
        <translation>
            <numerusform>imported as batch %1: %n row booked as %2 cost lines</numerusform>
            <numerusform>imported as batch %1: %n rows booked as %2 cost lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dry run, nothing written: %n rows would be booked</source>
        <translation>
            <numerusform>dry run, nothing written: %n row would be booked</numerusform>
            <numerusform>dry run, nothing written: %n rows would be booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n rows rejected (--accept-valid books the %1 valid ones)</source>
        <translation>
            <numerusform>nothing imported: %n row rejected (--accept-valid books the %1 valid ones)</numerusform>
            <numerusform>nothing imported: %n rows rejected (--accept-valid books the %1 valid ones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were already imported and were skipped</source>
        <translation>
            <numerusform>%n row was already imported and was skipped</numerusform>
            <numerusform>%n rows were already imported and were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of earlier imports of the same account and period were replaced</source>
        <translation>
            <numerusform>%n row of earlier imports of the same account and period was replaced</numerusform>
            <numerusform>%n rows of earlier imports of the same account and period were replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tax rows left out (--exclude-tax)</source>
        <translation>
            <numerusform>%n tax row left out (--exclude-tax)</numerusform>
            <numerusform>%n tax rows left out (--exclude-tax)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Model prices in force on %1: %n price(s)</source>
        <translation>
            <numerusform>Model prices in force on %1: %n price</numerusform>
            <numerusform>Model prices in force on %1: %n prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n price(s) added</source>
        <translation>
            <numerusform>%1: %n price added</numerusform>
            <numerusform>%1: %n prices added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) already in force, left as they were</source>
        <translation>
            <numerusform>%n price already in force, left as they were</numerusform>
            <numerusform>%n prices already in force, left as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed without a price CostBoard reads (priced per character, pixel or request), left unknown:</source>
        <translation>
            <numerusform>%n model listed without a price CostBoard reads (priced per character, pixel or request), left unknown:</numerusform>
            <numerusform>%n models listed without a price CostBoard reads (priced per character, pixel or request), left unknown:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model meter(s) seen in the imported usage have no price on some of their days: those tokens are not booked.</source>
        <translation>
            <numerusform>%n model meter seen in the imported usage has no price on some of its days: those tokens are not booked.</numerusform>
            <numerusform>%n model meters seen in the imported usage have no price on some of their days: those tokens are not booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar written to %1 (%n event(s))</source>
        <translation>
            <numerusform>Calendar written to %1 (%n event)</numerusform>
            <numerusform>Calendar written to %1 (%n events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::OwnershipChart</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::ValueCostMatrixChart</name>
    <message numerus="yes">
        <source>%n project(s) not scored yet</source>
        <translation>
            <numerusform>%n project not scored yet</numerusform>
            <numerusform>%n projects not scored yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::render::charts::WeeklyCostChart</name>
    <message numerus="yes">
        <source>* %n day(s) of this week are in the period</source>
        <translation>
            <numerusform>* %n day of this week is in the period</numerusform>
            <numerusform>* %n days of this week are in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::AuditLogPage</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 of %n change</numerusform>
            <numerusform>%1 of %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CommitteeFollowUpTab</name>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:%1&quot;&gt;%n milestone(s) late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n milestone late&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n milestones late&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week or next</source>
        <translation>
            <numerusform>%n due this week or next</numerusform>
            <numerusform>%n due this week or next</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n KPI(s) off target&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n KPI off target&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n KPIs off target&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CommitteePage</name>
    <message numerus="yes">
        <source>%1 of %n project(s) scored on the committee&apos;s criteria</source>
        <translation>
            <numerusform>%1 of %n project scored on the committee&apos;s criteria</numerusform>
            <numerusform>%1 of %n projects scored on the committee&apos;s criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on some criteria only</source>
        <translation>
            <numerusform>%n on some criteria only</numerusform>
            <numerusform>%n on some criteria only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n project(s)&lt;/b&gt; decided elsewhere than the rules propose: accept or override each with a reason.</source>
        <translation>
            <numerusform>&lt;b&gt;%n project&lt;/b&gt; decided elsewhere than the rules propose: accept or override it with a reason.</numerusform>
            <numerusform>&lt;b&gt;%n projects&lt;/b&gt; decided elsewhere than the rules propose: accept or override each with a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CommitteeSessionsTab</name>
    <message numerus="yes">
        <source>Next: &lt;b&gt;%1&lt;/b&gt; · %n item(s) on its agenda</source>
        <translation>
            <numerusform>Next: &lt;b&gt;%1&lt;/b&gt; · %n item on its agenda</numerusform>
            <numerusform>Next: &lt;b&gt;%1&lt;/b&gt; · %n items on its agenda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CommitteeTalentTab</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLineDialog</name>
    <message numerus="yes">
        <source>Not an amount in %1: use digits and at most %n decimals.</source>
        <translation>
            <numerusform>Not an amount in %1: use digits and at most %n decimal.</numerusform>
            <numerusform>Not an amount in %1: use digits and at most %n decimals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), about %1 a day</source>
        <translation>
            <numerusform>%n day, about %1 a day</numerusform>
            <numerusform>%n days, about %1 a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLinesModel</name>
    <message numerus="yes">
        <source>Pays for %n day(s), %1 to %2: spread evenly over them on the accrual basis, on %3 on the cash basis.</source>
        <translation>
            <numerusform>Pays for %n day, %1 to %2: counted on that day on the accrual basis, on %3 on the cash basis.</numerusform>
            <numerusform>Pays for %n days, %1 to %2: spread evenly over them on the accrual basis, on %3 on the cash basis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLinesPage</name>
    <message numerus="yes">
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected projects</source>
        <translation>
            <numerusform>%n selected project</numerusform>
            <numerusform>%n selected projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected categories</source>
        <translation>
            <numerusform>%n selected category</numerusform>
            <numerusform>%n selected categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln without exchange rate, not in the total)</source>
        <translation>
            <numerusform>(%Ln without exchange rate, not in the total)</numerusform>
            <numerusform>(%Ln without exchange rate, not in the total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines totalling %1</source>
        <translation>
            <numerusform>%Ln line totalling %1</numerusform>
            <numerusform>%Ln lines totalling %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln cost lines?</source>
        <translation>
            <numerusform>Delete this cost line?</numerusform>
            <numerusform>Delete these %Ln cost lines?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::DashboardFilterBar</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n cost line(s) in a currency without an exchange rate are left out of the totals: add the missing rate to count them.</source>
        <translation>
            <numerusform>%n cost line in a currency without an exchange rate is left out of the totals: add the missing rate to count it.</numerusform>
            <numerusform>%n cost lines in a currency without an exchange rate are left out of the totals: add the missing rate to count them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::EstimatorPage</name>
    <message numerus="yes">
        <source>%n monthly inference budget(s) of %1, from %2 to %3, %4 in all, replacing what those months had. Amounts in another currency are converted at the rate of each month&apos;s first day.</source>
        <translation>
            <numerusform>%n monthly inference budget of %1, from %2 to %3, %4 in all, replacing what those months had. Amounts in another currency are converted at the rate of each month&apos;s first day.</numerusform>
            <numerusform>%n monthly inference budgets of %1, from %2 to %3, %4 in all, replacing what those months had. Amounts in another currency are converted at the rate of each month&apos;s first day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::FxRatesPage</name>
    <message numerus="yes">
        <source>%n line(s) in %1</source>
        <translation>
            <numerusform>%n line in %1</numerusform>
            <numerusform>%n lines in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n new cost alert(s)</source>
        <translation>
            <numerusform>%n new cost alert</numerusform>
            <numerusform>%n new cost alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s)</source>
        <translation>
            <numerusform>%n unread alert</numerusform>
            <numerusform>%n unread alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in this database: its figures may be wrong</source>
        <translation>
            <numerusform>⚠ %n problem in this database: its figures may be wrong</numerusform>
            <numerusform>⚠ %n problems in this database: its figures may be wrong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::OwnershipPanel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s): %1 person-days to build, %2 a month</source>
        <translation>
            <numerusform>%n role: %1 person-days to build, %2 a month</numerusform>
            <numerusform>%n roles: %1 person-days to build, %2 a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff trained</source>
        <translation>
            <numerusform>%n member of staff trained</numerusform>
            <numerusform>%n staff trained</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::PresentationWindow</name>
    <message numerus="yes">
        <source>advancing every %n s</source>
        <translation>
            <numerusform>advancing every %n s</numerusform>
            <numerusform>advancing every %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::PricesPage</name>
    <message numerus="yes">
        <source>%n price(s) added.</source>
        <translation>
            <numerusform>%n price added.</numerusform>
            <numerusform>%n prices added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) were already in force and are left as they were.</source>
        <translation>
            <numerusform>%n price was already in force and are left as they were.</numerusform>
            <numerusform>%n prices were already in force and are left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed without a price CostBoard reads (priced per character, pixel or request) stay price unknown.</source>
        <translation>
            <numerusform>%n model listed without a price CostBoard reads (priced per character, pixel or request) stays price unknown.</numerusform>
            <numerusform>%n models listed without a price CostBoard reads (priced per character, pixel or request) stay price unknown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::ProjectsTotalModel</name>
    <message numerus="yes">
        <source>%n project(s) shown</source>
        <translation>
            <numerusform>%n project shown</numerusform>
            <numerusform>%n projects shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::SelfHostingPanel</name>
    <message numerus="yes">
        <source>At %1 requests a month: the API costs &lt;b&gt;%2&lt;/b&gt; a month, own GPUs &lt;b&gt;%3&lt;/b&gt; (%n instance(s) of %4 each, storage included).</source>
        <translation>
            <numerusform>At %1 requests a month: the API costs &lt;b&gt;%2&lt;/b&gt; a month, own GPUs &lt;b&gt;%3&lt;/b&gt; (%n instance of %4, storage included).</numerusform>
            <numerusform>At %1 requests a month: the API costs &lt;b&gt;%2&lt;/b&gt; a month, own GPUs &lt;b&gt;%3&lt;/b&gt; (%n instances of %4 each, storage included).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::UnitCostsPage</name>
    <message numerus="yes">
        <source>%n line(s) counted in tokens have no exchange rate and are left out.</source>
        <translation>
            <numerusform>%n line counted in tokens has no exchange rate and is left out.</numerusform>
            <numerusform>%n lines counted in tokens have no exchange rate and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::UsageComparisonModel</name>
    <message numerus="yes">
        <source>%n row(s) have no exchange rate on their day and are left out</source>
        <translation>
            <numerusform>%n row has no exchange rate on its day and is left out</numerusform>
            <numerusform>%n rows have no exchange rate on their day and are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>costboard::ui::UsagePage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n month(s) where the bill and the priced usage are more than %1 apart.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n month where the bill and the priced usage are more than %1 apart.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n months where the bill and the priced usage are more than %1 apart.&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
