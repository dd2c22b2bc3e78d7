<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CreateProjectCommand</name>
    <message>
        <source>Create project %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditProjectCommand</name>
    <message>
        <source>Edit project %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee (CEO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to CIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to CFO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCommand</name>
    <message>
        <source>Redo Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no longer a project with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveFxRateCommand</name>
    <message>
        <source>Delete the %1 rate from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFxRateCommand</name>
    <message>
        <source>Set the %1 rate from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetProjectArchivedCommand</name>
    <message>
        <source>Archive project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive project %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>Redo Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::Application</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CostBoard could not open %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLineDialog</name>
    <message>
        <source>Not an amount in %1: use whole numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount in %1: use digits and at most one decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not an amount in %1: use digits and at most %n decimals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The amount must not be zero (a credit is negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is implausibly large: check the decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cost Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Cost Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OpenAI, Azure, consulting firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a positive number, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity the unit applies to, or clear the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project and enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLinesModel</name>
    <message>
        <source>Manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 on this date: not counted in totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount as invoiced, in its own currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in %1 at the exchange rate of its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::CostLinesPage</name>
    <message>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines dated within the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search description, vendor, reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every cost line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected projects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected categories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln without exchange rate, not in the total)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All cost lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost lines matching the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines totalling %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cost line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Cost Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this cost line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln cost lines?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring them back with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::DashboardFilterBar</name>
    <message>
        <source>Last 13 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(the end is before the start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::DashboardPage</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is empty: its end is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No costs recorded in %1 – %2 for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cost line(s) in a currency without an exchange rate are left out of the totals: add the missing rate to count them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs last week (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing spent last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spend in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week is above the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week is at or below the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to date (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the budget to date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget for this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-squares trend of the last 13 weeks, projected to %1.
Run rate of the last 4 weeks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rate of the last 4 weeks, projected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 budget · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest movers vs last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::FxRateDialog</name>
    <message>
        <source>Edit Exchange Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Exchange Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit is worth (in %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a positive number with at most 9 decimals, e.g. 0.9234.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::FxRatesModel</name>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::FxRatesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost lines in another currency are converted into %1 at the rate valid on their date. Changing a rate re-converts the lines it applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange rate for: %1. These lines are left out of every total until a rate valid on their date is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Exchange Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 rate valid from %2? Lines of that period are converted with the previous rate, or left out of the totals if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::MainWindow</name>
    <message>
        <source>CostBoard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CostBoard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CostBoard Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CostBoard databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New CostBoard Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CostBoard databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CostBoard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CostBoard %1&lt;/h3&gt;&lt;p&gt;What your Generative-AI projects really cost: inference, fine-tuning, prompt engineering, cloud, training, salaries and more, week by week, against budget.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::ProjectDialog</name>
    <message>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. SUP-CHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unchecked while the project is open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a code: a short handle used in files and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to %1 letters, digits, “-” or “_”, starting with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 is already used by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::ProjectsModel</name>
    <message>
        <source>—</source>
        <comment>no budget</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no budget, so no share consumed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget for fiscal year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spent of a %2 budget for fiscal year %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget of fiscal year %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend from the start of fiscal year %1 to week %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend to date as a share of the fiscal-year budget: amber from %1 %, red from %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::ProjectsPage</name>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected project (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived projects keep their costs but leave the lists and the dashboard&apos;s choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project gathers the costs and budgets of one Generative-AI initiative. Create the first one, or try CostBoard with a demo portfolio: costboard demo --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget, spend to date and % consumed: fiscal year %1 (%2 to %3), spend up to week %4, in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Not Unarchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Not Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::charts::CategoryDonutChart</name>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::charts::CumulativeChart</name>
    <message>
        <source>Cumulative spend vs budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast (trend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast (run rate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::charts::ProjectBarChart</name>
    <message>
        <source>By project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>costboard::ui::charts::WeeklyCostChart</name>
    <message>
        <source>Weekly spend by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 – %3)&lt;br&gt;%4: &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;&lt;i&gt;Click to see the cost lines&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
